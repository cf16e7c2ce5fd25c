package org.aibyhand.engine.function;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;

/**
 * Excel's 1900 date system: serial 1 is 1900-01-01 and, as in Lotus 1-2-3, 1900 is taken for a leap year, so
 * serial 60 is the day 1900-02-29 that never was and every later serial is one more than the days since
 * 1899-12-31. Serial 0 is "1900-01-00". The last date is 9999-12-31 (serial 2,958,465).
 */
final class ExcelDates {
    static final int LAST_SERIAL = 2_958_465;
    private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30); // serial 0 for dates after the phantom day
    private static final int PHANTOM = 60;

    private ExcelDates() {
    }

    /** A calendar date as Excel sees it; day 0 and 1900-02-29 exist only at serials 0 and 60. */
    record Date(int year, int month, int day) {
    }

    /** The serial of year/month/day, month and day overflowing into later months and years as DATE does. */
    static double serial(long year, long month, long day) {
        long months = year * 12 + month - 1;
        long y = Math.floorDiv(months, 12);
        int m = (int) Math.floorMod(months, 12) + 1;
        if (y < 1900 || y > 9999) {
            throw new ErrorSignal(ErrorValue.NUM);
        }
        double first = serialOf(LocalDate.of((int) y, m, 1));
        double serial = first + day - 1;
        if (serial < 0 || serial > LAST_SERIAL) {
            throw new ErrorSignal(ErrorValue.NUM);
        }
        return serial;
    }

    /** The serial of a real calendar date (never the phantom day). */
    static double serialOf(LocalDate date) {
        long days = ChronoUnit.DAYS.between(EPOCH, date);
        return days <= PHANTOM ? days - 1 : days;
    }

    /** The date of a serial (its whole days; the fraction is the time); negative or too large is #NUM!. */
    static Date date(double serial) {
        if (serial < 0 || serial >= LAST_SERIAL + 1) {
            throw new ErrorSignal(ErrorValue.NUM);
        }
        long whole = (long) Math.floor(serial);
        if (whole == 0) {
            return new Date(1900, 1, 0);
        }
        if (whole == PHANTOM) {
            return new Date(1900, 2, 29);
        }
        LocalDate date = localDate(whole);
        return new Date(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** The real calendar date of a whole serial: the phantom day and day 0 become the day after and before. */
    static LocalDate localDate(long serial) {
        return EPOCH.plusDays(serial < PHANTOM ? serial + 1 : serial);
    }

    /** Whole days of a serial argument, checked to be a date (#NUM! outside 0 to 9999-12-31). */
    static long day(double serial) {
        if (serial < 0 || serial >= LAST_SERIAL + 1) {
            throw new ErrorSignal(ErrorValue.NUM);
        }
        return (long) Math.floor(serial);
    }

    static boolean leap(int year) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }
}
