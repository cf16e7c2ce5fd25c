package org.aibyhand.engine.function;

import static org.aibyhand.engine.function.NumberCalls.numbers;
import static org.aibyhand.engine.function.NumberCalls.or;
import static org.aibyhand.engine.function.NumberCalls.require;

/**
 * The time value of money: FV, PV, PMT, NPER, RATE, IPMT, PPMT, CUMIPMT, CUMPRINC, ISPMT, PDURATION, RRI,
 * EFFECT and NOMINAL. Money paid out is negative; {@code type} 1 means payments at the start of each period.
 */
final class AnnuityFunctions {
    private AnnuityFunctions() {
    }

    static void register(FunctionRegistry registry) {
        numbers(registry, "FV", 3, 5, x -> fv(x[0], x[1], x[2], or(x[3], 0), type(x[4])));
        numbers(registry, "PV", 3, 5, x -> pv(x[0], x[1], x[2], or(x[3], 0), type(x[4])));
        numbers(registry, "PMT", 3, 5, x -> pmt(x[0], x[1], x[2], or(x[3], 0), type(x[4])));
        numbers(registry, "NPER", 3, 5, x -> nper(x[0], x[1], x[2], or(x[3], 0), type(x[4])));
        numbers(registry, "RATE", 3, 6, x -> rate(x[0], x[1], x[2], or(x[3], 0), type(x[4]), or(x[5], 0.1)));
        numbers(registry, "IPMT", 4, 6, x -> ipmt(x[0], x[1], x[2], x[3], or(x[4], 0), type(x[5])));
        numbers(registry, "PPMT", 4, 6, x -> {
            double type = type(x[5]);
            return pmt(x[0], x[2], x[3], or(x[4], 0), type) - ipmt(x[0], x[1], x[2], x[3], or(x[4], 0), type);
        });
        numbers(registry, "CUMIPMT", 6, 6, x -> cumulative(x, true));
        numbers(registry, "CUMPRINC", 6, 6, x -> cumulative(x, false));
        numbers(registry, "ISPMT", 4, 4, x -> {
            require(x[2] != 0);
            return x[3] * x[0] * (x[1] / x[2] - 1);
        });
        numbers(registry, "PDURATION", 3, 3, x -> {
            require(x[0] > 0 && x[1] > 0 && x[2] > 0);
            return (Math.log(x[2]) - Math.log(x[1])) / Math.log1p(x[0]);
        });
        numbers(registry, "RRI", 3, 3, x -> {
            require(x[0] > 0);
            return Math.pow(x[2] / x[1], 1 / x[0]) - 1;
        });
        numbers(registry, "EFFECT", 2, 2, x -> {
            double periods = Math.floor(x[1]);
            require(x[0] > 0 && periods >= 1);
            return Math.pow(1 + x[0] / periods, periods) - 1;
        });
        numbers(registry, "NOMINAL", 2, 2, x -> {
            double periods = Math.floor(x[1]);
            require(x[0] > 0 && periods >= 1);
            return periods * (Math.pow(1 + x[0], 1 / periods) - 1);
        });
    }

    /** Any non-zero type means payments at the start of periods. */
    private static double type(double value) {
        return Double.isNaN(value) || value == 0 ? 0 : 1;
    }

    static double fv(double rate, double periods, double payment, double present, double type) {
        if (rate == 0) {
            return -(present + payment * periods);
        }
        double growth = Math.pow(1 + rate, periods);
        return -(present * growth + payment * (1 + rate * type) * (growth - 1) / rate);
    }

    static double pv(double rate, double periods, double payment, double future, double type) {
        if (rate == 0) {
            return -(future + payment * periods);
        }
        double growth = Math.pow(1 + rate, periods);
        return -(future + payment * (1 + rate * type) * (growth - 1) / rate) / growth;
    }

    static double pmt(double rate, double periods, double present, double future, double type) {
        require(periods != 0);
        if (rate == 0) {
            return -(present + future) / periods;
        }
        double growth = Math.pow(1 + rate, periods);
        return -(future + present * growth) * rate / ((1 + rate * type) * (growth - 1));
    }

    private static double nper(double rate, double payment, double present, double future, double type) {
        if (rate == 0) {
            require(payment != 0);
            return -(present + future) / payment;
        }
        double due = payment * (1 + rate * type);
        return Math.log((due - future * rate) / (due + present * rate)) / Math.log1p(rate);
    }

    static double ipmt(double rate, double period, double periods, double present, double future, double type) {
        require(period >= 1 && period <= periods);
        if (type == 1 && period == 1) {
            return 0;
        }
        double payment = pmt(rate, periods, present, future, type);
        double interest = fv(rate, period - 1, payment, present, type) * rate;
        return type == 1 ? interest / (1 + rate) : interest;
    }

    private static double cumulative(double[] x, boolean interest) {
        double rate = x[0];
        double periods = x[1];
        double present = x[2];
        double start = Math.ceil(x[3]);
        double end = Math.floor(x[4]);
        double type = x[5];
        require(rate > 0 && periods > 0 && present > 0 && start >= 1 && end >= start && end <= periods
                && (type == 0 || type == 1));
        double total = 0;
        for (double period = start; period <= end; period++) {
            double paid = ipmt(rate, period, periods, present, 0, type);
            total += interest ? paid : pmt(rate, periods, present, 0, type) - paid;
        }
        return total;
    }

    /** RATE: the root of the annuity equation from the guess; #NUM! when it does not settle. */
    private static double rate(double periods, double payment, double present, double future, double type, double guess) {
        return CashFlowFunctions.root(r -> balance(r, periods, payment, present, future, type), guess);
    }

    private static double balance(double rate, double periods, double payment, double present, double future, double type) {
        if (rate == 0) {
            return present + payment * periods + future;
        }
        double growth = Math.pow(1 + rate, periods);
        return present * growth + payment * (1 + rate * type) * (growth - 1) / rate + future;
    }
}
