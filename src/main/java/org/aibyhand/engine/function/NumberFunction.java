package org.aibyhand.engine.function;

import java.util.function.DoubleUnaryOperator;

/**
 * The one-number functions that the evaluator, and a compiled full recalculation, compute on plain doubles.
 * Being one class with one method, a call through {@link DoubleUnaryOperator} stays monomorphic wherever it is
 * made, so the JIT inlines it however many of these a workbook uses; each case throws
 * {@link org.aibyhand.engine.value.ErrorSignal} (#NUM!) outside its domain, as Excel refuses it.
 */
enum NumberFunction implements DoubleUnaryOperator {
    ABS, EXP, SIGN, SQRT, LN, LOG10, SIN, COS, TAN, ASIN, ACOS, ATAN, SINH, COSH, TANH,
    ASINH, ACOSH, ATANH, ACOT, ACOTH, COT, CSC, SEC, COTH, CSCH, SECH, RADIANS, DEGREES, SQRTPI;

    /** Excel refuses SIN, COS and TAN of arguments this large (2^27) with #NUM!. */
    private static final double PERIODIC_LIMIT = 134_217_728;

    @Override
    public double applyAsDouble(double x) {
        switch (this) {
            case ABS: return Math.abs(x);
            case EXP: return Math.exp(x);
            case SIGN: return Math.signum(x);
            case SQRT: return x >= 0 ? Math.sqrt(x) : MathFunctions.numError();
            case LN: return x > 0 ? Math.log(x) : MathFunctions.numError();
            case LOG10: return x > 0 ? Math.log10(x) : MathFunctions.numError();
            case SIN: return Math.sin(periodic(x));
            case COS: return Math.cos(periodic(x));
            case TAN: return Math.tan(periodic(x));
            case ASIN: return Math.asin(unitInterval(x));
            case ACOS: return Math.acos(unitInterval(x));
            case ATAN: return Math.atan(x);
            case SINH: return Math.sinh(x);
            case COSH: return Math.cosh(x);
            case TANH: return Math.tanh(x);
            default: return TrigReciprocals.apply(this, x);
        }
    }

    static double periodic(double x) {
        return Math.abs(x) >= PERIODIC_LIMIT ? MathFunctions.numError() : x;
    }

    private static double unitInterval(double x) {
        return x < -1 || x > 1 ? MathFunctions.numError() : x;
    }
}
