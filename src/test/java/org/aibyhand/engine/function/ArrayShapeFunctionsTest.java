package org.aibyhand.engine.function;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * TOCOL, TOROW, WRAPROWS and WRAPCOLS: the examples of Microsoft's pages, the ignore and scan_by_column options,
 * padding, and the documented errors (#VALUE! for an unknown ignore or a two-dimensional vector, #NUM! for a
 * wrap_count below 1, #CALC! when everything is ignored).
 */
class ArrayShapeFunctionsTest {
    /**
     * A2:D4 = Ben, Peter, Mary, Sam / John, Hillary, Jenny, James / Agnes, Harry, blank, blank (TOCOL page);
     * A6:G6 = A..G (WRAPROWS page); A8:B9 blank.
     */
    private static Grid grid() {
        Grid grid = new Grid()
                .put("A2", "Ben").put("B2", "Peter").put("C2", "Mary").put("D2", "Sam")
                .put("A3", "John").put("B3", "Hillary").put("C3", "Jenny").put("D3", "James")
                .put("A4", "Agnes").put("B4", "Harry");
        String letters = "ABCDEFG";
        for (int i = 0; i < letters.length(); i++) {
            grid.put(letters.charAt(i) + "6", String.valueOf(letters.charAt(i)));
        }
        return grid;
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            TOCOL(A2:D3)                       | {"Ben";"Peter";"Mary";"Sam";"John";"Hillary";"Jenny";"James"}
            TOCOL(A2:D4, 1)                    | {"Ben";"Peter";"Mary";"Sam";"John";"Hillary";"Jenny";"James";"Agnes";"Harry"}
            TOCOL(A2:D4, 1, TRUE)              | {"Ben";"John";"Agnes";"Peter";"Hillary";"Harry";"Mary";"Jenny";"Sam";"James"}
            ROWS(TOCOL(A2:D4))                 | 12
            INDEX(TOCOL(A2:D4), 11)            | <blank>
            TOCOL({1,#N/A;"",3})               | {1;#N/A;"";3}
            TOCOL({1,#N/A;"",3}, 2)            | {1;"";3}
            TOCOL({1,#N/A;"",3}, 3)            | {1;"";3}
            TOCOL({1,2;3,4}, , TRUE)           | {1;3;2;4}
            TOCOL({1,2;3,4}, 0, FALSE)         | {1;2;3;4}
            TOCOL(5)                           | {5}
            TOCOL({1,2}, 4)                    | #VALUE!
            TOCOL({1,2}, -1)                   | #VALUE!
            TOCOL(A8:B9, 1)                    | #CALC!
            TOCOL({#N/A,#DIV/0!}, 2)           | #CALC!
            TOCOL(#N/A)                        | #N/A
            """)
    void toCol(String formula, String expected) {
        Expect.formula(grid(), formula, expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            TOROW(A2:D4, 1)                    | {"Ben","Peter","Mary","Sam","John","Hillary","Jenny","James","Agnes","Harry"}
            TOROW(A2:D4, 3, TRUE)              | {"Ben","John","Agnes","Peter","Hillary","Harry","Mary","Jenny","Sam","James"}
            COLUMNS(TOROW(A2:D4))              | 12
            TOROW({1,2;3,4}, 0, TRUE)          | {1,3,2,4}
            TOROW({1;2;3})                     | {1,2,3}
            TOROW({1,#N/A}, 2)                 | {1}
            TOROW({1,2}, "x")                  | #VALUE!
            TOROW(A8:B9, 3)                    | #CALC!
            """)
    void toRow(String formula, String expected) {
        Expect.formula(grid(), formula, expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            WRAPROWS(A6:G6, 3)                 | {"A","B","C";"D","E","F";"G",#N/A,#N/A}
            WRAPROWS(A6:G6, 3, "x")            | {"A","B","C";"D","E","F";"G","x","x"}
            WRAPROWS({1;2;3;4}, 2)             | {1,2;3,4}
            WRAPROWS({1,2,3}, 2, 0)            | {1,2;3,0}
            WRAPROWS({1,2,3}, 1.5)             | {1;2;3}
            WRAPROWS({1,2,3}, 3)               | {1,2,3}
            WRAPROWS({1,2,3}, 5)               | {1,2,3}
            WRAPROWS(7, 2)                     | {7}
            WRAPROWS({1,2,3}, 0)               | #NUM!
            WRAPROWS({1,2,3}, -2)              | #NUM!
            WRAPROWS({1,2;3,4}, 2)             | #VALUE!
            WRAPROWS({1,2,3}, "x")             | #VALUE!
            WRAPROWS(#N/A, 2)                  | #N/A
            """)
    void wrapRows(String formula, String expected) {
        Expect.formula(grid(), formula, expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            WRAPCOLS(A6:G6, 3)                 | {"A","D","G";"B","E",#N/A;"C","F",#N/A}
            WRAPCOLS(A6:G6, 3, "x")            | {"A","D","G";"B","E","x";"C","F","x"}
            WRAPCOLS({1,2,3,4}, 2)             | {1,3;2,4}
            WRAPCOLS({1,2,3}, 5)               | {1;2;3}
            WRAPCOLS({1,2,3}, 0)               | #NUM!
            WRAPCOLS({1,2;3,4}, 2)             | #VALUE!
            """)
    void wrapCols(String formula, String expected) {
        Expect.formula(grid(), formula, expected);
    }
}
