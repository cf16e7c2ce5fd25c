package org.aibyhand.lesson;

/**
 * Unicode subscript digits for stage titles and labels, so a step reads "h₁₂" as on the blackboard rather
 * than "h_12".
 */
public final class Subscripts {
    private Subscripts() {
    }

    /** The number written in subscript digits, such as {@code ₁₂} for 12. */
    public static String of(int number) {
        String digits = Integer.toString(number);
        StringBuilder text = new StringBuilder(digits.length());
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            text.append(c == '-' ? '₋' : (char) ('₀' + (c - '0')));
        }
        return text.toString();
    }
}
