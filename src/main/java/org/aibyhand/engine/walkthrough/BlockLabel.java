package org.aibyhand.engine.walkthrough;

import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.TextValue;

/**
 * The label an author wrote for a block of cells, as the AI-by-Hand sheets do: "Z1" over a block, "Softmax"
 * above and just left of it, "Layer 1" beside it. Looked for directly above the block (two rows up), then above
 * its left corner, then to its left (two columns); a label is typed text with a letter or digit, so the arrows
 * and squiggles drawn between blocks are not taken for one.
 */
final class BlockLabel {
    /** Longer texts are sentences, not labels. */
    private static final int LONGEST = 40;
    private static final int REACH = 2;

    private BlockLabel() {
    }

    /** The block's label, or null when the author wrote none beside or above it. */
    static String of(Sheet sheet, Area area) {
        for (int up = 1; up <= REACH && area.top() - up >= 0; up++) {
            for (int c = area.left(); c <= area.right(); c++) {
                String label = label(sheet, area.top() - up, c);
                if (label != null) {
                    return label;
                }
            }
        }
        if (area.top() > 0 && area.left() > 0) {
            String corner = label(sheet, area.top() - 1, area.left() - 1);
            if (corner != null) {
                return corner;
            }
        }
        for (int r = area.top(); r <= area.bottom(); r++) {
            for (int left = 1; left <= REACH && area.left() - left >= 0; left++) {
                String label = label(sheet, r, area.left() - left);
                if (label != null) {
                    return label;
                }
            }
        }
        return null;
    }

    private static String label(Sheet sheet, int row, int column) {
        Cell cell = sheet.cell(row, column);
        if (cell == null || cell.hasFormula() || !(cell.value() instanceof TextValue text)) {
            return null;
        }
        String label = text.text().strip();
        boolean word = label.codePoints().anyMatch(Character::isLetterOrDigit);
        return word && label.length() <= LONGEST ? label : null;
    }
}
