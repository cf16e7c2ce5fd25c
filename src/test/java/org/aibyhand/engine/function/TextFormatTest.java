package org.aibyhand.engine.function;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * TEXT with the basic number formats: examples from Microsoft's TEXT page and the format-code rules it
 * documents (0 pads, # drops insignificant zeros, ? pads with a space, a comma groups thousands or, after the
 * digits, divides by 1000; sections positive;negative;zero;text). Excel rounds half away from zero on the
 * decimal it shows, so 2.675 with two decimals is 2.68.
 */
class TextFormatTest {
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            TEXT(1234.567, "$#,##0.00")     | "$1,234.57"
            TEXT(0.285, "0.0%")             | "28.5%"
            TEXT(12200000, "0.00E+00")      | "1.22E+07"
            TEXT(2.715, "$0.00")            | "$2.72"
            TEXT(1234.567, "0.00")          | "1234.57"
            TEXT(2.675, "0.00")             | "2.68"
            TEXT(5, "0")                    | "5"
            TEXT(2.5, "0")                  | "3"
            TEXT(-2.5, "0")                 | "-3"
            TEXT(0.4, "0")                  | "0"
            TEXT(5, "0.0")                  | "5.0"
            TEXT(1234567.891, "#,##0")      | "1,234,568"
            TEXT(1000000, "#,##0")          | "1,000,000"
            TEXT(999, "#,##0")              | "999"
            TEXT(0, "#,##0.00")             | "0.00"
            TEXT(-1234.5, "#,##0.00")       | "-1,234.50"
            TEXT(5, "0,000")                | "0,005"
            TEXT(0.256, "0%")               | "26%"
            TEXT(1, "0.00%")                | "100.00%"
            TEXT(0.000123, "0.00E+00")      | "1.23E-04"
            TEXT(-12345, "0.00E+00")        | "-1.23E+04"
            TEXT(0, "0.00E+00")             | "0.00E+00"
            TEXT(9.999, "0.00E+00")         | "1.00E+01"
            TEXT(12345, "0.0E-0")           | "1.2E4"
            TEXT(0.5, "#.##")               | ".5"
            TEXT(0.5, "0.##")               | "0.5"
            TEXT(12.5, "#.00")              | "12.50"
            TEXT(3.1, "0.0??")              | "3.1  "
            TEXT(1234567, "0.0,,")          | "1.2"
            TEXT(12345, "#,##0,")           | "12"
            TEXT(1234, "000000")            | "001234"
            TEXT(1234567, "000-0000")       | "123-4567"
            """)
    void numberFormats(String formula, String expected) {
        Expect.formula(new Grid(), formula, expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            TEXT(5, "0 ""items""\")              | "5 items"
            TEXT(5, "0\\x")                      | "5x"
            TEXT(5, "\\$0")                      | "$5"
            TEXT(-5, "$0")                      | "-$5"
            TEXT(-5, "0;(0)")                   | "(5)"
            TEXT(5, "0;(0)")                    | "5"
            TEXT(0, "0;-0;""zero""\")            | "zero"
            TEXT(5, "0;-0;""zero""\")            | "5"
            TEXT(-5, "0;-0;""zero""\")           | "-5"
            TEXT(-5, "0.00;[Red]0.00")          | "5.00"
            TEXT("abc", "0")                    | "abc"
            TEXT("abc", "0;0;0;""<""@"">""\")    | "<abc>"
            TEXT("1234", "#,##0")               | "1,234"
            TEXT(A1, "0.0")                     | "0.0"
            TEXT(#N/A, "0")                     | #N/A
            TEXT({1,2.25}, "0.0")               | {"1.0","2.3"}
            """)
    void literalsAndSections(String formula, String expected) {
        Expect.formula(new Grid(), formula, expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            TEXT(1234.5, "General")        | "1234.5"
            TEXT(0.5, "General")           | "0.5"
            TEXT(1/3, "General")           | "0.333333333"
            TEXT(2/3, "General")           | "0.666666667"
            TEXT(12345678901, "General")   | "12345678901"
            TEXT(123456789012, "General")  | "1.23457E+11"
            TEXT(-2, "General")            | "-2"
            TEXT(0, "General")             | "0"
            """)
    void general(String formula, String expected) {
        Expect.formula(new Grid(), formula, expected);
    }

    /** Date and time codes (serial 45000 is 2023-03-15, a Wednesday; serial 60 is Excel's 1900-02-29). */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            TEXT(45000, "yyyy-mm-dd")           | "2023-03-15"
            TEXT(0.5, "h:mm")                   | "12:00"
            TEXT(0.5, "h:mm AM/PM")             | "12:00 PM"
            TEXT(0.25, "hh:mm:ss A/P")          | "06:00:00 A"
            TEXT(45000, "dddd")                 | "Wednesday"
            TEXT(45000, "ddd, mmm d, yy")       | "Wed, Mar 15, 23"
            TEXT(45000, "mmmm mmmmm")           | "March M"
            TEXT(60, "d mmmm yyyy")             | "29 February 1900"
            """)
    void dateAndTimeCodes(String formula, String expected) {
        Expect.formula(new Grid(), formula, expected);
    }

    /** Not Excel's answer: fraction and conditional codes are unsupported and say so instead of guessing. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            TEXT(1.5, "# ?/?")             | #VALUE!
            TEXT(45000, "mm###")           | #VALUE!
            TEXT(5, "[>3]0")               | #VALUE!
            """)
    void unsupportedCodesAreValueErrors(String formula, String expected) {
        Expect.formula(new Grid(), formula, expected);
    }
}
