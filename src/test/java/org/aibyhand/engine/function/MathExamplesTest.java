package org.aibyhand.engine.function;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The math and engineering functions added for Excel's library, against Microsoft's documented examples. */
class MathExamplesTest {
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ROMAN(499,0)             | "CDXCIX"
            ROMAN(499,1)             | "LDVLIV"
            ROMAN(499,2)             | "XDIX"
            ROMAN(499,3)             | "VDIV"
            ROMAN(499,4)             | "ID"
            ROMAN(2013,0)            | "MMXIII"
            ROMAN(4000)              | #VALUE!
            ARABIC("LVII")           | 57
            ARABIC("mcmxii")         | 1912
            ARABIC("ABC")            | #VALUE!
            CEILING.MATH(24.3,5)     | 25
            CEILING.MATH(6.7)        | 7
            CEILING.MATH(-8.1,2)     | -8
            CEILING.MATH(-5.5,2,-1)  | -6
            FLOOR.MATH(24.3,5)       | 20
            FLOOR.MATH(6.7)          | 6
            FLOOR.MATH(-8.1,2)       | -10
            FLOOR.MATH(-5.5,2,-1)    | -4
            CEILING.PRECISE(4.3)     | 5
            CEILING.PRECISE(-4.3)    | -4
            CEILING.PRECISE(4.3,2)   | 6
            CEILING.PRECISE(4.3,-2)  | 6
            CEILING.PRECISE(-4.3,2)  | -4
            CEILING.PRECISE(-4.3,-2) | -4
            ISO.CEILING(4.3)         | 5
            ISO.CEILING(-4.3,-2)     | -4
            FLOOR.PRECISE(-3.2,-1)   | -4
            FLOOR.PRECISE(3.2,1)     | 3
            FLOOR.PRECISE(-3.2,1)    | -4
            FLOOR.PRECISE(3.2,-1)    | 3
            FLOOR.PRECISE(3.2)       | 3
            MROUND(10,3)             | 9
            MROUND(-10,-3)           | -9
            MROUND(1.3,0.2)          | 1.4
            MROUND(5,-2)             | #NUM!
            EVEN(1.5)                | 2
            EVEN(3)                  | 4
            EVEN(2)                  | 2
            EVEN(-1)                 | -2
            ODD(1.5)                 | 3
            ODD(3)                   | 3
            ODD(2)                   | 3
            ODD(-1)                  | -1
            ODD(-2)                  | -3
            QUOTIENT(5,2)            | 2
            QUOTIENT(4.5,3.1)        | 1
            QUOTIENT(-10,3)          | -3
            GCD(5,2)                 | 1
            GCD(24,36)               | 12
            GCD(7,1)                 | 1
            GCD(5,0)                 | 5
            LCM(5,2)                 | 10
            LCM(24,36)               | 72
            FACT(5)                  | 120
            FACT(1.9)                | 1
            FACT(0)                  | 1
            FACT(-1)                 | #NUM!
            FACTDOUBLE(6)            | 48
            FACTDOUBLE(7)            | 105
            COMBIN(8,2)              | 28
            COMBINA(4,3)             | 20
            COMBINA(10,3)            | 220
            PERMUT(100,3)            | 970200
            PERMUT(3,2)              | 6
            PERMUTATIONA(3,2)        | 9
            PERMUTATIONA(2,2)        | 4
            MULTINOMIAL(2,3,4)       | 1260
            BASE(7,2)                | "111"
            BASE(100,16)             | "64"
            BASE(15,2,10)            | "0000001111"
            DECIMAL("FF",16)         | 255
            DECIMAL(111,2)           | 7
            DECIMAL("zap",36)        | 45745
            SQRTPI(1)                | 1.772454
            SQRTPI(2)                | 2.506628
            ACOT(2)                  | 0.4636
            ACOTH(6)                 | 0.168
            COT(30)                  | -0.156
            COTH(2)                  | 1.037
            CSC(15)                  | 1.538
            CSCH(1.5)                | 0.4696
            SEC(45)                  | 1.90359
            ASINH(-2.5)              | -1.647231146
            ASINH(10)                | 2.99822295
            ACOSH(1)                 | 0
            ACOSH(10)                | 2.993222846
            ATANH(0.76159416)        | 1.00000001
            ATANH(-0.1)              | -0.100335348
            RADIANS(270)             | 4.712389
            DEGREES(PI())            | 180
            ERF(0.745)               | 0.70792892
            ERF(1)                   | 0.84270079
            ERFC(1)                  | 0.15729921
            ERF.PRECISE(0.745)       | 0.70792892
            ERFC.PRECISE(1)          | 0.15729921
            GESTEP(5,4)              | 1
            GESTEP(5,5)              | 1
            GESTEP(-4,-5)            | 1
            GESTEP(-1)               | 0
            DELTA(5,4)               | 0
            DELTA(5,5)               | 1
            DELTA(0.5,0)             | 0
            BIN2DEC(1100100)         | 100
            BIN2DEC(1111111111)      | -1
            DEC2BIN(9,4)             | "1001"
            DEC2BIN(-100)            | "1110011100"
            HEX2DEC("A5")            | 165
            HEX2DEC("FFFFFFFF5B")    | -165
            DEC2HEX(100,4)           | "0064"
            DEC2HEX(-54)             | "FFFFFFFFCA"
            OCT2DEC(54)              | 44
            OCT2DEC(7777777533)      | -165
            DEC2OCT(58,3)            | "072"
            BIN2HEX(11111011,4)      | "00FB"
            HEX2BIN("F",8)           | "00001111"
            BIN2OCT(1001,3)          | "011"
            BITAND(1,5)              | 1
            BITAND(13,25)            | 9
            BITOR(23,10)             | 31
            BITXOR(5,3)              | 6
            BITLSHIFT(4,2)           | 16
            BITRSHIFT(13,2)          | 3
            """)
    void documentedExamples(String formula, String documented) {
        Documented.check(new Grid(), formula, documented);
    }
}
