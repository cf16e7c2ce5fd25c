package org.aibyhand.xlsx;

/**
 * Excel's {@code _xHHHH_} escapes in cell text: how characters XML cannot hold (control characters) are written,
 * and how a literal {@code _xHHHH_} is kept from being read as one ({@code _x005F_} escapes the underscore).
 */
final class ExcelEscapes {
    private ExcelEscapes() {
    }

    /** Replaces every {@code _xHHHH_} by the character it stands for. */
    static String decode(String text) {
        int at = text.indexOf("_x");
        if (at < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        for (; at >= 0; at = text.indexOf("_x", at + 1)) {
            if (at < start || !isEscape(text, at)) {
                continue;
            }
            out.append(text, start, at).append((char) Integer.parseInt(text.substring(at + 2, at + 6), 16));
            start = at + 7;
        }
        return out.append(text, start, text.length()).toString();
    }

    /** Escapes characters XML 1.0 cannot hold and underscores that would otherwise start an escape. */
    static String encode(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF;
            if (control || c == '_' && isEscape(text, i)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(String.format("_x%04X_", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean isEscape(String text, int at) {
        if (at + 7 > text.length() || text.charAt(at + 1) != 'x' || text.charAt(at + 6) != '_') {
            return false;
        }
        for (int i = at + 2; i < at + 6; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
