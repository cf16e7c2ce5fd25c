package org.aibyhand.engine.function;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * INDEX, CHOOSE, ROW, COLUMN, ROWS and COLUMNS, with the examples of Microsoft's pages. INDEX and CHOOSE
 * return references when given them: the tables check both the reference and what it feeds (ROW, SUM, ':').
 */
class LookupFunctionsTest {
    /**
     * A2:B3 = Apples, Lemons / Bananas, Pears (INDEX page); C1:C5 = 1..5; E2:E5 = 23, 45, 12, 10 (CHOOSE
     * page's numbers); F2:F5 = "1st".."4th"; the formula sits in C10.
     */
    private static Grid grid() {
        return new Grid()
                .put("A2", "Apples").put("B2", "Lemons").put("A3", "Bananas").put("B3", "Pears")
                .column("C1", 1, 2, 3, 4, 5)
                .column("E2", 23, 45, 12, 10)
                .column("F2", "1st", "2nd", "3rd", "4th")
                .host("C10");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            INDEX(A2:B3, 2, 2)                 | ref(B3)
            INDEX(A2:B3, 2, 1)                 | ref(A3)
            INDEX(A2:B3, 1.9, 1)               | ref(A2)
            INDEX(A2:B3, 0, 2)                 | ref(B2:B3)
            INDEX(A2:B3, 2, 0)                 | ref(A3:B3)
            INDEX(A2:B3, 2)                    | ref(A3:B3)
            INDEX(A2:B3, 2, )                  | ref(A3:B3)
            INDEX(A2:B3, 0, 0)                 | ref(A2:B3)
            INDEX(C1:C5, 4)                    | ref(C4)
            INDEX(A2:B2, 2)                    | ref(B2)
            INDEX(A2:B3, 1, 1, 1)              | ref(A2)
            INDEX(A2:B3, 3, 1)                 | #REF!
            INDEX(A2:B3, 1, 3)                 | #REF!
            INDEX(C1:C5, 6)                    | #REF!
            INDEX(A2:B3, 1, 1, 2)              | #REF!
            INDEX(A2:B3, -1, 1)                | #VALUE!
            INDEX(A2:B3, "x", 1)               | #VALUE!
            INDEX(#N/A, 1)                     | #N/A
            ROW(INDEX(A2:B3, 2, 2))            | 3
            COLUMN(INDEX(A2:B3, 2, 2))         | 2
            SUM(INDEX(C1:E5, 0, 1))            | 15
            SUM(C1:INDEX(C1:C5, 3))            | 6
            SUM(INDEX(C1:C5, 2):C4)            | 9
            """)
    void indexOfReferences(String formula, String expected) {
        Expect.formula(grid(), formula, expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            INDEX({1,2;3,4}, 0, 2)             | {2;4}
            INDEX({1,2;3,4}, 2, 2)             | 4
            INDEX({1,2;3,4}, 2)                | {3,4}
            INDEX({1,2;3,4}, 0, 0)             | {1,2;3,4}
            INDEX({1,2,3}, 2)                  | 2
            INDEX({1,2,3}, 1, 3)               | 3
            INDEX({1,2,3}, 0, 2)               | 2
            INDEX({1;2;3}, 3)                  | 3
            INDEX({1,2;3,4}, 3, 1)             | #REF!
            INDEX({1,2,3}, 2, 1)               | #REF!
            INDEX(5, 1)                        | 5
            INDEX(5, 2)                        | #REF!
            INDEX({1,2;3,4}, {1;2}, 2)         | {2;4}
            INDEX(A2:B3, {1,2}, 2)             | {"Lemons","Pears"}
            """)
    void indexOfArrays(String formula, String expected) {
        Expect.formula(grid(), formula, expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            CHOOSE(2, F2, F3, F4, F5)          | ref(F3)
            CHOOSE(3, "Wide", 115, "world", 8) | "world"
            SUM(E2:CHOOSE(2, E3, E4, E5))      | 80
            SUM(CHOOSE(2, E2:E3, E4:E5))       | 22
            CHOOSE(1.9, "a", "b")              | "a"
            CHOOSE("2", "a", "b")              | "b"
            CHOOSE(TRUE, "a", "b")             | "a"
            CHOOSE(0, "a")                     | #VALUE!
            CHOOSE(3, "a", "b")                | #VALUE!
            CHOOSE(-1, "a", "b")               | #VALUE!
            CHOOSE("x", "a")                   | #VALUE!
            CHOOSE(#N/A, "a")                  | #N/A
            CHOOSE(1, #DIV/0!, "b")            | #DIV/0!
            CHOOSE(2, #DIV/0!, "b")            | "b"
            CHOOSE({1,2}, "a", "b")            | {"a","b"}
            CHOOSE({1;2}, {10,20}, 5)          | {10,20;5,5}
            """)
    void choose(String formula, String expected) {
        Expect.formula(grid(), formula, expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ROW()                              | 10
            ROW(C10)                           | 10
            ROW(A5:A7)                         | 5
            ROW(Sheet2!B7)                     | 7
            COLUMN()                           | 3
            COLUMN(D10)                        | 4
            COLUMN(C1:E1)                      | 3
            ROWS(C1:E4)                        | 4
            ROWS({1,2,3;4,5,6})                | 2
            ROWS(5)                            | 1
            ROWS("text")                       | 1
            COLUMNS(C1:E4)                     | 3
            COLUMNS({1,2,3;4,5,6})             | 3
            COLUMNS(A1)                        | 1
            ROWS(#N/A)                         | #N/A
            """)
    void positionsAndSizes(String formula, String expected) {
        Expect.formula(grid(), formula, expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ROW(A5:A7)                         | {5;6;7}
            COLUMN(C1:E1)                      | {3,4,5}
            ROW(A5:C5)                         | 5
            COLUMN(B1:B9)                      | 2
            ROW()                              | 10
            ROW(A1:B2)                         | {1;2}
            """)
    void arrayFormulasListEveryRowAndColumn(String formula, String expected) {
        Expect.formula(grid().arrayMode(true), formula, expected);
    }
}
