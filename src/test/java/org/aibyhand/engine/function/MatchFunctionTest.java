package org.aibyhand.engine.function;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * MATCH: the MATCH page's example (B2:B5 = 25, 38, 40, 41), exact matching with wildcards, and the binary
 * search of the approximate types.
 */
class MatchFunctionTest {
    /** B2:B5 = 25, 38, 40, 41; C1:C3 = "apple", "Banana", "cherry"; A1 blank; the formula sits in D3. */
    private static Grid grid() {
        return new Grid()
                .column("B2", 25, 38, 40, 41)
                .column("C1", "apple", "Banana", "cherry")
                .host("D3");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            MATCH(39, B2:B5, 1)                   | 2
            MATCH(41, B2:B5, 0)                   | 4
            MATCH(40, B2:B5, -1)                  | #N/A
            MATCH(39, B2:B5)                      | 2
            MATCH(24, B2:B5)                      | #N/A
            MATCH(100, B2:B5)                     | 4
            MATCH(40, B2:B5, 0.5)                 | 3
            MATCH(38, B2:B5, )                    | 2
            MATCH(5, {1,3,5,7})                   | 3
            MATCH(6, {1,3,5,7})                   | 3
            MATCH(2, {1,2,2,2,3})                 | 4
            MATCH(3, {7,5,3,1}, -1)               | 3
            MATCH(4, {7,5,3,1}, -1)               | 2
            MATCH(8, {7,5,3,1}, -1)               | #N/A
            MATCH(0, {7,5,3,1}, -1)               | 4
            MATCH("b", {"a","b","c"})             | 2
            MATCH("bb", {"a","b","c"})            | 2
            MATCH("B", {"a","b","c"}, 1)          | 2
            MATCH(1, {1;2;3})                     | 1
            """)
    void approximate(String formula, String expected) {
        Expect.formula(grid(), formula, expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            MATCH("banana", C1:C3, 0)             | 2
            MATCH("BANANA", C1:C3, 0)             | 2
            MATCH("b*", C1:C3, 0)                 | 2
            MATCH("*e*", C1:C3, 0)                | 1
            MATCH("?pple", C1:C3, 0)              | 1
            MATCH("ch???y", C1:C3, 0)             | 3
            MATCH("ch??y", C1:C3, 0)              | #N/A
            MATCH("*rr*", C1:C3, 0)               | 3
            MATCH("~*", {"a","*"}, 0)             | 2
            MATCH("a~?", {"ab","a?"}, 0)          | 2
            MATCH("a~~", {"a~b","a~"}, 0)         | 2
            MATCH("*", {1,"",TRUE}, 0)            | 2
            MATCH(1, {"1",1}, 0)                  | 2
            MATCH("1", {1,"1"}, 0)                | 2
            MATCH(TRUE, {1,TRUE}, 0)              | 2
            MATCH(7, {1,2,3}, 0)                  | #N/A
            MATCH(A1, B2:B5, 0)                   | #N/A
            MATCH(#DIV/0!, B2:B5, 0)              | #DIV/0!
            MATCH(1, {1,2;3,4}, 0)                | #N/A
            MATCH("x", "x", 0)                    | 1
            MATCH({41,25,7}, B2:B5, 0)            | {4,1,#N/A}
            """)
    void exact(String formula, String expected) {
        Expect.formula(grid(), formula, expected);
    }
}
