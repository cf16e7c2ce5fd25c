package org.aibyhand.engine.function;

import java.util.Locale;

/**
 * Excel's wildcard comparison for MATCH and the lookups: {@code *} is any run of characters, {@code ?} any one
 * character, {@code ~} makes the next character literal; letters compare without case.
 */
final class Wildcard {
    private Wildcard() {
    }

    static boolean matches(String pattern, String text) {
        String p = pattern.toLowerCase(Locale.ROOT);
        String t = text.toLowerCase(Locale.ROOT);
        int pi = 0;
        int ti = 0;
        int starAt = -1; // pattern index just after the last '*'
        int starText = 0; // text index that '*' was last tried to end at
        while (ti < t.length()) {
            if (pi < p.length() && p.charAt(pi) == '*') {
                starAt = ++pi;
                starText = ti;
            } else if (pi < p.length() && singleMatches(p, pi, t.charAt(ti))) {
                pi += p.charAt(pi) == '~' && pi + 1 < p.length() ? 2 : 1;
                ti++;
            } else if (starAt >= 0) {
                pi = starAt; // let the last '*' swallow one more character and retry
                ti = ++starText;
            } else {
                return false;
            }
        }
        while (pi < p.length() && p.charAt(pi) == '*') {
            pi++;
        }
        return pi == p.length();
    }

    /** Whether the pattern element at {@code pi} (not '*') matches one text character. */
    private static boolean singleMatches(String p, int pi, char c) {
        char element = p.charAt(pi);
        if (element == '~' && pi + 1 < p.length()) {
            return p.charAt(pi + 1) == c;
        }
        return element == '?' || element == c;
    }
}
