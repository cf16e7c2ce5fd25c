package org.aibyhand.engine.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.Value;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Trigonometric and hyperbolic functions. Expected values are exact where the mathematics is (SIN(PI()/2)
 * is 1, ACOS(1) is 0) and otherwise to 20 digits from an arbitrary-precision library, for the arguments of
 * Microsoft's examples; a seeded sweep then compares with StrictMath.
 */
class TrigFunctionsTest {
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            SIN(0)                    | 0
            SIN(PI()/2)               | 1
            SIN(PI())                 | ~1.2246467991473531772E-16
            SIN(30*PI()/180)          | ~0.5
            SIN(1)                    | ~0.84147098480789650665
            SIN("1")                  | ~0.84147098480789650665
            SIN(TRUE)                 | ~0.84147098480789650665
            SIN(2^27)                 | #NUM!
            SIN(-(2^27))              | #NUM!
            COS(0)                    | 1
            COS(1.047)                | ~0.50017107459707007134
            COS(60*PI()/180)          | ~0.50000000000000009945
            COS(2^27)                 | #NUM!
            TAN(0)                    | 0
            TAN(0.785)                | ~0.99920399010504265729
            TAN(45*PI()/180)          | ~1
            TAN(2^27)                 | #NUM!
            SIN("x")                  | #VALUE!
            COS(#N/A)                 | #N/A
            """)
    void sinCosTan(String formula, String expected) {
        Expect.formula(new Grid(), formula, expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ASIN(-0.5)                | ~-0.52359877559829887308
            ASIN(1)                   | ~1.5707963267948966192
            ASIN(0)                   | 0
            ASIN(2)                   | #NUM!
            ASIN(-1.01)               | #NUM!
            ACOS(-0.5)                | ~2.0943951023931954923
            ACOS(1)                   | 0
            ACOS(-1)                  | ~3.1415926535897932385
            ACOS(-1.5)                | #NUM!
            ATAN(1)                   | ~0.78539816339744830962
            ATAN(0)                   | 0
            ATAN2(1, 1)               | ~0.78539816339744830962
            ATAN2(-1, -1)             | ~-2.3561944901923449288
            ATAN2(0, 1)               | ~1.5707963267948966192
            ATAN2(1, 0)               | 0
            ATAN2(-1, 0)              | ~3.1415926535897932385
            ATAN2(0, 0)               | #DIV/0!
            ATAN2("x", 1)             | #VALUE!
            """)
    void inverses(String formula, String expected) {
        Expect.formula(new Grid(), formula, expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            SINH(1)                   | ~1.1752011936438014569
            SINH(0)                   | 0
            COSH(4)                   | ~27.308232836016486629
            COSH(EXP(1))              | ~7.6101251386622883634
            COSH(0)                   | 1
            COSH(1000)                | #NUM!
            SINH(-1000)               | #NUM!
            TANH(-2)                  | ~-0.96402758007581688395
            TANH(0)                   | 0
            TANH(0.5)                 | ~0.4621171572600097585
            TANH(1000)                | 1
            TANH({0,1000})            | {0,1}
            """)
    void hyperbolic(String formula, String expected) {
        Expect.formula(new Grid(), formula, expected);
    }

    static Stream<Arguments> oracles() {
        return Stream.of(
                Arguments.of("SIN", (DoubleUnaryOperator) StrictMath::sin, -100.0, 100.0),
                Arguments.of("COS", (DoubleUnaryOperator) StrictMath::cos, -100.0, 100.0),
                Arguments.of("TAN", (DoubleUnaryOperator) StrictMath::tan, -1.5, 1.5),
                Arguments.of("ASIN", (DoubleUnaryOperator) StrictMath::asin, -1.0, 1.0),
                Arguments.of("ACOS", (DoubleUnaryOperator) StrictMath::acos, -1.0, 1.0),
                Arguments.of("ATAN", (DoubleUnaryOperator) StrictMath::atan, -1e3, 1e3),
                Arguments.of("SINH", (DoubleUnaryOperator) StrictMath::sinh, -20.0, 20.0),
                Arguments.of("COSH", (DoubleUnaryOperator) StrictMath::cosh, -20.0, 20.0),
                Arguments.of("TANH", (DoubleUnaryOperator) StrictMath::tanh, -20.0, 20.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oracles")
    void agreesWithStrictMath(String name, DoubleUnaryOperator oracle, double low, double high) {
        Random random = new Random(7L);
        Grid grid = new Grid();
        for (int i = 0; i < 200; i++) {
            double x = low + (high - low) * random.nextDouble();
            Value result = grid.put("Z1", x).evaluate(name + "(Z1)");
            double expected = oracle.applyAsDouble(x);
            assertTrue(result instanceof NumberValue, name + "(" + x + ") = " + result);
            assertEquals(expected, ((NumberValue) result).value(), Math.max(Math.abs(expected) * 1e-15, 1e-300),
                    name + "(" + x + ")");
        }
    }
}
