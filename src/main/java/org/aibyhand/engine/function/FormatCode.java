package org.aibyhand.engine.function;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;

/**
 * Reads an Excel number-format code into sections of tokens for {@link NumberFormat}. Supported: digit
 * placeholders {@code 0 # ?}, the decimal point, thousands separators and scaling commas, {@code %},
 * {@code E+ E-}, {@code General}, {@code @}, quoted text, {@code \x}, {@code _x} (a space), {@code *x} (dropped),
 * colours and {@code [$sym-locale]}. Fraction and conditional codes are #VALUE!; date and time codes are
 * {@link DateFormat}'s.
 */
final class FormatCode {
    enum Kind { LITERAL, DIGIT, POINT, COMMA, PERCENT, EXPONENT, GENERAL, AT }

    /** One token; {@code text} is the literal text, the placeholder character or the exponent's "E+"/"e-". */
    record Token(Kind kind, String text) {
    }

    private static final Set<String> COLOURS =
            Set.of("black", "blue", "cyan", "green", "magenta", "red", "white", "yellow");
    /** Letters that start date and time codes (and era/year codes in some locales). */
    private static final String DATE_LETTERS = "dmyhsegb";

    private FormatCode() {
    }

    /** The sections of {@code code}, split at semicolons outside quotes, escapes and brackets. */
    static List<List<Token>> parse(String code) {
        List<List<Token>> sections = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = code.length();
        while (i < n) {
            char c = code.charAt(i);
            if (c == ';') {
                sections.add(tokens);
                tokens = new ArrayList<>();
                i++;
            } else if (c == '"') {
                int close = code.indexOf('"', i + 1);
                int end = close < 0 ? n : close;
                tokens.add(literal(code.substring(i + 1, end)));
                i = end + 1;
            } else if (c == '\\' || c == '_') {
                if (i + 1 < n) {
                    tokens.add(literal(c == '_' ? " " : String.valueOf(code.charAt(i + 1))));
                }
                i += 2;
            } else if (c == '*') {
                i += 2; // a fill character only matters in a cell of some width
            } else if (c == '[') {
                int close = code.indexOf(']', i);
                if (close < 0) {
                    throw unsupported();
                }
                bracket(code.substring(i + 1, close), tokens);
                i = close + 1;
            } else if (code.regionMatches(true, i, "General", 0, 7)) {
                tokens.add(new Token(Kind.GENERAL, "General"));
                i += 7;
            } else {
                i = simple(code, i, tokens);
            }
        }
        sections.add(tokens);
        return sections;
    }

    /** A one- or two-character token at {@code i}; returns the index after it. */
    private static int simple(String code, int i, List<Token> tokens) {
        char c = code.charAt(i);
        char next = i + 1 < code.length() ? code.charAt(i + 1) : '\0';
        switch (c) {
            case '0', '#', '?' -> tokens.add(new Token(Kind.DIGIT, String.valueOf(c)));
            case '.' -> tokens.add(new Token(Kind.POINT, "."));
            case ',' -> tokens.add(new Token(Kind.COMMA, ","));
            case '%' -> tokens.add(new Token(Kind.PERCENT, "%"));
            case '@' -> tokens.add(new Token(Kind.AT, "@"));
            case '/' -> {
                if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).kind() == Kind.DIGIT) {
                    throw unsupported(); // a fraction such as "# ?/?"
                }
                tokens.add(literal("/"));
            }
            default -> {
                if ((c == 'E' || c == 'e') && (next == '+' || next == '-')) {
                    tokens.add(new Token(Kind.EXPONENT, "" + c + next));
                    return i + 2;
                }
                if (DATE_LETTERS.indexOf(Character.toLowerCase(c)) >= 0
                        || code.regionMatches(true, i, "AM/PM", 0, 5) || code.regionMatches(true, i, "A/P", 0, 3)) {
                    throw unsupported();
                }
                tokens.add(literal(String.valueOf(c)));
            }
        }
        return i + 1;
    }

    /** A bracketed part: a colour is ignored, a currency symbol is text, anything else is unsupported. */
    private static void bracket(String content, List<Token> tokens) {
        String lower = content.toLowerCase(Locale.ROOT);
        if (COLOURS.contains(lower) || lower.matches("color\\d{1,2}")) {
            return;
        }
        if (content.startsWith("$")) {
            int dash = content.indexOf('-');
            tokens.add(literal(content.substring(1, dash < 0 ? content.length() : dash)));
            return;
        }
        throw unsupported(); // conditions such as [>100] and elapsed times such as [h]
    }

    private static Token literal(String text) {
        return new Token(Kind.LITERAL, text);
    }

    private static ErrorSignal unsupported() {
        return new ErrorSignal(ErrorValue.VALUE);
    }
}
