package org.aibyhand.engine.function;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * CONCATENATE, LEN, LEFT, RIGHT, MID, UPPER, LOWER and VALUE; the examples of Microsoft's pages plus the
 * conversions of numbers (General format), logicals and blanks to text. TEXT has its own test.
 */
class TextFunctionsTest {
    /** A1:A4 = "brook trout", "species", 32, blank (the CONCATENATE page's data, shortened). */
    private static Grid grid() {
        return new Grid().column("A1", "brook trout", "species", 32, null);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            CONCATENATE("Stream population for ", A1, " ", A2, " is ", A3, "/mile.") | "Stream population for brook trout species is 32/mile."
            CONCATENATE("a", "b", "c")            | "abc"
            CONCATENATE(1.5, TRUE, FALSE)         | "1.5TRUEFALSE"
            CONCATENATE(A4, "x", A4)              | "x"
            CONCATENATE(1/3)                      | "0.333333333333333"
            CONCATENATE(1E20)                     | "1E+20"
            CONCATENATE("a", #N/A)                | #N/A
            CONCATENATE({"a","b"}, "x")           | {"ax","bx"}
            CONCATENATE({"a";"b"}, {"1","2"})     | {"a1","a2";"b1","b2"}
            CONCATENATE({"a","b","c"}, {1,2})     | {"a1","b2",#N/A}
            """)
    void concatenate(String formula, String expected) {
        Expect.formula(grid(), formula, expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            LEN("Phoenix, AZ")        | 11
            LEN("")                   | 0
            LEN("     One   ")        | 11
            LEN(12345)                | 5
            LEN(-1.5)                 | 4
            LEN(1/3)                  | 17
            LEN(TRUE)                 | 4
            LEN(A4)                   | 0
            LEN(A3)                   | 2
            LEN(#N/A)                 | #N/A
            LEN({"ab","abc"})         | {2,3}
            UPPER("total")            | "TOTAL"
            UPPER("Yield")            | "YIELD"
            UPPER(TRUE)               | "TRUE"
            UPPER(1.5)                | "1.5"
            LOWER("E. E. Cummings")   | "e. e. cummings"
            LOWER("Apt. 2B")          | "apt. 2b"
            LOWER(FALSE)              | "false"
            LOWER(#DIV/0!)            | #DIV/0!
            """)
    void lengthAndCase(String formula, String expected) {
        Expect.formula(grid(), formula, expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            LEFT("Sale Price", 4)     | "Sale"
            LEFT("Sweden")            | "S"
            LEFT("abc", 10)           | "abc"
            LEFT("abc", 0)            | ""
            LEFT("abc", 1.9)          | "a"
            LEFT("abc", -1)           | #VALUE!
            LEFT("abc", "x")          | #VALUE!
            LEFT(12345, 2)            | "12"
            LEFT(TRUE, 1)             | "T"
            LEFT(A4, 3)               | ""
            RIGHT("Sale Price", 5)    | "Price"
            RIGHT("Stock Number")     | "r"
            RIGHT("abc", 5)           | "abc"
            RIGHT("abc", 0)           | ""
            RIGHT("abc", -1)          | #VALUE!
            RIGHT(2.5, 2)             | ".5"
            MID("Fluid Flow", 1, 5)   | "Fluid"
            MID("Fluid Flow", 7, 20)  | "Flow"
            MID("Fluid Flow", 20, 5)  | ""
            MID("abc", 2, 0)          | ""
            MID("abc", 3, 1)          | "c"
            MID("abc", 0, 1)          | #VALUE!
            MID("abc", 1, -1)         | #VALUE!
            MID(123456, 2, 3)         | "234"
            MID({"abc","xyz"}, 2, 1)  | {"b","y"}
            LEFT({"abc";"xyz"}, {1,2})| {"a","ab";"x","xy"}
            """)
    void leftRightMid(String formula, String expected) {
        Expect.formula(grid(), formula, expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            VALUE("$1,000")           | 1000
            VALUE("1,234.5")          | 1234.5
            VALUE(" 12 ")             | 12
            VALUE("-3.5")             | -3.5
            VALUE("1e3")              | 1000
            VALUE("50%")              | 0.5
            VALUE(5)                  | 5
            VALUE(A4)                 | 0
            VALUE("abc")              | #VALUE!
            VALUE(TRUE)               | #VALUE!
            VALUE(#N/A)               | #N/A
            VALUE({"1","x"})          | {1,#VALUE!}
            """)
    void value(String formula, String expected) {
        Expect.formula(grid(), formula, expected);
    }
}
