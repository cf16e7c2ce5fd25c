package org.aibyhand.engine.function;

import static org.aibyhand.engine.function.NumberCalls.numbers;
import static org.aibyhand.engine.function.NumberCalls.or;
import static org.aibyhand.engine.function.NumberCalls.require;

import java.time.LocalDate;

/**
 * Interest and discount securities: ACCRINT, ACCRINTM, DISC, INTRATE, TBILLPRICE, TBILLYIELD and TBILLEQ.
 * Dates are serials, truncated to whole days; the day-count basis is that of {@link DayCounts}.
 */
final class SecurityFunctions {
    private SecurityFunctions() {
    }

    static void register(FunctionRegistry registry) {
        numbers(registry, "ACCRINT", 6, 8, x -> {
            long issue = ExcelDates.day(x[0]);
            long firstInterest = ExcelDates.day(x[1]);
            long settlement = ExcelDates.day(x[2]);
            double frequency = Math.floor(x[5]);
            int basis = DayCounts.basis(or(x[6], 0));
            require(x[3] > 0 && x[4] > 0 && (frequency == 1 || frequency == 2 || frequency == 4));
            boolean fromIssue = Double.isNaN(x[7]) || x[7] != 0;
            long start = !fromIssue && settlement > firstInterest ? firstInterest : issue;
            return x[4] * x[3] * accrued(start, settlement, firstInterest, frequency, basis);
        });
        numbers(registry, "ACCRINTM", 4, 5, x -> {
            long issue = ExcelDates.day(x[0]);
            long settlement = ExcelDates.day(x[1]);
            require(x[2] > 0 && x[3] > 0 && issue < settlement);
            return x[3] * x[2] * DayCounts.yearFraction(issue, settlement, DayCounts.basis(or(x[4], 0)));
        });
        numbers(registry, "DISC", 4, 5, x -> {
            double fraction = term(x[0], x[1], or(x[4], 0));
            require(x[2] > 0 && x[3] > 0);
            return (x[3] - x[2]) / x[3] / fraction;
        });
        numbers(registry, "INTRATE", 4, 5, x -> {
            double fraction = term(x[0], x[1], or(x[4], 0));
            require(x[2] > 0 && x[3] > 0);
            return (x[3] - x[2]) / x[2] / fraction;
        });
        numbers(registry, "TBILLPRICE", 3, 3, x -> {
            double days = billDays(x[0], x[1]);
            require(x[2] > 0);
            double price = 100 * (1 - x[2] * days / 360);
            require(price > 0);
            return price;
        });
        numbers(registry, "TBILLYIELD", 3, 3, x -> {
            double days = billDays(x[0], x[1]);
            require(x[2] > 0);
            return (100 - x[2]) / x[2] * 360 / days;
        });
        numbers(registry, "TBILLEQ", 3, 3, x -> {
            double days = billDays(x[0], x[1]);
            require(x[2] > 0);
            if (days <= 182) {
                return 365 * x[2] / (360 - x[2] * days);
            }
            // beyond half a year the bond-equivalent yield solves a quadratic (a semi-annual coupon's reinvestment)
            double price = 100 * (1 - x[2] * days / 360);
            require(price > 0);
            double a = days / 730 - 0.25;
            double b = days / 365;
            double c = (price - 100) / price;
            return (-b + Math.sqrt(b * b - 4 * a * c)) / (2 * a);
        });
    }

    /** Settlement before maturity, as a fraction of a year on the basis. */
    private static double term(double settlement, double maturity, double basis) {
        long from = ExcelDates.day(settlement);
        long to = ExcelDates.day(maturity);
        require(from < to);
        return DayCounts.yearFraction(from, to, DayCounts.basis(basis));
    }

    /** Days from settlement to maturity of a Treasury bill: positive and at most a year. */
    private static double billDays(double settlement, double maturity) {
        long from = ExcelDates.day(settlement);
        long to = ExcelDates.day(maturity);
        require(from < to && ExcelDates.localDate(to).isBefore(ExcelDates.localDate(from).plusYears(1).plusDays(1)));
        return to - from;
    }

    /**
     * Years of interest from start to settlement (negative when settlement comes first): by the 30/360 or
     * fixed-year count, and for actual/actual as the sum over the coupon periods (counted back from the first
     * interest date) of the days accrued in each over its length.
     */
    private static double accrued(long start, long settlement, long firstInterest, double frequency, int basis) {
        switch (basis) {
            case 0: return signedDays360(start, settlement, false) / 360;
            case 2: return (settlement - start) / 360.0;
            case 3: return (settlement - start) / 365.0;
            case 4: return signedDays360(start, settlement, true) / 360;
            default: return actualPeriods(start, settlement, firstInterest, frequency);
        }
    }

    private static double signedDays360(long from, long to, boolean european) {
        return from <= to ? DayCounts.days360(from, to, european, false) : -DayCounts.days360(to, from, european, false);
    }

    private static double actualPeriods(long start, long settlement, long firstInterest, double frequency) {
        if (settlement < start) {
            return -actualPeriods(settlement, start, firstInterest, frequency);
        }
        int months = (int) (12 / frequency);
        LocalDate anchor = ExcelDates.localDate(firstInterest);
        int k = 0;
        while (ExcelDates.serialOf(anchor.plusMonths((long) months * k)) > start) {
            k--;
        }
        double years = 0;
        while (true) {
            double periodStart = ExcelDates.serialOf(anchor.plusMonths((long) months * k));
            double periodEnd = ExcelDates.serialOf(anchor.plusMonths((long) months * (k + 1)));
            if (periodStart >= settlement) {
                break;
            }
            double from = Math.max(periodStart, start);
            double to = Math.min(periodEnd, settlement);
            years += (to - from) / (periodEnd - periodStart) / frequency;
            k++;
        }
        return years;
    }
}
