package org.aibyhand.train;

import java.math.BigDecimal;
import java.math.MathContext;
import org.aibyhand.i18n.Texts;

/**
 * A parameter's last update as a line to read: {@code W₁[1,1]: 0.4 − 0.5 × 0.0736 = 0.3632}, with four significant
 * digits, and for the rules that do more than follow the gradient, what the number after × is.
 */
public final class UpdateText {
    private UpdateText() {
    }

    public static String of(String label, Update update, OptimizerKind kind) {
        String line = label + ": " + signed(update.before()) + " − " + signed(update.rate()) + " × "
                + operand(update.direction()) + " = " + signed(update.after());
        return kind == OptimizerKind.SGD ? line
                : line + "  " + Texts.get("train.explain." + kind.id(), number(update.gradient()));
    }

    /** A number with the typographic minus, as the blackboard writes it. */
    private static String signed(double value) {
        return value < 0 ? "−" + number(-value) : number(value);
    }

    /** A number after ×: in parentheses when negative, so the two signs do not run together. */
    private static String operand(double value) {
        return value < 0 ? "(" + signed(value) + ")" : number(value);
    }

    /** Four significant digits, trailing zeros dropped; scientific notation outside 0.0001 … 1,000,000. */
    public static String number(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return value == 0 ? "0" : Double.toString(value);
        }
        double magnitude = Math.abs(value);
        if (magnitude < 1e-4 || magnitude >= 1e6) {
            return String.format(java.util.Locale.ROOT, "%.3e", value);
        }
        return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
