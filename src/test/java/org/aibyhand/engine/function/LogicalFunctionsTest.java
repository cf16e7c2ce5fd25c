package org.aibyhand.engine.function;

import org.aibyhand.engine.value.ErrorValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * AND, OR, XOR, NOT, TRUE and FALSE. Microsoft's pages: logicals and numbers count, text and empty cells in
 * ranges and arrays are ignored, a range without logical values is #VALUE!.
 */
class LogicalFunctionsTest {
    /** A1:A7 = TRUE, FALSE, 1, "text", blank, 0, #N/A; B1 = "TRUE" (text). */
    private static Grid grid() {
        return new Grid().column("A1", true, false, 1, "text", null, 0, ErrorValue.NA).put("B1", "TRUE");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            AND(TRUE, TRUE)              | TRUE
            AND(TRUE, FALSE)             | FALSE
            AND(A1, A3)                  | TRUE
            AND(A1:A3)                   | FALSE
            AND(A1, A4)                  | TRUE
            AND(A1, A5)                  | TRUE
            AND(A4)                      | #VALUE!
            AND(A4:A5)                   | #VALUE!
            AND(B1)                      | #VALUE!
            AND("TRUE", 1)               | TRUE
            AND("false", TRUE)           | FALSE
            AND("abc")                   | #VALUE!
            AND(TRUE, "abc")             | #VALUE!
            AND(2, -1)                   | TRUE
            AND(FALSE, #N/A)             | #N/A
            AND(A1:A7)                   | #N/A
            AND({TRUE,1,"x"})            | TRUE
            AND({TRUE,0})                | FALSE
            AND({"x"})                   | #VALUE!
            """)
    void and(String formula, String expected) {
        Expect.formula(grid(), formula, expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            OR(TRUE)                     | TRUE
            OR(FALSE, FALSE)             | FALSE
            OR(A2, A6)                   | FALSE
            OR(A1:A6)                    | TRUE
            OR(A2:A6)                    | TRUE
            OR(A4:A5)                    | #VALUE!
            OR(TRUE, #N/A)               | #N/A
            OR("FALSE", 0)               | FALSE
            OR("x", TRUE)                | #VALUE!
            OR({0,0,"1"})                | FALSE
            XOR(TRUE, TRUE)              | FALSE
            XOR(TRUE, FALSE)             | TRUE
            XOR(FALSE, FALSE)            | FALSE
            XOR(TRUE, TRUE, TRUE)        | TRUE
            XOR({1,0,1})                 | FALSE
            XOR(A1:A6)                   | FALSE
            XOR(A1:A2)                   | TRUE
            XOR(A4)                      | #VALUE!
            XOR(#DIV/0!)                 | #DIV/0!
            """)
    void orAndXor(String formula, String expected) {
        Expect.formula(grid(), formula, expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            NOT(FALSE)                   | TRUE
            NOT(TRUE)                    | FALSE
            NOT(1)                       | FALSE
            NOT(0)                       | TRUE
            NOT(-0.5)                    | FALSE
            NOT("TRUE")                  | FALSE
            NOT("abc")                   | #VALUE!
            NOT(A5)                      | TRUE
            NOT(A4)                      | #VALUE!
            NOT(#N/A)                    | #N/A
            NOT({TRUE,FALSE;1,0})        | {FALSE,TRUE;FALSE,TRUE}
            TRUE()                       | TRUE
            FALSE()                      | FALSE
            """)
    void notTrueFalse(String formula, String expected) {
        Expect.formula(grid(), formula, expected);
    }
}
