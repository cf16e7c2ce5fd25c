package org.aibyhand.lesson;

/**
 * Formula text for one element of a matrix product, written the way a student computes it by hand: an
 * explicit sum of products of A1 cells ({@code D5*H5+E5*H6+F5*H7}), or a SUMPRODUCT of two same-shaped rows.
 * No MMULT, which Excel and LibreOffice only compute as an array formula. The text has no leading '='.
 */
public final class MatrixFormulas {
    private MatrixFormulas() {
    }

    /** Element (i, j) of {@code left · right}: row i of left times column j of right, term by term. */
    public static String product(Block left, Block right, int i, int j) {
        requireInner(left.columns(), right.rows(), "left columns", "right rows");
        return ProductSum.of(left.columns(), k -> left.at(i, k), k -> right.at(k, j));
    }

    /** Element (i, j) of {@code leftᵀ · right}: column i of left times column j of right, term by term. */
    public static String transposedLeftProduct(Block left, Block right, int i, int j) {
        requireInner(left.rows(), right.rows(), "left rows", "right rows");
        return ProductSum.of(left.rows(), k -> left.at(k, i), k -> right.at(k, j));
    }

    /**
     * Element (i, j) of {@code left · rightᵀ}: row i of left against row j of right. Both are rows of the same
     * length (one cell per sample), so SUMPRODUCT takes them as they are, however many samples there are.
     */
    public static String transposedRightProduct(Block left, Block right, int i, int j) {
        requireInner(left.columns(), right.columns(), "left columns", "right columns");
        return "SUMPRODUCT(" + left.rowRange(i) + "," + right.rowRange(j) + ")";
    }

    /** The sum of row i of a block, such as a bias gradient summed over the samples. */
    public static String rowSum(Block block, int i) {
        return "SUM(" + block.rowRange(i) + ")";
    }

    private static void requireInner(int a, int b, String what, String other) {
        if (a != b) {
            throw new IllegalArgumentException("matrix product needs " + what + " (" + a + ") = " + other + " (" + b + ")");
        }
    }
}
