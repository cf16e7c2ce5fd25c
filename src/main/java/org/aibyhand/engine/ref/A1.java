package org.aibyhand.engine.ref;

/** Conversions between A1 text and zero-based coordinates. */
public final class A1 {
    private A1() {
    }

    /** Column letters for a zero-based column: 0 is A, 26 is AA. */
    public static String columnName(int column) {
        StringBuilder name = new StringBuilder(3);
        int n = column + 1;
        while (n > 0) {
            int rem = (n - 1) % 26;
            name.append((char) ('A' + rem));
            n = (n - 1) / 26;
        }
        return name.reverse().toString();
    }

    /** The zero-based column of letters such as {@code AB} (any case), or -1 if not a valid column. */
    public static int columnIndex(CharSequence letters) {
        if (letters.length() == 0 || letters.length() > 3) {
            return -1;
        }
        int n = 0;
        for (int i = 0; i < letters.length(); i++) {
            char c = Character.toUpperCase(letters.charAt(i));
            if (c < 'A' || c > 'Z') {
                return -1;
            }
            n = n * 26 + (c - 'A' + 1);
        }
        return n - 1 < SheetLimits.COLUMNS ? n - 1 : -1;
    }

    /** Parses {@code B7}, {@code $B$7} or {@code b$7}; null if the text is not a cell inside the sheet. */
    public static CellAddress parseCell(String text) {
        int i = 0;
        int n = text.length();
        if (i < n && text.charAt(i) == '$') {
            i++;
        }
        int lettersStart = i;
        while (i < n && Character.isLetter(text.charAt(i))) {
            i++;
        }
        int column = columnIndex(text.substring(lettersStart, i));
        if (i < n && text.charAt(i) == '$') {
            i++;
        }
        int digitsStart = i;
        while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        if (column < 0 || i != n || digitsStart == n || i - digitsStart > 7 || text.charAt(digitsStart) == '0') {
            return null;
        }
        int row = Integer.parseInt(text.substring(digitsStart)) - 1;
        return SheetLimits.contains(row, column) ? new CellAddress(row, column) : null;
    }
}
