package org.aibyhand.engine.function;

import java.util.function.UnaryOperator;
import org.aibyhand.engine.value.BooleanValue;
import org.aibyhand.engine.value.Coerce;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.Value;
import org.aibyhand.engine.value.Values;

/**
 * The complex-number functions (COMPLEX, IMREAL, IMAGINARY, IMABS, IMARGUMENT, IMCONJUGATE, IMSUM, IMSUB,
 * IMPRODUCT, IMDIV, IMPOWER, IMSQRT, IMEXP, IMLN, IMLOG10, IMLOG2 and the complex trigonometric and hyperbolic
 * functions), on {@link ComplexNumber}s written as text. Results mixing suffixes i and j are #VALUE!.
 */
final class ComplexFunctions {
    private ComplexFunctions() {
    }

    static void register(FunctionRegistry registry) {
        registry.register("COMPLEX", 2, 3, (args, context) -> Broadcast.map(args, context, values -> {
            String suffix = Arguments.omitted(values, 2) ? "i" : Coerce.toText(values[2]);
            if (!suffix.equals("i") && !suffix.equals("j")) {
                return ErrorValue.VALUE;
            }
            return Values.text(new ComplexNumber(Coerce.toNumber(values[0]), Coerce.toNumber(values[1]),
                    suffix.charAt(0)).text());
        }));
        number(registry, "IMREAL", ComplexNumber::re);
        number(registry, "IMAGINARY", ComplexNumber::im);
        number(registry, "IMABS", ComplexNumber::abs);
        number(registry, "IMARGUMENT", z -> {
            if (z.re() == 0 && z.im() == 0) {
                throw new ErrorSignal(ErrorValue.DIV0);
            }
            return Math.atan2(z.im(), z.re());
        });
        complex(registry, "IMCONJUGATE", z -> z.with(z.re(), -z.im()));
        complex(registry, "IMSQRT", z -> z.power(0.5));
        complex(registry, "IMEXP", ComplexNumber::exp);
        complex(registry, "IMLN", ComplexNumber::ln);
        complex(registry, "IMLOG10", z -> scaled(z.ln(), 1 / Math.log(10)));
        complex(registry, "IMLOG2", z -> scaled(z.ln(), 1 / Math.log(2)));
        complex(registry, "IMSIN", ComplexNumber::sin);
        complex(registry, "IMCOS", ComplexNumber::cos);
        complex(registry, "IMTAN", z -> z.sin().dividedBy(z.cos()));
        complex(registry, "IMCOT", z -> z.cos().dividedBy(z.sin()));
        complex(registry, "IMCSC", z -> z.sin().reciprocal());
        complex(registry, "IMSEC", z -> z.cos().reciprocal());
        complex(registry, "IMSINH", ComplexNumber::sinh);
        complex(registry, "IMCOSH", ComplexNumber::cosh);
        complex(registry, "IMCSCH", z -> z.sinh().reciprocal());
        complex(registry, "IMSECH", z -> z.cosh().reciprocal());
        registry.register("IMPOWER", 2, 2, (args, context) -> Lift.map(args[0], args[1], context,
                (z, n) -> Values.text(read(z).power(Coerce.toNumber(n)).text())));
        registry.register("IMDIV", 2, 2, (args, context) -> Lift.map(args[0], args[1], context,
                (a, b) -> Values.text(sameSuffix(read(a), read(b)).dividedBy(read(b)).text())));
        registry.register("IMSUB", 2, 2, (args, context) -> Lift.map(args[0], args[1], context, (a, b) -> {
            ComplexNumber x = sameSuffix(read(a), read(b));
            ComplexNumber y = read(b);
            return Values.text(x.with(x.re() - y.re(), x.im() - y.im()).text());
        }));
        registry.register("IMSUM", 1, 255, (args, context) -> fold(args, context, false));
        registry.register("IMPRODUCT", 1, 255, (args, context) -> fold(args, context, true));
    }

    private interface ComplexToNumber {
        double of(ComplexNumber z);
    }

    private static void number(FunctionRegistry registry, String name, ComplexToNumber op) {
        registry.register(name, 1, 1, (args, context) -> Lift.map(args[0], context,
                z -> Values.number(op.of(read(z)))));
    }

    private static void complex(FunctionRegistry registry, String name, UnaryOperator<ComplexNumber> op) {
        registry.register(name, 1, 1, (args, context) -> Lift.map(args[0], context,
                z -> Values.text(op.apply(read(z)).text())));
    }

    /** A complex argument: text as written, a number as its real part; logicals are #VALUE!. */
    static ComplexNumber read(Value value) {
        if (value instanceof BooleanValue) {
            throw new ErrorSignal(ErrorValue.VALUE);
        }
        return ComplexNumber.parse(Coerce.toText(value));
    }

    private static ComplexNumber scaled(ComplexNumber z, double factor) {
        return z.with(z.re() * factor, z.im() * factor);
    }

    private static ComplexNumber sameSuffix(ComplexNumber a, ComplexNumber b) {
        if (a.im() != 0 && b.im() != 0 && a.suffix() != b.suffix()) {
            throw new ErrorSignal(ErrorValue.VALUE);
        }
        return b.im() != 0 && a.im() == 0 ? a.withSuffix(b.suffix()) : a;
    }

    /** IMSUM or IMPRODUCT of every argument, ranges read cell by cell. */
    private static Value fold(Value[] args, CallContext context, boolean product) {
        ComplexNumber total = null;
        for (Value argument : args) {
            var array = Arguments.asArray(argument, context);
            for (int i = 0; i < array.size(); i++) {
                Value element = array.get(i);
                if (element instanceof ErrorValue error) {
                    return error;
                }
                ComplexNumber z = read(element);
                if (total == null) {
                    total = z;
                    continue;
                }
                total = sameSuffix(total, z);
                total = product ? total.times(z) : total.with(total.re() + z.re(), total.im() + z.im());
            }
        }
        return Values.text(total == null ? "0" : total.text());
    }
}
