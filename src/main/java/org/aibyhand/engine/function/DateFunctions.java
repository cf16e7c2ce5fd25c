package org.aibyhand.engine.function;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.aibyhand.engine.value.Coerce;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.Value;
import org.aibyhand.engine.value.Values;

/**
 * DATE, YEAR, MONTH, DAY, TIME, HOUR, MINUTE, SECOND, DAYS, DAYS360, EDATE, EOMONTH, WEEKDAY, YEARFRAC, NOW
 * and TODAY, on Excel's 1900 serials ({@link ExcelDates}); the fraction of a serial is the time of day.
 */
final class DateFunctions {
    private static final double SECONDS_PER_DAY = 86_400;

    private DateFunctions() {
    }

    static void register(FunctionRegistry registry) {
        registry.register("DATE", 3, 3, (args, context) -> Broadcast.map(args, context, values -> Values.number(
                date(whole(values[0]), whole(values[1]), whole(values[2])))));
        part(registry, "YEAR", date -> date.year());
        part(registry, "MONTH", date -> date.month());
        part(registry, "DAY", date -> date.day());
        registry.register("TIME", 3, 3, (args, context) -> Broadcast.map(args, context, values -> Values.number(
                time(whole(values[0]), whole(values[1]), whole(values[2])))));
        clock(registry, "HOUR", 3600, 24);
        clock(registry, "MINUTE", 60, 60);
        clock(registry, "SECOND", 1, 60);
        registry.register("DAYS", 2, 2, (args, context) -> Lift.map(args[0], args[1], context, (end, start) ->
                Values.number(ExcelDates.day(Coerce.toNumber(end)) - ExcelDates.day(Coerce.toNumber(start)))));
        registry.register("DAYS360", 2, 3, (args, context) -> Broadcast.map(args, context, values -> Values.number(
                DayCounts.days360(ExcelDates.day(Coerce.toNumber(values[0])), ExcelDates.day(Coerce.toNumber(values[1])),
                        !Arguments.omitted(values, 2) && Coerce.toBoolean(values[2]), false))));
        registry.register("EDATE", 2, 2, (args, context) -> Lift.map(args[0], args[1], context,
                (start, months) -> Values.number(shifted(start, months, false))));
        registry.register("EOMONTH", 2, 2, (args, context) -> Lift.map(args[0], args[1], context,
                (start, months) -> Values.number(shifted(start, months, true))));
        registry.register("WEEKDAY", 1, 2, (args, context) -> Broadcast.map(args, context, values -> Values.number(
                weekday(Coerce.toNumber(values[0]), Arguments.omitted(values, 1) ? 1 : whole(values[1])))));
        registry.register("YEARFRAC", 2, 3, (args, context) -> Broadcast.map(args, context, values -> Values.number(
                DayCounts.yearFraction(ExcelDates.day(Coerce.toNumber(values[0])), ExcelDates.day(Coerce.toNumber(values[1])),
                        DayCounts.basis(Arguments.omitted(values, 2) ? 0 : Coerce.toNumber(values[2]))))));
        registry.register("TODAY", 0, 0, (args, context) -> Values.number(ExcelDates.serialOf(LocalDate.now())),
                FunctionTrait.VOLATILE);
        registry.register("NOW", 0, 0, (args, context) -> {
            LocalDateTime now = LocalDateTime.now();
            return Values.number(ExcelDates.serialOf(now.toLocalDate())
                    + now.toLocalTime().toNanoOfDay() / 1e9 / SECONDS_PER_DAY);
        }, FunctionTrait.VOLATILE);
    }

    private interface DatePart {
        int of(ExcelDates.Date date);
    }

    private static void part(FunctionRegistry registry, String name, DatePart part) {
        registry.register(name, 1, 1, (args, context) -> Lift.map(args[0], context,
                serial -> Values.number(part.of(ExcelDates.date(Coerce.toNumber(serial))))));
    }

    /** HOUR, MINUTE and SECOND: the time of day rounded to the second, then the unit asked for. */
    private static void clock(FunctionRegistry registry, String name, int unitSeconds, int modulus) {
        registry.register(name, 1, 1, (args, context) -> Lift.map(args[0], context, serial -> {
            double value = Coerce.toNumber(serial);
            ExcelDates.day(value);
            long seconds = Math.round((value - Math.floor(value)) * SECONDS_PER_DAY) % (long) SECONDS_PER_DAY;
            return Values.number((seconds / unitSeconds) % modulus);
        }));
    }

    static long whole(Value value) {
        double number = Coerce.toNumber(value);
        return (long) (number < 0 ? Math.ceil(number) : Math.floor(number));
    }

    /** DATE: years 0 to 1899 are counted from 1900; months and days overflow into the next units. */
    static double date(long year, long month, long day) {
        if (year < 0 || year >= 10_000) {
            throw new ErrorSignal(ErrorValue.NUM);
        }
        return ExcelDates.serial(year < 1900 ? year + 1900 : year, month, day);
    }

    private static double time(long hours, long minutes, long seconds) {
        if (hours > 32_767 || minutes > 32_767 || seconds > 32_767) {
            throw new ErrorSignal(ErrorValue.NUM);
        }
        long total = hours * 3600 + minutes * 60 + seconds;
        if (total < 0) {
            throw new ErrorSignal(ErrorValue.NUM);
        }
        return (total % (long) SECONDS_PER_DAY) / SECONDS_PER_DAY;
    }

    /** EDATE (same day, clipped to the month's end) or EOMONTH (the month's last day), months later. */
    private static double shifted(Value start, Value months, boolean endOfMonth) {
        long from = ExcelDates.day(Coerce.toNumber(start));
        LocalDate date = ExcelDates.localDate(from).plusMonths(whole(months));
        if (endOfMonth) {
            date = date.withDayOfMonth(date.lengthOfMonth());
        }
        if (date.getYear() < 1900 || date.getYear() > 9999) {
            throw new ErrorSignal(ErrorValue.NUM);
        }
        return ExcelDates.serialOf(date);
    }

    /** WEEKDAY's return types: 1 Sunday=1, 2 Monday=1, 3 Monday=0, 11 to 17 weeks starting Monday to Sunday. */
    private static double weekday(double serial, long type) {
        long day = ExcelDates.day(serial);
        int sundayBased = (int) Math.floorMod(day - 1, 7); // serial 1 (1900-01-01) was a Sunday in Excel's calendar
        int mondayBased = (sundayBased + 6) % 7;
        if (type == 1) {
            return sundayBased + 1;
        }
        if (type == 2) {
            return mondayBased + 1;
        }
        if (type == 3) {
            return mondayBased;
        }
        if (type >= 11 && type <= 17) {
            return Math.floorMod(mondayBased - (type - 11), 7) + 1;
        }
        throw new ErrorSignal(ErrorValue.NUM);
    }

    static long daysBetween(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }
}
