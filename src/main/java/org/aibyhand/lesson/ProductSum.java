package org.aibyhand.lesson;

import java.util.function.IntFunction;

/**
 * The explicit sum of products a student writes for one element of a matrix product, such as
 * {@code $C$9*E5+$D$9*E6}: portable to every spreadsheet, unlike MMULT, which needs array entry.
 */
public final class ProductSum {
    private ProductSum() {
    }

    /** {@code left(0)*right(0)+left(1)*right(1)+...} over k = 0..n-1 (n at least 1). */
    public static String of(int n, IntFunction<String> left, IntFunction<String> right) {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                text.append('+');
            }
            text.append(left.apply(k)).append('*').append(right.apply(k));
        }
        return text.toString();
    }
}
