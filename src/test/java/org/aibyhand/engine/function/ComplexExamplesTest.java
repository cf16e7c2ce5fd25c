package org.aibyhand.engine.function;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The complex-number functions against Microsoft's documented examples. Results are text; where the
 * documentation prints a rounded result, the real and imaginary parts are compared to its digits instead.
 */
class ComplexExamplesTest {
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            COMPLEX(3,4)                          | "3+4i"
            COMPLEX(3,4,"j")                      | "3+4j"
            COMPLEX(0,1)                          | "i"
            COMPLEX(1,0)                          | "1"
            COMPLEX(3,4,"k")                      | #VALUE!
            IMREAL("6-9i")                        | 6
            IMAGINARY("3+4i")                     | 4
            IMAGINARY("0-j")                      | -1
            IMAGINARY(4)                          | 0
            IMABS("5+12i")                        | 13
            IMARGUMENT("3+4i")                    | 0.92729522
            IMCONJUGATE("3+4i")                   | "3-4i"
            IMSUM("3+4i","5-3i")                  | "8+i"
            IMSUB("13+4i","5+3i")                 | "8+i"
            IMPRODUCT("3+4i","5-3i")              | "27+11i"
            IMPRODUCT("1+2i",30)                  | "30+60i"
            IMDIV("-238+240i","10+24i")           | "5+12i"
            IMREAL(IMPOWER("2+3i",3))             | -46
            IMAGINARY(IMPOWER("2+3i",3))          | 9
            IMREAL(IMSQRT("1+i"))                 | 1.0986841
            IMAGINARY(IMSQRT("1+i"))              | 0.4550899
            IMREAL(IMEXP("1+i"))                  | 1.4686939
            IMAGINARY(IMEXP("1+i"))               | 2.2873553
            IMREAL(IMLN("3+4i"))                  | 1.6094379
            IMAGINARY(IMLN("3+4i"))               | 0.92729522
            IMREAL(IMLOG10("3+4i"))               | 0.69897
            IMAGINARY(IMLOG10("3+4i"))            | 0.402719
            IMREAL(IMLOG2("3+4i"))                | 2.321928
            IMAGINARY(IMLOG2("3+4i"))             | 1.337804
            IMREAL(IMSIN("4+3i"))                 | -7.61923172
            IMAGINARY(IMSIN("4+3i"))              | -6.54812004
            IMREAL(IMCOS("1+i"))                  | 0.833730025
            IMAGINARY(IMCOS("1+i"))               | -0.988897706
            IMREAL(IMTAN("4+3i"))                 | 0.004908258
            IMAGINARY(IMTAN("4+3i"))              | 1.00070953606723
            IMREAL(IMSINH("4+3i"))                | -27.0168132580039
            IMAGINARY(IMSINH("4+3i"))             | 3.85373803791938
            IMREAL(IMCOSH("4+3i"))                | -27.0349456030742
            IMAGINARY(IMCOSH("4+3i"))             | 3.85115333481178
            IMREAL(IMCOT("4+3i"))                 | 0.004901182394304
            IMAGINARY(IMCOT("4+3i"))              | -0.999266927805902
            IMREAL(IMCSC("4+3i"))                 | -0.0754898329158637
            IMAGINARY(IMCSC("4+3i"))              | 0.0648774713706355
            IMREAL(IMSEC("4+3i"))                 | -0.06529402785795
            IMAGINARY(IMSEC("4+3i"))              | -0.0752249603027732
            IMLN(0)                               | #NUM!
            IMABS("x+i")                          | #NUM!
            """)
    void documentedExamples(String formula, String documented) {
        Documented.check(new Grid(), formula, documented);
    }
}
