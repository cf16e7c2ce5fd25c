package org.aibyhand.engine.function;

import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.TextValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** COUNT, COUNTA and COUNTBLANK: what each counts in ranges, in arrays and typed directly. */
class CountFunctionsTest {
    /** A1:A7 = 1, "text", TRUE, blank, #N/A, "" (a formula's empty text), 2.5. */
    private static Grid grid() {
        return new Grid().column("A1", 1, "text", true, null, ErrorValue.NA, TextValue.EMPTY, 2.5);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            COUNT(A1:A7)                      | 2
            COUNT(A1:A7, 5)                   | 3
            COUNT(A2, A3, A5)                 | 0
            COUNT(1, "2", TRUE, "x", #N/A)    | 3
            COUNT({1,"2",TRUE,#N/A})          | 1
            COUNT(A4)                         | 0
            COUNTA(A1:A7)                     | 6
            COUNTA(A4)                        | 0
            COUNTA(A6)                        | 1
            COUNTA(1, "x", #N/A, FALSE)       | 4
            COUNTA({1,"",TRUE})               | 3
            COUNTBLANK(A1:A7)                 | 2
            COUNTBLANK(A4)                    | 1
            COUNTBLANK(A6)                    | 1
            COUNTBLANK(A1)                    | 0
            COUNTBLANK(B1:C3)                 | 6
            """)
    void counts(String formula, String expected) {
        Expect.formula(grid(), formula, expected);
    }
}
