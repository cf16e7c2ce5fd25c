package org.aibyhand.engine.function;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SEQUENCE, HSTACK, VSTACK and EXPAND: the examples of Microsoft's pages, their documented errors (#CALC! for an
 * empty array, #VALUE! for a size below the array's, #NUM! for one too large) and #N/A padding worked out by hand.
 */
class ArrayBuildFunctionsTest {
    /** A2:C3 = A,B,C / D,E,F and E2:G3 = AA,BB,CC / DD,EE,FF (VSTACK page); I2:J3 = 1,2 / 3,4 (EXPAND page). */
    private static Grid grid() {
        return new Grid()
                .put("A2", "A").put("B2", "B").put("C2", "C").put("A3", "D").put("B3", "E").put("C3", "F")
                .put("E2", "AA").put("F2", "BB").put("G2", "CC").put("E3", "DD").put("F3", "EE").put("G3", "FF")
                .put("I2", 1).put("J2", 2).put("I3", 3).put("J3", 4);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            SEQUENCE(2)                        | {1;2}
            SEQUENCE(2, 3)                     | {1,2,3;4,5,6}
            SEQUENCE(2, 3, 3, 2)               | {3,5,7;9,11,13}
            SEQUENCE(2, 3, 10, -1)             | {10,9,8;7,6,5}
            SEQUENCE(4, 5)                     | {1,2,3,4,5;6,7,8,9,10;11,12,13,14,15;16,17,18,19,20}
            SEQUENCE(5, 1, 1001, 1000)         | {1001;2001;3001;4001;5001}
            SEQUENCE(1, 3)                     | {1,2,3}
            SEQUENCE(, 3)                      | {1,2,3}
            SEQUENCE(3, , 5)                   | {5;6;7}
            SEQUENCE(2, 2, 0, 0.5)             | {0,0.5;1,1.5}
            SEQUENCE(3, 1, 7, 0)               | {7;7;7}
            SEQUENCE(1)                        | {1}
            SEQUENCE(2.9)                      | {1;2}
            SEQUENCE("2")                      | {1;2}
            SEQUENCE(0)                        | #CALC!
            SEQUENCE(2, 0)                     | #CALC!
            SEQUENCE(-1)                       | #VALUE!
            SEQUENCE(2, -3)                    | #VALUE!
            SEQUENCE("x")                      | #VALUE!
            SEQUENCE(2, 1, "a")                | #VALUE!
            SEQUENCE(#N/A)                     | #N/A
            SEQUENCE(1048576, 16384)           | #NUM!
            """)
    void sequence(String formula, String expected) {
        Expect.formula(grid(), formula, expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            HSTACK(A2:C3, E2:G3)               | {"A","B","C","AA","BB","CC";"D","E","F","DD","EE","FF"}
            HSTACK({1,2}, {3,4})               | {1,2,3,4}
            HSTACK({1;2}, {3;4;5})             | {1,3;2,4;#N/A,5}
            HSTACK(1, "a", TRUE)               | {1,"a",TRUE}
            HSTACK({1;2}, #DIV/0!)             | {1,#DIV/0!;2,#N/A}
            HSTACK({1,2;3,4})                  | {1,2;3,4}
            HSTACK(I2:J3, A2)                  | {1,2,"A";3,4,#N/A}
            """)
    void hstack(String formula, String expected) {
        Expect.formula(grid(), formula, expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            VSTACK(A2:C3, E2:G3)               | {"A","B","C";"D","E","F";"AA","BB","CC";"DD","EE","FF"}
            VSTACK({1,2}, {3,4})               | {1,2;3,4}
            VSTACK({1,2}, 3)                   | {1,2;3,#N/A}
            VSTACK({1;2}, {"a","b","c"})       | {1,#N/A,#N/A;2,#N/A,#N/A;"a","b","c"}
            VSTACK(1, 2, 3)                    | {1;2;3}
            VSTACK(I2:J3, #N/A)                | {1,2;3,4;#N/A,#N/A}
            """)
    void vstack(String formula, String expected) {
        Expect.formula(grid(), formula, expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            EXPAND(I2:J3, 3, 3)                | {1,2,#N/A;3,4,#N/A;#N/A,#N/A,#N/A}
            EXPAND(I2, 3, 3, "-")              | {1,"-","-";"-","-","-";"-","-","-"}
            EXPAND({1,2}, 2)                   | {1,2;#N/A,#N/A}
            EXPAND({1,2}, , 3)                 | {1,2,#N/A}
            EXPAND({1,2}, 1, 2)                | {1,2}
            EXPAND({1}, 2, 2, 0)               | {1,0;0,0}
            EXPAND({1}, 1, 2, #DIV/0!)         | {1,#DIV/0!}
            EXPAND(5, 2)                       | {5;#N/A}
            EXPAND({1,2;3,4}, 1, 2)            | #VALUE!
            EXPAND({1,2}, 1, 1)                | #VALUE!
            EXPAND({1}, "x")                   | #VALUE!
            EXPAND(#N/A, 2)                    | #N/A
            EXPAND({1}, 2000000, 2000000)      | #NUM!
            """)
    void expand(String formula, String expected) {
        Expect.formula(grid(), formula, expected);
    }
}
