package org.aibyhand.lesson;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The left-hand side of a cell's element notation read back from its text: "h₂[3] = tanh(…)" is the symbol h,
 * step 2 (its subscript) and the 1-based index 3; "W₁[2,3]: weight, given" is W, subscript 1, indices 2, 3.
 * Tests parse it to compare the indices a student reads with where the cell really is.
 */
record NotationElement(String symbol, Integer subscript, int[] indices) {
    private static final Pattern LEFT_SIDE = Pattern.compile("(.+?)([₀-₉]+)?(?:\\[(\\d+)(?:,(\\d+))?\\])?");

    /** The element part of a cell's notation: after ";  " for a computed cell, the whole text for a given. */
    static NotationElement parse(String notation) {
        int separator = notation.indexOf(";  ");
        String element = separator < 0 ? notation : notation.substring(separator + 3);
        int end = separator < 0 ? element.indexOf(": ") : element.indexOf(" = ");
        if (end < 0) {
            throw new AssertionError("no left-hand side in '" + notation + "'");
        }
        Matcher matcher = LEFT_SIDE.matcher(element.substring(0, end));
        if (!matcher.matches()) {
            throw new AssertionError("cannot read the element of '" + notation + "'");
        }
        Integer subscript = matcher.group(2) == null ? null : fromSubscript(matcher.group(2));
        int[] indices = matcher.group(3) == null ? new int[0]
                : matcher.group(4) == null ? new int[] {Integer.parseInt(matcher.group(3))}
                : new int[] {Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(4))};
        return new NotationElement(matcher.group(1), subscript, indices);
    }

    private static int fromSubscript(String digits) {
        int value = 0;
        for (char c : digits.toCharArray()) {
            value = 10 * value + (c - '₀');
        }
        return value;
    }

    /** The only index, for a vector element such as x₂[1]. */
    int index() {
        if (indices.length != 1) {
            throw new AssertionError(this + " should have one index");
        }
        return indices[0];
    }

    int row() {
        if (indices.length != 2) {
            throw new AssertionError(this + " should have two indices");
        }
        return indices[0];
    }

    int column() {
        row();
        return indices[1];
    }

    @Override
    public String toString() {
        return symbol + (subscript == null ? "" : "_" + subscript) + java.util.Arrays.toString(indices);
    }
}
