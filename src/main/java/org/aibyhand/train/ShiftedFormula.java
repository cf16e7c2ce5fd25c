package org.aibyhand.train;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aibyhand.engine.book.Formula;
import org.aibyhand.engine.book.FormulaKind;

/**
 * A lesson formula moved down to a later training step's copy of the sheet: every cell reference, relative or
 * pinned with $, moves by the same number of rows, since a lesson's formulas read only cells of its own sheet and
 * each step's copy must read its own step's cells.
 */
final class ShiftedFormula {
    /** A1 references: not part of a longer name (LOG10 is a function, followed by its parenthesis). */
    private static final Pattern REFERENCE = Pattern.compile("(?<![A-Za-z0-9_.])(\\$?[A-Z]{1,3})(\\$?)(\\d+)(?![A-Za-z0-9_(])");

    private ShiftedFormula() {
    }

    /** The formula of (row, column) as it reads in the cell {@code rows} below. */
    static Formula of(Formula formula, int row, int column, int rows) {
        String text = formula.displayText(row, column);
        StringBuilder shifted = new StringBuilder();
        Matcher reference = REFERENCE.matcher(text);
        boolean inString = false;
        int last = 0;
        while (reference.find()) {
            inString ^= countQuotes(text, last, reference.start()) % 2 == 1;
            shifted.append(text, last, reference.start());
            if (inString) {
                shifted.append(reference.group());
            } else {
                shifted.append(reference.group(1)).append(reference.group(2))
                        .append(Long.parseLong(reference.group(3)) + rows);
            }
            last = reference.end();
        }
        shifted.append(text.substring(last));
        Formula moved = Formula.parse(shifted.toString(), row + rows, column, FormulaKind.PLAIN);
        if (!moved.isParsed()) {
            throw new IllegalStateException("a lesson formula could not be moved: " + text);
        }
        return moved;
    }

    private static int countQuotes(String text, int from, int to) {
        int quotes = 0;
        for (int i = from; i < to; i++) {
            quotes += text.charAt(i) == '"' ? 1 : 0;
        }
        return quotes;
    }
}
