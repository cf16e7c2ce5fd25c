package org.aibyhand.engine.function;

import java.util.Arrays;
import org.aibyhand.engine.value.Coerce;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.Value;
import org.aibyhand.engine.value.Values;

/**
 * Functions of a series of cash flows: NPV, IRR, MIRR, XNPV, XIRR and FVSCHEDULE. The flows are the numbers
 * of the arguments as SUM sees them (text and blanks in ranges skipped).
 */
final class CashFlowFunctions {
    private CashFlowFunctions() {
    }

    static void register(FunctionRegistry registry) {
        registry.register("NPV", 2, 255, (args, context) -> {
            double rate = number(args[0], context);
            double[] flows = NumericArguments.collect(Arrays.copyOfRange(args, 1, args.length), context);
            return Values.number(npv(rate, flows));
        });
        registry.register("IRR", 1, 2, (args, context) -> {
            double[] flows = NumericArguments.collect(new Value[] {args[0]}, context);
            requireBothSigns(flows, ErrorValue.NUM);
            return Values.number(root(r -> npv(r, flows), Arguments.number(args, 1, 0.1, context)));
        });
        registry.register("MIRR", 3, 3, (args, context) -> {
            double[] flows = NumericArguments.collect(new Value[] {args[0]}, context);
            return Values.number(mirr(flows, number(args[1], context), number(args[2], context)));
        });
        registry.register("XNPV", 3, 3, (args, context) -> {
            double rate = number(args[0], context);
            double[] flows = NumericArguments.collect(new Value[] {args[1]}, context);
            double[] dates = NumericArguments.collect(new Value[] {args[2]}, context);
            checkDated(flows, dates);
            if (rate <= 0) {
                return ErrorValue.NUM;
            }
            return Values.number(xnpv(rate, flows, dates));
        });
        registry.register("XIRR", 2, 3, (args, context) -> {
            double[] flows = NumericArguments.collect(new Value[] {args[0]}, context);
            double[] dates = NumericArguments.collect(new Value[] {args[1]}, context);
            checkDated(flows, dates);
            requireBothSigns(flows, ErrorValue.NUM);
            return Values.number(root(r -> xnpv(r, flows, dates), Arguments.number(args, 2, 0.1, context)));
        });
        registry.register("FVSCHEDULE", 2, 2, (args, context) -> {
            double value = number(args[0], context);
            for (double rate : NumericArguments.collect(new Value[] {args[1]}, context)) {
                value *= 1 + rate;
            }
            return Values.number(value);
        });
    }

    private static double number(Value argument, CallContext context) {
        return Coerce.toNumber(Arguments.scalar(argument, context));
    }

    static double npv(double rate, double[] flows) {
        double sum = 0;
        double discount = 1;
        for (double flow : flows) {
            discount *= 1 + rate;
            sum += flow / discount;
        }
        return sum;
    }

    private static double xnpv(double rate, double[] flows, double[] dates) {
        double sum = 0;
        for (int i = 0; i < flows.length; i++) {
            sum += flows[i] / Math.pow(1 + rate, (Math.floor(dates[i]) - Math.floor(dates[0])) / 365);
        }
        return sum;
    }

    private static void checkDated(double[] flows, double[] dates) {
        if (flows.length != dates.length) {
            throw new ErrorSignal(ErrorValue.NUM);
        }
        for (double date : dates) {
            if (date < dates[0] || date < 0) {
                throw new ErrorSignal(ErrorValue.NUM);
            }
        }
    }

    private static void requireBothSigns(double[] flows, ErrorValue otherwise) {
        boolean positive = false;
        boolean negative = false;
        for (double flow : flows) {
            positive |= flow > 0;
            negative |= flow < 0;
        }
        if (!positive || !negative) {
            throw new ErrorSignal(otherwise);
        }
    }

    private static double mirr(double[] flows, double financeRate, double reinvestRate) {
        requireBothSigns(flows, ErrorValue.DIV0);
        int n = flows.length;
        double positive = 0;
        double negative = 0;
        for (int i = 0; i < n; i++) {
            if (flows[i] > 0) {
                positive += flows[i] * Math.pow(1 + reinvestRate, n - 1 - i);
            } else {
                negative += flows[i] / Math.pow(1 + financeRate, i);
            }
        }
        return Math.pow(-positive / negative, 1.0 / (n - 1)) - 1;
    }

    /** Newton's method with a numeric derivative from {@code guess}; #NUM! when it does not converge. */
    static double root(java.util.function.DoubleUnaryOperator f, double guess) {
        double r = guess;
        for (int i = 0; i < 200; i++) {
            double value = f.applyAsDouble(r);
            double h = 1e-7 * Math.max(1e-3, Math.abs(r));
            double slope = (f.applyAsDouble(r + h) - f.applyAsDouble(r - h)) / (2 * h);
            double next = r - value / slope;
            if (!Double.isFinite(next)) {
                break;
            }
            if (next <= -1) {
                next = (r - 1) / 2; // a rate at or below -100% has no meaning: step halfway towards it instead
            }
            if (Math.abs(next - r) < 1e-13 * Math.max(1, Math.abs(next))) {
                return next;
            }
            r = next;
        }
        throw new ErrorSignal(ErrorValue.NUM);
    }
}
