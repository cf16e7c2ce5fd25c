package org.aibyhand.engine.function;

import static org.aibyhand.engine.function.NumberCalls.numbers;
import static org.aibyhand.engine.function.NumberCalls.or;
import static org.aibyhand.engine.function.NumberCalls.require;

import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;

/** Depreciation (SLN, SYD, DDB, DB) and fractional dollar prices (DOLLARDE, DOLLARFR). */
final class DepreciationFunctions {
    private DepreciationFunctions() {
    }

    static void register(FunctionRegistry registry) {
        numbers(registry, "SLN", 3, 3, x -> {
            if (x[2] == 0) {
                throw new ErrorSignal(ErrorValue.DIV0);
            }
            return (x[0] - x[1]) / x[2];
        });
        numbers(registry, "SYD", 4, 4, x -> {
            require(x[2] > 0 && x[3] > 0 && x[3] <= x[2] && x[1] >= 0);
            return (x[0] - x[1]) * (x[2] - x[3] + 1) * 2 / (x[2] * (x[2] + 1));
        });
        numbers(registry, "DDB", 4, 5, x -> ddb(x[0], x[1], x[2], x[3], or(x[4], 2)));
        numbers(registry, "DB", 4, 5, x -> db(x[0], x[1], x[2], x[3], or(x[4], 12)));
        numbers(registry, "DOLLARDE", 2, 2, x -> dollar(x[0], x[1], true));
        numbers(registry, "DOLLARFR", 2, 2, x -> dollar(x[0], x[1], false));
    }

    /** Double-declining balance: each period takes factor/life of what is left, never below the salvage. */
    private static double ddb(double cost, double salvage, double life, double period, double factor) {
        require(cost >= 0 && salvage >= 0 && life > 0 && period > 0 && period <= life && factor > 0);
        double total = 0;
        double depreciation = 0;
        for (int p = 1; p <= Math.ceil(period); p++) {
            depreciation = Math.min((cost - total) * factor / life, Math.max(cost - salvage - total, 0));
            total += depreciation;
        }
        return depreciation;
    }

    /** Fixed-declining balance at a rate rounded to three decimals, the first and last years pro rata by month. */
    private static double db(double cost, double salvage, double life, double period, double months) {
        require(cost >= 0 && salvage >= 0 && life > 0 && period > 0 && months >= 1 && months <= 12
                && period <= life + (months < 12 ? 1 : 0));
        double rate = cost == 0 ? 0 : Math.round((1 - Math.pow(salvage / cost, 1 / life)) * 1000) / 1000.0;
        double total = cost * rate * months / 12;
        double depreciation = total;
        for (int p = 2; p <= Math.floor(period); p++) {
            depreciation = p == Math.floor(life) + 1 ? (cost - total) * rate * (12 - months) / 12 : (cost - total) * rate;
            total += depreciation;
        }
        return depreciation;
    }

    /** DOLLARDE reads 1.02 with fraction 16 as 1 + 2/16; DOLLARFR writes it back. */
    private static double dollar(double price, double fraction, boolean toDecimal) {
        double f = Math.floor(fraction);
        require(f >= 0);
        if (f == 0) {
            throw new ErrorSignal(ErrorValue.DIV0);
        }
        double whole = NumberCalls.whole(price);
        double digits = Math.pow(10, Math.ceil(Math.log10(f)));
        double part = price - whole;
        return whole + (toDecimal ? part * digits / f : part * f / digits);
    }
}
