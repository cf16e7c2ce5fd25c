package org.aibyhand.engine.function;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * FILTER and UNIQUE: the shapes of Microsoft's examples (several conditions joined with * and +, FILTER inside
 * SORT, UNIQUE with exactly_once), the documented errors (#CALC! when nothing is left, #VALUE! for an include of
 * the wrong size, an include error as the result), and UNIQUE's equality worked out by hand.
 */
class FilterFunctionsTest {
    /**
     * A1:C5 = East, Apple, 6380 / West, Grape, 5619 / East, Banana, 4394 / North, Apple, 4565 / East, Apple, 1310;
     * E1:E3 = blank, 0, blank. Formulas are array formulas, as FILTER's conditions are in a dynamic-array cell.
     */
    private static Grid grid() {
        return new Grid()
                .column("A1", "East", "West", "East", "North", "East")
                .column("B1", "Apple", "Grape", "Banana", "Apple", "Apple")
                .column("C1", 6380, 5619, 4394, 4565, 1310)
                .column("E1", null, 0, null)
                .arrayMode(true);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            FILTER(A1:C5, B1:B5="Apple")                      | {"East","Apple",6380;"North","Apple",4565;"East","Apple",1310}
            FILTER(A1:C5, (B1:B5="Apple")*(A1:A5="East"))     | {"East","Apple",6380;"East","Apple",1310}
            FILTER(A1:C5, (B1:B5="Apple")+(A1:A5="West"))     | {"East","Apple",6380;"West","Grape",5619;"North","Apple",4565;"East","Apple",1310}
            FILTER(C1:C5, C1:C5>5000)                         | {6380;5619}
            SORT(FILTER(C1:C5, B1:B5="Apple"), 1, -1)         | {6380;4565;1310}
            FILTER(A1:C5, {1;0;0;0;1})                        | {"East","Apple",6380;"East","Apple",1310}
            FILTER(A1:C5, {1,0,1})                            | {"East",6380;"West",5619;"East",4394;"North",4565;"East",1310}
            FILTER(A1:C1, {FALSE,TRUE,TRUE})                  | {"Apple",6380}
            FILTER({1,2,3}, {1,0,1})                          | {1,3}
            FILTER(C1:C5, C1:C5>9000)                         | #CALC!
            FILTER(C1:C5, C1:C5>9000, "none")                 | "none"
            FILTER(C1:C5, C1:C5>9000, )                       | #CALC!
            FILTER(C1:C3, E1:E3)                              | #CALC!
            FILTER(C1:C5, {1;0;1})                            | #VALUE!
            FILTER(A1:C5, {1,0})                              | #VALUE!
            FILTER(C1:C5, {1;#N/A;0;0;0})                     | #N/A
            FILTER(C1:C5, {1;"x";0;0;0})                      | #VALUE!
            FILTER(#N/A, {1})                                 | #N/A
            FILTER(C1:C5, #DIV/0!)                            | #DIV/0!
            """)
    void filter(String formula, String expected) {
        Expect.formula(grid(), formula, expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            UNIQUE({1;2;2;3;1})                | {1;2;3}
            UNIQUE({1;2;2;3;1}, , TRUE)        | {3}
            UNIQUE({1;2;2;3;1}, FALSE, TRUE)   | {3}
            UNIQUE({"a";"A";"b"})              | {"a";"b"}
            UNIQUE({1,1;2,2;1,1})              | {1,1;2,2}
            UNIQUE({1,2,1})                    | {1,2,1}
            UNIQUE({1,2,1}, TRUE)              | {1,2}
            UNIQUE({1,2,1}, TRUE, TRUE)        | {2}
            UNIQUE({1,2;1,3}, TRUE)            | {1,2;1,3}
            UNIQUE({1;"1";TRUE;1})             | {1;"1";TRUE}
            UNIQUE({#N/A;#N/A;1;#DIV/0!})      | {#N/A;1;#DIV/0!}
            UNIQUE(B1:B5)                      | {"Apple";"Grape";"Banana"}
            SORT(UNIQUE(B1:B5))                | {"Apple";"Banana";"Grape"}
            UNIQUE(A1:B5)                      | {"East","Apple";"West","Grape";"East","Banana";"North","Apple"}
            UNIQUE(A1:A5, FALSE, TRUE)         | {"West";"North"}
            ROWS(UNIQUE(E1:E3))                | 2
            UNIQUE(5)                          | {5}
            UNIQUE({1;1}, , TRUE)              | #CALC!
            UNIQUE(#N/A)                       | #N/A
            UNIQUE({1;2}, "x")                 | #VALUE!
            """)
    void unique(String formula, String expected) {
        Expect.formula(grid(), formula, expected);
    }
}
