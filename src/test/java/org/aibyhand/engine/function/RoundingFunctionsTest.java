package org.aibyhand.engine.function;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ROUND, ROUNDUP, ROUNDDOWN, TRUNC and INT. Most rows are the examples of Microsoft's pages; the others are
 * the decimal cases where the binary double lies just below the half (2.675 is stored as 2.67499999...) and
 * Excel rounds the decimal it shows. Every expected value is compared exactly.
 */
class RoundingFunctionsTest {
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ROUND(2.15, 1)            | 2.2
            ROUND(2.149, 1)           | 2.1
            ROUND(-1.475, 2)          | -1.48
            ROUND(21.5, -1)           | 20
            ROUND(626.3, -3)          | 1000
            ROUND(1.98, -1)           | 0
            ROUND(-50.55, -2)         | -100
            ROUND(2.675, 2)           | 2.68
            ROUND(1.005, 2)           | 1.01
            ROUND(-2.5, 0)            | -3
            ROUND(2.5, 0)             | 3
            ROUND(0.5, 0)             | 1
            ROUND(0.1+0.2, 1)         | 0.3
            ROUND(1234.5678, 2)       | 1234.57
            ROUND(2.567, 1.9)         | 2.6
            ROUND(12345, 2)           | 12345
            ROUND(0.123456789, 20)    | 0.123456789
            ROUND("2.5", 0)           | 3
            ROUND(TRUE, 0)            | 1
            ROUND(A1, 0)              | 0
            ROUND("x", 0)             | #VALUE!
            ROUND(#N/A, 0)            | #N/A
            ROUND(1.5, #DIV/0!)       | #DIV/0!
            ROUND({1.25,-1.25}, 1)    | {1.3,-1.3}
            """)
    void round(String formula, String expected) {
        Expect.formula(new Grid(), formula, expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ROUNDUP(3.2, 0)              | 4
            ROUNDUP(76.9, 0)             | 77
            ROUNDUP(3.14159, 3)          | 3.142
            ROUNDUP(-3.14159, 1)         | -3.2
            ROUNDUP(31415.92654, -2)     | 31500
            ROUNDUP(5, 0)                | 5
            ROUNDUP(-0.1, 0)             | -1
            ROUNDDOWN(3.2, 0)            | 3
            ROUNDDOWN(76.9, 0)           | 76
            ROUNDDOWN(3.14159, 3)        | 3.141
            ROUNDDOWN(-3.14159, 1)       | -3.1
            ROUNDDOWN(31415.92654, -2)   | 31400
            ROUNDDOWN(-0.9, 0)           | 0
            ROUNDDOWN("x", 1)            | #VALUE!
            """)
    void roundUpAndDown(String formula, String expected) {
        Expect.formula(new Grid(), formula, expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            TRUNC(8.9)                | 8
            TRUNC(-8.9)               | -8
            TRUNC(0.45)               | 0
            TRUNC(3.14159, 2)         | 3.14
            TRUNC(-3.14159, 3)        | -3.141
            TRUNC(1234.5, -2)         | 1200
            TRUNC("x")                | #VALUE!
            INT(8.9)                  | 8
            INT(-8.9)                 | -9
            INT(-0.5)                 | -1
            INT(5)                    | 5
            INT("3.5")                | 3
            INT(TRUE)                 | 1
            INT(A1)                   | 0
            INT(1E20)                 | 1E20
            INT("x")                  | #VALUE!
            INT({1.5,-1.5})           | {1,-2}
            """)
    void truncAndInt(String formula, String expected) {
        Expect.formula(new Grid(), formula, expected);
    }
}
