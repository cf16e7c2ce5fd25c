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
 * ABS, SIGN, SQRT, POWER, EXP, LN, LOG, LOG10, MOD and PI. Expected values are the examples of Microsoft's
 * function pages or exact mathematics (irrational ones to 20 digits from an arbitrary-precision library).
 */
class MathFunctionsTest {
    /** A1:A3 = -1, "2", TRUE; A4 blank; A5 = "x"; the formula sits in B2. */
    private static Grid grid() {
        return new Grid().column("A1", -1, "2", true, null, "x").host("B2");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ABS(2)                 | 2
            ABS(-2)                | 2
            ABS(-4.5)              | 4.5
            ABS("-4")              | 4
            ABS(TRUE)              | 1
            ABS(A4)                | 0
            ABS(A1)                | 1
            ABS(A2)                | 2
            ABS("x")               | #VALUE!
            ABS(#N/A)              | #N/A
            SIGN(10)               | 1
            SIGN(4-4)              | 0
            SIGN(-0.00001)         | -1
            SIGN(A3)               | 1
            SIGN(A5)               | #VALUE!
            SQRT(16)               | 4
            SQRT(-16)              | #NUM!
            SQRT(ABS(-16))         | 4
            SQRT(0)                | 0
            SQRT(2)                | ~1.4142135623730950488
            PI()                   | 3.141592653589793
            """)
    void simple(String formula, String expected) {
        Expect.formula(grid(), formula, expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            POWER(5, 2)            | 25
            POWER(98.6, 3.2)       | ~2401077.222069575877
            POWER(4, 5/4)          | ~5.6568542494923801952
            POWER(-2, 3)           | -8
            POWER(2, -1)           | 0.5
            POWER(-8, 1/3)         | #NUM!
            POWER(0, 0)            | #NUM!
            POWER(0, -1)           | #DIV/0!
            POWER(0, 2)            | 0
            POWER(10, 400)         | #NUM!
            POWER("2", TRUE)       | 2
            POWER(2, "x")          | #VALUE!
            EXP(1)                 | ~2.7182818284590452354
            EXP(2)                 | ~7.3890560989306502272
            EXP(0)                 | 1
            EXP(LN(3))             | ~3
            EXP(1000)              | #NUM!
            EXP(-1000)             | 0
            LN(86)                 | ~4.4543472962535077329
            LN(EXP(3))             | ~3
            LN(1)                  | 0
            LN(0)                  | #NUM!
            LN(-1)                 | #NUM!
            LOG(10)                | 1
            LOG(1000)              | 3
            LOG(8, 2)              | ~3
            LOG(86, 2.7182818)     | ~4.4543473428882870489
            LOG(10, 1)             | #DIV/0!
            LOG(0)                 | #NUM!
            LOG(10, 0)             | #NUM!
            LOG(10, -2)            | #NUM!
            LOG10(86)              | ~1.9344984512435677216
            LOG10(10)              | 1
            LOG10(1E5)             | 5
            LOG10(0.001)           | -3
            LOG10(0)               | #NUM!
            LOG10(-5)              | #NUM!
            """)
    void powersAndLogarithms(String formula, String expected) {
        Expect.formula(grid(), formula, expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            MOD(3, 2)              | 1
            MOD(-3, 2)             | 1
            MOD(3, -2)             | -1
            MOD(-3, -2)            | -1
            MOD(3, 0)              | #DIV/0!
            MOD(4.5, 2)            | 0.5
            MOD(7, 0.75)           | 0.25
            MOD(-8, 3)             | 1
            MOD(0, 5)              | 0
            MOD("7", TRUE)         | 0
            MOD(A4, 3)             | 0
            MOD(3, A4)             | #DIV/0!
            MOD({5,6,7}, 3)        | {2,0,1}
            """)
    void mod(String formula, String expected) {
        Expect.formula(grid(), formula, expected);
    }

    /** Scalar functions map over arrays; a range intersects the formula's row in a plain formula. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            EXP({0,1})             | ~{1,2.7182818284590452354}
            ABS({-1,2;-3,4})       | {1,2;3,4}
            ABS(A1:A3)             | 2
            ABS(A1:A5)             | 2
            ABS(C1:C3)             | 0
            ABS(D5:E5)             | #VALUE!
            POWER({2,3}, {2;3})    | {4,9;8,27}
            POWER({2,3,4}, {1,2})  | {2,9,#N/A}
            """)
    void plainFormulasMapArraysAndIntersectRanges(String formula, String expected) {
        Expect.formula(grid(), formula, expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ABS(A1:A3)             | {1;2;1}
            ABS(A1:A5)             | {1;2;1;0;#VALUE!}
            SQRT(A1:A2)            | ~{#NUM!;1.4142135623730950488}
            POWER(A2:A3, {1,2})    | {2,4;1,1}
            """)
    void arrayFormulasMapRanges(String formula, String expected) {
        Expect.formula(grid().arrayMode(true), formula, expected);
    }

    static Stream<Arguments> oracles() {
        return Stream.of(
                Arguments.of("EXP", (DoubleUnaryOperator) StrictMath::exp, -50.0, 50.0),
                Arguments.of("LN", (DoubleUnaryOperator) StrictMath::log, 1e-6, 1e6),
                Arguments.of("LOG10", (DoubleUnaryOperator) StrictMath::log10, 1e-6, 1e6),
                Arguments.of("SQRT", (DoubleUnaryOperator) StrictMath::sqrt, 0.0, 1e6),
                Arguments.of("ABS", (DoubleUnaryOperator) StrictMath::abs, -1e6, 1e6));
    }

    /** Seeded random arguments against java.lang.StrictMath (fdlibm), next to the exact values above. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("oracles")
    void agreesWithStrictMath(String name, DoubleUnaryOperator oracle, double low, double high) {
        Random random = new Random(20240611L);
        Grid grid = grid();
        for (int i = 0; i < 200; i++) {
            double x = low + (high - low) * random.nextDouble();
            Value result = grid.put("Z1", x).evaluate(name + "(Z1)");
            double expected = oracle.applyAsDouble(x);
            assertTrue(result instanceof NumberValue, name + "(" + x + ") = " + result);
            assertEquals(expected, ((NumberValue) result).value(), Math.abs(expected) * 1e-15, name + "(" + x + ")");
        }
    }
}
