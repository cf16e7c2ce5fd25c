package org.aibyhand.engine.function;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.aibyhand.engine.function.FormatCode.Kind;
import org.aibyhand.engine.function.FormatCode.Token;
import org.aibyhand.engine.value.BooleanValue;
import org.aibyhand.engine.value.Coerce;
import org.aibyhand.engine.value.TextValue;
import org.aibyhand.engine.value.Value;

/**
 * Writes a value with an Excel number-format code, for TEXT. Numbers are rounded half away from zero on the
 * 15-digit decimal Excel shows. Sections are positive;negative;zero;text; with one section a negative number
 * gets a leading minus, with more the negative section shows the magnitude.
 */
final class NumberFormat {
    private NumberFormat() {
    }

    static String format(Value value, String code) {
        if (DateFormat.isDateCode(code) && !(value instanceof BooleanValue) && !(value instanceof TextValue t
                && Coerce.parseNumber(t.text()) == null)) {
            return DateFormat.format(value instanceof TextValue t ? Coerce.parseNumber(t.text()) : Coerce.toNumber(value), code);
        }
        List<List<Token>> sections = FormatCode.parse(code);
        if (value instanceof BooleanValue bool) {
            return bool.value() ? "TRUE" : "FALSE";
        }
        if (value instanceof TextValue text) {
            Double number = Coerce.parseNumber(text.text()); // TEXT("1234", "#,##0") formats the number
            return number == null ? formatText(text.text(), sections) : formatNumber(number, sections);
        }
        return formatNumber(Coerce.toNumber(value), sections);
    }

    /** Text goes through the fourth section, or a lone section holding {@code @}; otherwise it is unchanged. */
    private static String formatText(String text, List<List<Token>> sections) {
        List<Token> section = sections.size() >= 4 ? sections.get(3)
                : sections.size() == 1 && sections.get(0).stream().anyMatch(t -> t.kind() == Kind.AT) ? sections.get(0)
                : null;
        if (section == null) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        for (Token token : section) {
            if (token.kind() == Kind.AT) {
                out.append(text);
            } else if (token.kind() != Kind.DIGIT) {
                out.append(token.kind() == Kind.GENERAL ? text : token.text());
            }
        }
        return out.toString();
    }

    private static String formatNumber(double number, List<List<Token>> sections) {
        List<Token> section = sections.get(0);
        boolean minus = number < 0;
        if (sections.size() >= 2 && number < 0) {
            section = sections.get(1);
            minus = false;
        } else if (sections.size() >= 3 && number == 0) {
            section = sections.get(2);
        }
        String body = render(section, Math.abs(number));
        // A negative number that rounds to zero shows no minus sign in Excel: TEXT(-0.001, "0") is "0".
        boolean shown = body.chars().anyMatch(c -> c >= '1' && c <= '9');
        return minus && shown ? "-" + body : body;
    }

    /** One section applied to a magnitude. */
    private static String render(List<Token> section, double magnitude) {
        FormatLayout layout = FormatLayout.of(section);
        BigDecimal value = ExcelDecimal.seen(magnitude).movePointRight(2 * layout.percents - 3 * layout.scalingCommas);
        Digits digits = layout.exponentAt >= 0 ? scientific(value, layout) : Digits.fixed(value, layout.fraction.length());
        StringBuilder out = new StringBuilder();
        int integerCount = layout.integer.length();
        int integerSeen = 0;
        int fractionSeen = 0;
        int exponentSeen = 0;
        for (int k = 0; k < section.size(); k++) {
            Token token = section.get(k);
            switch (token.kind()) {
                case GENERAL -> out.append(GeneralFormat.format(magnitude));
                case DIGIT -> {
                    if (layout.exponentAt >= 0 && k > layout.exponentAt) {
                        out.append(Placeholders.whole(digits.exponent, layout.exponentDigits, exponentSeen++, false));
                    } else if (layout.pointAt >= 0 && k > layout.pointAt) {
                        out.append(Placeholders.fraction(digits.fraction, layout.fraction, fractionSeen++));
                    } else {
                        out.append(Placeholders.whole(digits.integer, layout.integer, integerSeen++, layout.grouping));
                    }
                }
                case POINT -> {
                    if (integerCount == 0) {
                        out.append(digits.integer); // ".00" still shows the integer digits of 12.5
                    }
                    out.append(k == layout.pointAt ? "." : token.text());
                }
                case EXPONENT -> out.append(token.text().charAt(0))
                        .append(digits.exponentNegative ? "-" : token.text().charAt(1) == '+' ? "+" : "");
                case COMMA -> out.append(layout.literalCommas.contains(k) ? "," : "");
                case AT -> { }
                default -> out.append(token.text());
            }
        }
        return out.toString();
    }

    private static Digits scientific(BigDecimal value, FormatLayout layout) {
        int width = Math.max(1, layout.integer.length());
        int exponent = 0;
        BigDecimal mantissa = value.setScale(layout.fraction.length(), RoundingMode.HALF_UP);
        if (value.signum() != 0) {
            int lead = value.precision() - value.scale() - 1;
            exponent = lead - (width - 1);
            mantissa = value.movePointLeft(exponent).setScale(layout.fraction.length(), RoundingMode.HALF_UP);
            if (mantissa.compareTo(BigDecimal.TEN.pow(width)) >= 0) { // 9.999 rounded up to 10.00
                exponent++;
                mantissa = value.movePointLeft(exponent).setScale(layout.fraction.length(), RoundingMode.HALF_UP);
            }
        }
        Digits digits = Digits.fixed(mantissa, layout.fraction.length());
        return new Digits(digits.integer, digits.fraction, Integer.toString(Math.abs(exponent)), exponent < 0);
    }

    /** The digit strings to place: integer digits without leading zeros ("" for 0), fraction, exponent. */
    private record Digits(String integer, String fraction, String exponent, boolean exponentNegative) {
        static Digits fixed(BigDecimal value, int decimals) {
            String plain = value.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
            int point = plain.indexOf('.');
            String integer = point < 0 ? plain : plain.substring(0, point);
            return new Digits(integer.equals("0") ? "" : integer, point < 0 ? "" : plain.substring(point + 1), "", false);
        }
    }
}
