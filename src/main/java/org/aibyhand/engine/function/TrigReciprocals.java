package org.aibyhand.engine.function;

import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;

/**
 * The one-number functions added after Excel 2010 (the reciprocal trigonometric and hyperbolic functions, the
 * inverse hyperbolic ones, RADIANS, DEGREES, SQRTPI), kept apart from {@link NumberFunction}'s own switch.
 * A reciprocal of zero is #DIV/0!, as in Excel.
 */
final class TrigReciprocals {
    private TrigReciprocals() {
    }

    static double apply(NumberFunction function, double x) {
        switch (function) {
            case ASINH: return Math.copySign(Math.log1p(Math.abs(x) + x * x / (1 + Math.sqrt(1 + x * x))), x);
            case ACOSH: return x >= 1 ? Math.log(x + Math.sqrt(x * x - 1)) : MathFunctions.numError();
            case ATANH: return Math.abs(x) < 1 ? 0.5 * Math.log1p(2 * x / (1 - x)) : MathFunctions.numError();
            case ACOT: return Math.PI / 2 - Math.atan(x);
            case ACOTH: return Math.abs(x) > 1 ? 0.5 * Math.log((x + 1) / (x - 1)) : MathFunctions.numError();
            case COT: return reciprocal(Math.tan(NumberFunction.periodic(x)));
            case CSC: return reciprocal(Math.sin(NumberFunction.periodic(x)));
            case SEC: return reciprocal(Math.cos(NumberFunction.periodic(x)));
            case COTH: return reciprocal(Math.tanh(x));
            case CSCH: return reciprocal(Math.sinh(x));
            case SECH: return reciprocal(Math.cosh(x));
            case RADIANS: return x * Math.PI / 180;
            case DEGREES: return x * 180 / Math.PI;
            case SQRTPI: return x >= 0 ? Math.sqrt(x * Math.PI) : MathFunctions.numError();
            default: throw new IllegalArgumentException(function.name());
        }
    }

    private static double reciprocal(double x) {
        if (x == 0) {
            throw new ErrorSignal(ErrorValue.DIV0);
        }
        return 1 / x;
    }
}
