package org.aibyhand.engine.function;

import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.TextValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The IS functions and NA: kinds are tested without conversion, and errors are arguments like any other. */
class InformationFunctionsTest {
    /** A1:A7 = 1, "" (empty text), blank, "x", TRUE, #N/A, #DIV/0!; the formula sits in B3. */
    private static Grid grid() {
        return new Grid()
                .column("A1", 1, TextValue.EMPTY, null, "x", true, ErrorValue.NA, ErrorValue.DIV0)
                .host("B3");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ISBLANK(A3)             | TRUE
            ISBLANK(A2)             | FALSE
            ISBLANK(A1)             | FALSE
            ISBLANK("")             | FALSE
            ISBLANK(A6)             | FALSE
            ISNUMBER(A1)            | TRUE
            ISNUMBER("1")           | FALSE
            ISNUMBER(A3)            | FALSE
            ISNUMBER(A5)            | FALSE
            ISNUMBER(3.5)           | TRUE
            ISTEXT(A2)              | TRUE
            ISTEXT(A4)              | TRUE
            ISTEXT(A1)              | FALSE
            ISTEXT(A3)              | FALSE
            ISLOGICAL(A5)           | TRUE
            ISLOGICAL("TRUE")       | FALSE
            ISLOGICAL(1)            | FALSE
            ISERROR(A6)             | TRUE
            ISERROR(A7)             | TRUE
            ISERROR(A1)             | FALSE
            ISERROR(1/0)            | TRUE
            ISERROR(SQRT(-1))       | TRUE
            ISERR(A6)               | FALSE
            ISERR(A7)               | TRUE
            ISERR(#REF!)            | TRUE
            ISERR(A1)               | FALSE
            ISNA(A6)                | TRUE
            ISNA(A7)                | FALSE
            ISNA(NA())              | TRUE
            ISNA(MATCH(9, {1,2}, 0))| TRUE
            NA()                    | #N/A
            ISNUMBER({1,"a";TRUE,2})| {TRUE,FALSE;FALSE,TRUE}
            ISERROR({1,#N/A})       | {FALSE,TRUE}
            """)
    void kinds(String formula, String expected) {
        Expect.formula(grid(), formula, expected);
    }

    /** In a plain formula in B3 a column range intersects row 3; outside its rows it is #VALUE!. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ISBLANK(A1:A7)          | TRUE
            ISNUMBER(A1:A7)         | FALSE
            ISERROR(A1:A7)          | FALSE
            ISERROR(A4:A7)          | TRUE
            ISBLANK(A4:A7)          | FALSE
            """)
    void plainFormulasIntersect(String formula, String expected) {
        Expect.formula(grid(), formula, expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ISBLANK(A1:A3)          | {FALSE;FALSE;TRUE}
            ISTEXT(A1:A4)           | {FALSE;TRUE;FALSE;TRUE}
            ISERR(A5:A7)            | {FALSE;FALSE;TRUE}
            ISNA(A5:A7)             | {FALSE;TRUE;FALSE}
            """)
    void arrayFormulasMap(String formula, String expected) {
        Expect.formula(grid().arrayMode(true), formula, expected);
    }
}
