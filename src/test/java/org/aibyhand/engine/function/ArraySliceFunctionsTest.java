package org.aibyhand.engine.function;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * TAKE, DROP, CHOOSEROWS and CHOOSECOLS: the examples of Microsoft's pages, negative counts and positions from
 * the end, and the documented errors (#CALC! for a count of 0 or nothing left, #VALUE! for a position of 0 or
 * beyond the array).
 */
class ArraySliceFunctionsTest {
    /** A2:C4 = 1..9 by rows (TAKE and DROP pages); E2:F7 = 1..12 by rows (CHOOSEROWS page). */
    private static Grid grid() {
        Grid grid = new Grid();
        String[] columns = {"A", "B", "C"};
        for (int i = 0; i < 9; i++) {
            grid.put(columns[i % 3] + (2 + i / 3), i + 1);
        }
        for (int i = 0; i < 12; i++) {
            grid.put((i % 2 == 0 ? "E" : "F") + (2 + i / 2), i + 1);
        }
        return grid;
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            TAKE(A2:C4, 2)                     | {1,2,3;4,5,6}
            TAKE(A2:C4, , 2)                   | {1,2;4,5;7,8}
            TAKE(A2:C4, -2)                    | {4,5,6;7,8,9}
            TAKE(A2:C4, 2, 2)                  | {1,2;4,5}
            TAKE(A2:C4, -1, -1)                | {9}
            TAKE(A2:C4, 5)                     | {1,2,3;4,5,6;7,8,9}
            TAKE(A2:C4, -5, 9)                 | {1,2,3;4,5,6;7,8,9}
            TAKE(A2:C4, 1.9)                   | {1,2,3}
            TAKE(A2:C4, -1.5)                  | {7,8,9}
            TAKE({1,2,3}, 1)                   | {1,2,3}
            TAKE({1,2,3}, , -2)                | {2,3}
            TAKE(7, 1)                         | {7}
            TAKE(A2:C4, 0)                     | #CALC!
            TAKE(A2:C4, 1, 0)                  | #CALC!
            TAKE(A2:C4, "x")                   | #VALUE!
            TAKE(#N/A, 1)                      | #N/A
            TAKE(A2:C4, #DIV/0!)               | #DIV/0!
            """)
    void take(String formula, String expected) {
        Expect.formula(grid(), formula, expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            DROP(A2:C4, 2)                     | {7,8,9}
            DROP(A2:C4, , 2)                   | {3;6;9}
            DROP(A2:C4, -2)                    | {1,2,3}
            DROP(A2:C4, 2, 2)                  | {9}
            DROP(A2:C4, 1, -1)                 | {4,5;7,8}
            DROP({1,2,3}, , 1)                 | {2,3}
            DROP(A2:C4, 3)                     | #CALC!
            DROP(A2:C4, -4)                    | #CALC!
            DROP(A2:C4, , 3)                   | #CALC!
            DROP(A2:C4, 0)                     | #CALC!
            DROP(A2:C4, "x")                   | #VALUE!
            DROP(#N/A, 1)                      | #N/A
            """)
    void drop(String formula, String expected) {
        Expect.formula(grid(), formula, expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            CHOOSEROWS(E2:F7, 1, 3, 5, 1)      | {1,2;5,6;9,10;1,2}
            CHOOSEROWS(E2:F7, {1,3}, 5, 1)     | {1,2;5,6;9,10;1,2}
            CHOOSEROWS(E2:F7, -1, -2)          | {11,12;9,10}
            CHOOSEROWS(E2:F7, 2.7)             | {3,4}
            CHOOSEROWS({1,2,3}, 1)             | {1,2,3}
            CHOOSEROWS({1;2;3}, {3;1})         | {3;1}
            CHOOSEROWS(E2:F7, 0)               | #VALUE!
            CHOOSEROWS(E2:F7, 7)               | #VALUE!
            CHOOSEROWS(E2:F7, -7)              | #VALUE!
            CHOOSEROWS(E2:F7, 1, 7)            | #VALUE!
            CHOOSEROWS(E2:F7, "x")             | #VALUE!
            CHOOSEROWS(E2:F7, #N/A)            | #N/A
            CHOOSEROWS(#DIV/0!, 1)             | #DIV/0!
            """)
    void chooseRows(String formula, String expected) {
        Expect.formula(grid(), formula, expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            CHOOSECOLS(E2:F7, 2)               | {2;4;6;8;10;12}
            CHOOSECOLS(A2:C4, 3, 1)            | {3,1;6,4;9,7}
            CHOOSECOLS(A2:C4, -1)              | {3;6;9}
            CHOOSECOLS(A2:C4, {1,1})           | {1,1;4,4;7,7}
            CHOOSECOLS({1;2}, 1)               | {1;2}
            CHOOSECOLS({1,2,3}, 4)             | #VALUE!
            CHOOSECOLS({1,2,3}, -4)            | #VALUE!
            CHOOSECOLS({1,2,3}, 0)             | #VALUE!
            """)
    void chooseCols(String formula, String expected) {
        Expect.formula(grid(), formula, expected);
    }
}
