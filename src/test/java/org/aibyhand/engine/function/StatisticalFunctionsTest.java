package org.aibyhand.engine.function;

import org.aibyhand.engine.value.ErrorValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * AVERAGE, MIN, MAX, MEDIAN, STDEV* and VAR*. Data sets marked "docs" are the examples on Microsoft's
 * function pages; the deviations of the ten-value set were computed exactly (sum of squares 6788.4).
 */
class StatisticalFunctionsTest {
    /**
     * A1:A6 = 1, 2, "3", TRUE, blank, 4; B1:B2 = #DIV/0!, 5; F1:F5 = 10, 7, 9, 27, 2 (docs);
     * G1:G6 = 1..6; H1:H10 = the STDEV page's breaking strengths (docs).
     */
    private static Grid grid() {
        return new Grid()
                .column("A1", 1, 2, "3", true, null, 4)
                .column("B1", ErrorValue.DIV0, 5)
                .column("F1", 10, 7, 9, 27, 2)
                .column("G1", 1, 2, 3, 4, 5, 6)
                .column("H1", 1345, 1301, 1368, 1322, 1310, 1370, 1318, 1350, 1303, 1299);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            AVERAGE(F1:F5)               | 11
            AVERAGE(F1:F5, 5)            | 10
            AVERAGE(1, 2, 3, 4)          | 2.5
            AVERAGE(A1:A6)               | 2.3333333333333335
            AVERAGE(A5)                  | #DIV/0!
            AVERAGE(A3, A4)              | #DIV/0!
            AVERAGE(TRUE, 0)             | 0.5
            AVERAGE("4", 2)              | 3
            AVERAGE("x")                 | #VALUE!
            AVERAGE(B1:B2)               | #DIV/0!
            AVERAGE(#N/A)                | #N/A
            AVERAGE({1,"9";TRUE,3})      | 2
            """)
    void average(String formula, String expected) {
        Expect.formula(grid(), formula, expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            MAX(F1:F5)                   | 27
            MAX(F1:F5, 30)               | 30
            MIN(F1:F5)                   | 2
            MIN(F1:F5, 0)                | 0
            MAX(A1:A6)                   | 4
            MIN(A1:A6)                   | 1
            MAX(A5)                      | 0
            MIN(A3:A5)                   | 0
            MAX({-3,-7})                 | -3
            MIN({-3,-7,"-9"})            | -7
            MIN(-1, "-5")                | -5
            MAX(TRUE, 0.5)               | 1
            MAX("x", 1)                  | #VALUE!
            MAX(B1:B2)                   | #DIV/0!
            MIN(1, #N/A)                 | #N/A
            """)
    void minAndMax(String formula, String expected) {
        Expect.formula(grid(), formula, expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            MEDIAN(G1:G5)                | 3
            MEDIAN(G1:G6)                | 3.5
            MEDIAN(3, 1, 2)              | 2
            MEDIAN(F1:F5)                | 9
            MEDIAN(A1:A6)                | 2
            MEDIAN({4,"1",TRUE,2})       | 3
            MEDIAN(A5)                   | #NUM!
            MEDIAN(B1:B2)                | #DIV/0!
            """)
    void median(String formula, String expected) {
        Expect.formula(grid(), formula, expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            STDEV(H1:H10)                     | ~27.463915719843494783
            STDEV.S(H1:H10)                   | ~27.463915719843494783
            STDEV.P(H1:H10)                   | ~26.054558142482478108
            VAR(H1:H10)                       | ~754.26666666666666667
            VAR.S(H1:H10)                     | ~754.26666666666666667
            VAR.P(H1:H10)                     | ~678.84
            VAR(1000000001, 1000000002, 1000000003) | 1
            VAR.P(2, 4, 4, 4, 5, 5, 7, 9)     | 4
            STDEV.P(2, 4, 4, 4, 5, 5, 7, 9)   | 2
            VAR(TRUE, FALSE)                  | 0.5
            VAR(A1:A6)                        | ~2.3333333333333333
            VAR(1)                            | #DIV/0!
            STDEV(A1, A3:A5)                  | #DIV/0!
            STDEV.S(5)                        | #DIV/0!
            VAR.P(1)                          | 0
            STDEV.P(A3:A5)                    | #DIV/0!
            VAR.S("x", 1)                     | #VALUE!
            STDEV(B1:B2)                      | #DIV/0!
            VAR.P(1, #N/A)                    | #N/A
            """)
    void deviationsAndVariances(String formula, String expected) {
        Expect.formula(grid(), formula, expected);
    }
}
