package org.aibyhand.engine.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.aibyhand.engine.value.ArrayValue;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * MMULT, TRANSPOSE, MINVERSE and MDETERM: the examples of Microsoft's pages, their documented errors, and
 * seeded random matrices checked against independent mathematics (integer determinants by cofactor expansion,
 * A times its inverse is the identity).
 */
class MatrixFunctionsTest {
    /**
     * A2:B3 = {1,3;7,2} and D2:E3 = {2,0;0,2} (MMULT page); G2:J5 the MDETERM page's 4x4; L1:M2 = {1,"a";blank,TRUE};
     * P1:R2 = {1,2,3;4,5,6}; S1:S3 = {1;10;100}; columns T to X hold 1, x, 3 with x text "2", blank, #N/A, TRUE,
     * and X1:X3 = {"a";#N/A;1}; Y1:AA1 = {0.1,0.2,0.3}; AB1:AB3 = {1;1;1}; AC1:AD1 = {1E308,1E308};
     * Sheet2!A1:C1 = {2,3,4}.
     */
    private static Grid grid() {
        Grid context = new Grid()
                .put("A2", 1).put("B2", 3).put("A3", 7).put("B3", 2)
                .put("D2", 2).put("E2", 0).put("D3", 0).put("E3", 2)
                .put("L1", 1).put("M1", "a").put("M2", true)
                .put("P1", 1).put("Q1", 2).put("R1", 3).put("P2", 4).put("Q2", 5).put("R2", 6)
                .column("S1", 1, 10, 100)
                .column("T1", 1, "2", 3)
                .column("U1", 1, null, 3)
                .column("V1", 1, ErrorValue.NA, 3)
                .column("W1", 1, true, 3)
                .column("X1", "a", ErrorValue.NA, 1)
                .put("Y1", 0.1).put("Z1", 0.2).put("AA1", 0.3).column("AB1", 1, 1, 1)
                .put("AC1", 1e308).put("AD1", 1e308)
                .put(1, "A1", 2).put(1, "B1", 3).put(1, "C1", 4);
        int[][] determinantExample = {{1, 3, 8, 5}, {1, 3, 6, 1}, {1, 1, 1, 0}, {7, 3, 10, 2}};
        String[] columns = {"G", "H", "I", "J"};
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                context.put(columns[c] + (r + 2), determinantExample[r][c]);
            }
        }
        return context;
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            MMULT(A2:B3, D2:E3)              | {2,6;14,4}
            MMULT({1,2}, {3;4})              | {11}
            MMULT({1,2;3,4}, {1;1})          | {3;7}
            MMULT({1;2}, {3,4})              | {3,4;6,8}
            MMULT(2, 3)                      | {6}
            MMULT({0.1,0.2,0.3}, {1;1;1})    | {0.6000000000000001}
            MMULT({1,2}, {1,2})              | #VALUE!
            MMULT({1,"a"}, {1;1})            | #VALUE!
            MMULT({1,TRUE}, {1;1})           | #VALUE!
            MMULT(L1:L2, {1})                | #VALUE!
            """)
    void mmult(String formula, String expected) {
        Expect.formula(grid(), formula, expected);
    }

    /** Ranges of numbers only are read straight into doubles; any other element takes the general path. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            MMULT(P1:R2, S1:S3)              | {321;654}
            MMULT(S1:S3, P1:R1)              | {1,2,3;10,20,30;100,200,300}
            MMULT(Sheet2!A1:C1, S1:S3)       | {432}
            MMULT(Y1:AA1, AB1:AB3)           | {0.6000000000000001}
            MMULT(AC1:AD1, AB1:AB2)          | {#NUM!}
            MMULT(P1:R2, P1:R2)              | #VALUE!
            MMULT(P1:R2, T1:T3)              | #VALUE!
            MMULT(P1:R2, U1:U3)              | #VALUE!
            MMULT(P1:R2, V1:V3)              | #N/A
            MMULT(P1:R2, W1:W3)              | #VALUE!
            MMULT(X1:X3, P1:R1)              | #VALUE!
            MMULT(V1:V3, W1:W3)              | #N/A
            MMULT(W1:W3, V1:V3)              | #VALUE!
            MMULT(P1:R2, {1;10;100})         | {321;654}
            MINVERSE(D2:E3)                  | {0.5,0;0,0.5}
            MDETERM(P1:Q2)                   | ~-3
            MDETERM(U1:U3)                   | #VALUE!
            """)
    void matrixRanges(String formula, String expected) {
        Expect.formula(grid(), formula, expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            TRANSPOSE({1,2,3})               | {1;2;3}
            TRANSPOSE({1,2;3,4})             | {1,3;2,4}
            TRANSPOSE(A2:B3)                 | {1,7;3,2}
            TRANSPOSE(L1:M2)                 | {1,0;"a",TRUE}
            TRANSPOSE({1,#N/A;"x",FALSE})    | {1,"x";#N/A,FALSE}
            TRANSPOSE(5)                     | {5}
            """)
    void transpose(String formula, String expected) {
        Expect.formula(grid(), formula, expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            MINVERSE({4,-1;2,0})             | {0,0.5;-1,2}
            MINVERSE({1,2,1;3,4,-1;0,2,0})   | ~{0.25,0.25,-0.75;0,0,0.5;0.75,-0.25,-0.25}
            MINVERSE({1,2;3,4})              | ~{-2,1;1.5,-0.5}
            MINVERSE({4})                    | {0.25}
            MINVERSE({0})                    | #NUM!
            MINVERSE({1,2;2,4})              | #NUM!
            MINVERSE({1,2,3})                | #VALUE!
            MINVERSE({1,"a";2,3})            | #VALUE!
            MINVERSE(L1:M2)                  | #VALUE!
            MDETERM(G2:J5)                   | ~88
            MDETERM({3,6,1;1,1,0;3,10,2})    | ~1
            MDETERM({3,6;1,1})               | ~-3
            MDETERM({1,3,8,5;1,3,6,1})       | #VALUE!
            MDETERM({1,2,3;4,5,6;7,8,9})     | ~0
            MDETERM({5})                     | 5
            MDETERM({0,1;1,0})               | -1
            MDETERM({1,2;2,4})               | 0
            MDETERM(L1:M2)                   | #VALUE!
            MDETERM(#N/A)                    | #N/A
            """)
    void inverseAndDeterminant(String formula, String expected) {
        Expect.formula(grid(), formula, expected);
    }

    @Test
    void randomIntegerDeterminantsMatchCofactorExpansion() {
        Random random = new Random(42);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + random.nextInt(5);
            double[][] matrix = randomIntegers(random, n);
            double expected = cofactorDeterminant(matrix);
            Value result = new Grid().evaluate("MDETERM(" + constant(matrix) + ")");
            assertTrue(result instanceof NumberValue, "MDETERM gave " + result);
            assertEquals(expected, ((NumberValue) result).value(), 1e-9 * Math.max(1, Math.abs(expected)));
        }
    }

    @Test
    void randomMatrixTimesItsInverseIsTheIdentity() {
        Random random = new Random(7);
        for (int trial = 0; trial < 100; trial++) {
            int n = 1 + random.nextInt(6);
            double[][] matrix = randomIntegers(random, n);
            if (cofactorDeterminant(matrix) == 0) {
                continue;
            }
            String a = constant(matrix);
            Value product = new Grid().evaluate("MMULT(" + a + ", MINVERSE(" + a + "))");
            ArrayValue identity = (ArrayValue) product;
            for (int r = 0; r < n; r++) {
                for (int c = 0; c < n; c++) {
                    double value = ((NumberValue) identity.get(r, c)).value();
                    assertEquals(r == c ? 1.0 : 0.0, value, 1e-9, "trial " + trial + " at " + r + "," + c);
                }
            }
        }
    }

    private static double[][] randomIntegers(Random random, int n) {
        double[][] matrix = new double[n][n];
        for (double[] row : matrix) {
            for (int c = 0; c < n; c++) {
                row[c] = random.nextInt(19) - 9;
            }
        }
        return matrix;
    }

    /** Laplace expansion along the first row: exact for small integer matrices. */
    private static double cofactorDeterminant(double[][] m) {
        int n = m.length;
        if (n == 1) {
            return m[0][0];
        }
        double total = 0;
        for (int c = 0; c < n; c++) {
            double[][] minor = new double[n - 1][n - 1];
            for (int r = 1; r < n; r++) {
                for (int k = 0, j = 0; k < n; k++) {
                    if (k != c) {
                        minor[r - 1][j++] = m[r][k];
                    }
                }
            }
            total += (c % 2 == 0 ? 1 : -1) * m[0][c] * cofactorDeterminant(minor);
        }
        return total;
    }

    /** The matrix as an array constant, {1,2;3,4}: its small integers print exactly. */
    private static String constant(double[][] matrix) {
        StringBuilder text = new StringBuilder("{");
        for (int r = 0; r < matrix.length; r++) {
            for (int c = 0; c < matrix[r].length; c++) {
                text.append(c == 0 ? (r == 0 ? "" : ";") : ",").append((long) matrix[r][c]);
            }
        }
        return text.append('}').toString();
    }
}
