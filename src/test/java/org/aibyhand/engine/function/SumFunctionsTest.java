package org.aibyhand.engine.function;

import org.aibyhand.engine.value.ErrorValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SUM, PRODUCT and SUMPRODUCT against Excel's documented argument rules. */
class SumFunctionsTest {
    /**
     * A1:A6 = 1, 2, "3" (text), TRUE, blank, 4; B1:B2 = #DIV/0!, 5; D1:E2 = {1,2;3,4};
     * Sheet2!A1:A2 = 10, 20; G1:G4 = 10, 20, 30, 40; H1:H3 = 0.1, 0.2, 0.3; I1:I3 = 1, 1, 1; J1:J2 = 1E200, 1E200.
     */
    private static Grid grid() {
        return new Grid()
                .column("A1", 1, 2, "3", true, null, 4)
                .column("B1", ErrorValue.DIV0, 5)
                .put("D1", 1).put("E1", 2).put("D2", 3).put("E2", 4)
                .put(1, "A1", 10).put(1, "A2", 20)
                .column("G1", 10, 20, 30, 40)
                .column("H1", 0.1, 0.2, 0.3).column("I1", 1, 1, 1)
                .column("J1", 1e200, 1e200);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            SUM(1, 2, 3)                 | 6
            SUM(A1:A6)                   | 7
            SUM(A1:A6, 10)               | 17
            SUM(A3)                      | 0
            SUM(A4, A5)                  | 0
            SUM("3", TRUE)               | 4
            SUM("abc")                   | #VALUE!
            SUM({1,"2",TRUE})            | 1
            SUM(B1:B2)                   | #DIV/0!
            SUM(#N/A, 1)                 | #N/A
            SUM(1, #DIV/0!, #N/A)        | #DIV/0!
            SUM(D1:E2, Sheet2!A1:A2)     | 40
            SUM(1,)                      | 1
            SUM(0.1, 0.2, 0.3)           | 0.6000000000000001
            SUM(0.3, 0.2, 0.1)           | 0.6
            SUM(1E308, 1E308)            | #NUM!
            """)
    void sum(String formula, String expected) {
        Expect.formula(grid(), formula, expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            PRODUCT(2, 3, 4)             | 24
            PRODUCT(A1:A6)               | 8
            PRODUCT(A1:A6, 0.5)          | 4
            PRODUCT(A5)                  | 0
            PRODUCT("2", TRUE)           | 2
            PRODUCT("two")               | #VALUE!
            PRODUCT(B1:B2)               | #DIV/0!
            PRODUCT({2,"x";FALSE,3})     | 6
            PRODUCT(1E200, 1E200)        | #NUM!
            """)
    void product(String formula, String expected) {
        Expect.formula(grid(), formula, expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            SUMPRODUCT({1,2,3}, {4,5,6})          | 32
            SUMPRODUCT({1,2,3})                   | 6
            SUMPRODUCT({1;2}, {3;4}, {5;6})       | 63
            SUMPRODUCT(D1:E2, D1:E2)              | 30
            SUMPRODUCT(D1:E2, {1,0;0,1})          | 5
            SUMPRODUCT({1,2}, {1,2,3})            | #VALUE!
            SUMPRODUCT({1;2}, {1,2})              | #VALUE!
            SUMPRODUCT(A1:A4, {1;1;1;1})          | 3
            SUMPRODUCT({1,"a",TRUE}, {2,2,2})     | 2
            SUMPRODUCT(B1:B2, B1:B2)              | #DIV/0!
            SUMPRODUCT({1,#N/A}, {1,1})           | #N/A
            SUMPRODUCT(2, 3)                      | 6
            SUMPRODUCT(D1:D2, E1:E2)              | 14
            SUMPRODUCT(D1:E2, D1:E2, D1:E2)       | 100
            SUMPRODUCT(G1:G4)                     | 100
            SUMPRODUCT(Sheet2!A1:A2, G1:G2)       | 500
            SUMPRODUCT(H1:H3, I1:I3)              | 0.6000000000000001
            SUMPRODUCT(J1:J2, J1:J2)              | #NUM!
            SUMPRODUCT(D1:E2, D1:D2)              | #VALUE!
            SUMPRODUCT(B1:B2, D1:E2)              | #VALUE!
            SUMPRODUCT(A1:A4, G1:G4)              | 50
            SUMPRODUCT(A5:A6, G1:G2)              | 80
            SUMPRODUCT(G1:G2, B1:B2)              | #DIV/0!
            SUMPRODUCT(G1:G4, A1:A4)              | 50
            """)
    void sumProduct(String formula, String expected) {
        Expect.formula(grid(), formula, expected);
    }
}
