package org.aibyhand.engine.function;

import java.time.format.TextStyle;
import java.util.Locale;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;

/**
 * Date and time format codes for TEXT (one section): d dd ddd dddd, m mm mmm mmmm mmmmm (minutes after h or
 * before s), yy yyyy, h hh, s ss, AM/PM and A/P, with quoted text and {@code \x} kept literally. English names.
 */
final class DateFormat {
    private static final String LETTERS = "dmyhs";

    private DateFormat() {
    }

    /**
     * Whether a code is a date or time code: a date letter outside quotes, escapes and brackets, in one section
     * without digit placeholders (Excel refuses "mm###").
     */
    static boolean isDateCode(String code) {
        boolean quoted = false;
        boolean date = false;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\\' || c == '_' || c == '*')) {
                i++;
            } else if (!quoted && c == '[') {
                int close = code.indexOf(']', i);
                i = close < 0 ? code.length() : close;
            } else if (!quoted && (c == '#' || c == '?' || c == ';')) {
                return false;
            } else if (!quoted && LETTERS.indexOf(Character.toLowerCase(c)) >= 0) {
                date = true;
            }
        }
        return date;
    }

    static String format(double serial, String code) {
        if (serial < 0) {
            throw new ErrorSignal(ErrorValue.VALUE);
        }
        long seconds = Math.round(serial * 86_400);
        ExcelDates.Date date = ExcelDates.date(Math.floor(seconds / 86_400.0));
        long timeOfDay = seconds % 86_400;
        String upper = code.toUpperCase(Locale.ROOT);
        boolean twelveHour = upper.contains("AM/PM") || upper.contains("A/P");
        StringBuilder out = new StringBuilder();
        char previous = 0; // the last date letter written, to tell minutes from months
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            char lower = Character.toLowerCase(c);
            if (c == '"') {
                int close = code.indexOf('"', i + 1);
                int end = close < 0 ? code.length() : close;
                out.append(code, i + 1, end);
                i = end + 1;
            } else if (c == '\\' && i + 1 < code.length()) {
                out.append(code.charAt(i + 1));
                i += 2;
            } else if (code.regionMatches(true, i, "AM/PM", 0, 5)) {
                out.append(timeOfDay < 43_200 ? "AM" : "PM");
                i += 5;
            } else if (code.regionMatches(true, i, "A/P", 0, 3)) {
                out.append(timeOfDay < 43_200 ? "A" : "P");
                i += 3;
            } else if (LETTERS.indexOf(lower) >= 0) {
                int run = i;
                while (run < code.length() && Character.toLowerCase(code.charAt(run)) == lower) {
                    run++;
                }
                int count = run - i;
                boolean minutes = lower == 'm' && (previous == 'h' || nextLetter(code, run) == 's');
                out.append(part(minutes ? 'n' : lower, count, date, timeOfDay, twelveHour));
                previous = lower;
                i = run;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static char nextLetter(String code, int from) {
        for (int i = from; i < code.length(); i++) {
            char c = Character.toLowerCase(code.charAt(i));
            if (LETTERS.indexOf(c) >= 0) {
                return c;
            }
        }
        return 0;
    }

    /** One field; 'n' stands for minutes. */
    private static String part(char field, int count, ExcelDates.Date date, long timeOfDay, boolean twelveHour) {
        switch (field) {
            case 'd':
                if (count >= 3) {
                    java.time.DayOfWeek day = java.time.DayOfWeek.of(weekdayFromMonday(date) + 1);
                    return day.getDisplayName(count == 3 ? TextStyle.SHORT : TextStyle.FULL, Locale.ENGLISH);
                }
                return pad(date.day(), count);
            case 'm':
                if (count >= 3) {
                    String name = java.time.Month.of(date.month()).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                    return count == 3 ? name.substring(0, 3) : count == 5 ? name.substring(0, 1) : name;
                }
                return pad(date.month(), count);
            case 'y':
                return count <= 2 ? pad(date.year() % 100, 2) : String.valueOf(date.year());
            case 'h':
                long hour = timeOfDay / 3600;
                if (twelveHour) {
                    hour = hour % 12 == 0 ? 12 : hour % 12;
                }
                return pad((int) hour, count);
            case 'n':
                return pad((int) (timeOfDay / 60 % 60), count);
            default:
                return pad((int) (timeOfDay % 60), count);
        }
    }

    /** Monday 0 to Sunday 6, in Excel's calendar (where serial 1 is a Sunday). */
    private static int weekdayFromMonday(ExcelDates.Date date) {
        double serial = date.year() == 1900 && date.month() <= 2 ? (date.month() - 1) * 31 + date.day()
                : ExcelDates.serialOf(java.time.LocalDate.of(date.year(), date.month(), date.day()));
        return (int) Math.floorMod((long) serial + 5, 7);
    }

    private static String pad(int value, int count) {
        String digits = String.valueOf(value);
        return count >= 2 && digits.length() < 2 ? "0" + digits : digits;
    }
}
