package org.aibyhand.engine.function;

import java.time.LocalDate;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;

/**
 * Day-count conventions of DAYS360, YEARFRAC and the securities functions: basis 0 US (NASD) 30/360,
 * 1 actual/actual, 2 actual/360, 3 actual/365, 4 European 30/360.
 */
final class DayCounts {
    private DayCounts() {
    }

    /** The basis argument, truncated; outside 0 to 4 is #NUM!. */
    static int basis(double value) {
        if (value < 0 || value >= 5) {
            throw new ErrorSignal(ErrorValue.NUM);
        }
        return (int) value;
    }

    /** Days between two whole serials counting 30-day months, US rules (with Excel's February rule) or European. */
    static double days360(long start, long end, boolean european, boolean februaryRule) {
        LocalDate from = ExcelDates.localDate(start);
        LocalDate to = ExcelDates.localDate(end);
        int d1 = from.getDayOfMonth();
        int d2 = to.getDayOfMonth();
        if (european) {
            d1 = Math.min(d1, 30);
            d2 = Math.min(d2, 30);
        } else {
            boolean fromLastOfFebruary = lastOfFebruary(from);
            if (februaryRule && fromLastOfFebruary && lastOfFebruary(to)) {
                d2 = 30;
            }
            if (d1 == 31 || fromLastOfFebruary) {
                d1 = 30;
            }
            if (d2 == 31 && d1 >= 30) {
                d2 = 30;
            }
        }
        return (to.getYear() - from.getYear()) * 360.0 + (to.getMonthValue() - from.getMonthValue()) * 30.0 + d2 - d1;
    }

    private static boolean lastOfFebruary(LocalDate date) {
        return date.getMonthValue() == 2 && date.getDayOfMonth() == date.lengthOfMonth();
    }

    /** YEARFRAC: the fraction of a year between two whole serials, in either order. */
    static double yearFraction(long start, long end, int basis) {
        if (start > end) {
            long swap = start;
            start = end;
            end = swap;
        }
        switch (basis) {
            case 0: return days360(start, end, false, true) / 360;
            case 1: return (end - start) / actualYear(ExcelDates.localDate(start), ExcelDates.localDate(end));
            case 2: return (end - start) / 360.0;
            case 3: return (end - start) / 365.0;
            default: return days360(start, end, true, false) / 360;
        }
    }

    /** Actual/actual's year length: 365 or 366 within a year, else the average length of the years spanned. */
    private static double actualYear(LocalDate from, LocalDate to) {
        int y1 = from.getYear();
        int y2 = to.getYear();
        boolean withinAYear = y1 == y2 || (y2 == y1 + 1 && (to.getMonthValue() < from.getMonthValue()
                || (to.getMonthValue() == from.getMonthValue() && to.getDayOfMonth() <= from.getDayOfMonth())));
        if (withinAYear) {
            if (y1 == y2) {
                return ExcelDates.leap(y1) ? 366 : 365;
            }
            boolean spansLeapDay = (ExcelDates.leap(y1) && from.getMonthValue() <= 2)
                    || (ExcelDates.leap(y2) && (to.getMonthValue() > 2 || (to.getMonthValue() == 2 && to.getDayOfMonth() == 29)));
            return spansLeapDay ? 366 : 365;
        }
        double days = 0;
        for (int year = y1; year <= y2; year++) {
            days += ExcelDates.leap(year) ? 366 : 365;
        }
        return days / (y2 - y1 + 1);
    }
}
