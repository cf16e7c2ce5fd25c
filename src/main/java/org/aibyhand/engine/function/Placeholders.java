package org.aibyhand.engine.function;

/**
 * Fills digit placeholders: {@code 0} shows a digit or 0, {@code #} a digit or nothing, {@code ?} a digit or a
 * space. Whole-number digits align right, and any that do not fit go in front of the leftmost placeholder;
 * fraction digits align left, and only trailing zeros are subject to # and ?.
 */
final class Placeholders {
    private Placeholders() {
    }

    /**
     * The text of the {@code index}-th (from the left) of the whole-number {@code placeholders} for
     * {@code digits} (no leading zeros, "" for zero); with {@code grouping} a comma follows every digit whose
     * place value is a positive multiple of 1000.
     */
    static String whole(String digits, String placeholders, int index, boolean grouping) {
        int count = placeholders.length();
        int length = digits.length();
        StringBuilder out = new StringBuilder();
        if (index == 0) {
            for (int i = 0; i < length - count; i++) {
                appendDigit(out, digits.charAt(i), length - 1 - i, grouping);
            }
        }
        int place = count - 1 - index;
        if (place < length) {
            appendDigit(out, digits.charAt(length - 1 - place), place, grouping);
        } else {
            char placeholder = placeholders.charAt(index);
            if (placeholder == '0') {
                appendDigit(out, '0', place, grouping);
            } else if (placeholder == '?') {
                out.append(' ');
            }
        }
        return out.toString();
    }

    private static void appendDigit(StringBuilder out, char digit, int place, boolean grouping) {
        out.append(digit);
        if (grouping && place > 0 && place % 3 == 0) {
            out.append(',');
        }
    }

    /** The text of the {@code index}-th fraction placeholder; {@code digits} has one digit per placeholder. */
    static String fraction(String digits, String placeholders, int index) {
        boolean trailing = true;
        for (int j = index; j < digits.length() && trailing; j++) {
            trailing = digits.charAt(j) == '0' && placeholders.charAt(j) != '0';
        }
        if (!trailing) {
            return String.valueOf(digits.charAt(index));
        }
        return placeholders.charAt(index) == '?' ? " " : "";
    }
}
