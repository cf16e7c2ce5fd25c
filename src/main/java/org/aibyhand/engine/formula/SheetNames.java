package org.aibyhand.engine.formula;

import org.aibyhand.engine.ref.A1;

/** How sheet names are written in formulas. */
public final class SheetNames {
    private SheetNames() {
    }

    /** The name as a formula writes it: quoted (with doubled quotes) unless it is a plain word. */
    public static String quoteIfNeeded(String sheet) {
        return needsQuotes(sheet) ? "'" + sheet.replace("'", "''") + "'" : sheet;
    }

    private static boolean needsQuotes(String sheet) {
        if (sheet.isEmpty() || !(Character.isLetter(sheet.charAt(0)) || sheet.charAt(0) == '_' || sheet.charAt(0) == '[') || A1.parseCell(sheet) != null
                || sheet.equalsIgnoreCase("TRUE") || sheet.equalsIgnoreCase("FALSE") || looksLikeR1C1(sheet)) {
            return true;
        }
        int externalEnd = sheet.startsWith("[") ? sheet.indexOf(']') + 1 : 0;
        for (int i = externalEnd; i < sheet.length(); i++) {
            char c = sheet.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '_' && c != '.') {
                return true;
            }
        }
        return false;
    }

    private static boolean looksLikeR1C1(String sheet) {
        return sheet.matches("(?i)[rc]|r\\d*c?\\d*");
    }
}
