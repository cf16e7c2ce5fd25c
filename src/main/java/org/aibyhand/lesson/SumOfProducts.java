package org.aibyhand.lesson;

/**
 * The formula text of one element of a matrix product written out as a student would by hand,
 * {@code $D5*H$5+$E5*H$6+...}: plain arithmetic that every spreadsheet computes without array entry (MMULT
 * would need it) and whose terms a reader can follow cell by cell.
 */
public final class SumOfProducts {
    private SumOfProducts() {
    }

    /**
     * Row {@code i} of {@code left} times column {@code j} of {@code right}, without the leading '='. The left
     * factor's columns and the right factor's rows are pinned with $, so the text written for element (i, j) and
     * filled over the product block with {@link LessonSheet#fill} computes every element: one parse per block.
     */
    public static String of(Block left, int i, Block right, int j) {
        if (left.columns() != right.rows()) {
            throw new IllegalArgumentException(left.name() + " has " + left.columns() + " columns but "
                    + right.name() + " has " + right.rows() + " rows");
        }
        return ProductSum.of(left.columns(), k -> Pinned.column(left, i, k), k -> Pinned.row(right, k, j));
    }
}
