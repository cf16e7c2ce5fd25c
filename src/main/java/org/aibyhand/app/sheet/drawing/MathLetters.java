package org.aibyhand.app.sheet.drawing;

import org.aibyhand.engine.book.drawing.TextBody;

/**
 * An equation's text as ordinary letters in Cambria: Office writes an equation's fallback in mathematical
 * alphanumerics (U+1D400 on: 𝑍, 𝑊, 𝛼) in Cambria Math, a font few machines have; a stand-in math font draws
 * them far wider than Office does, so equations run into the cells beside them. Drawn instead as Latin and Greek
 * letters in Cambria (or its metric twin), italic where the math letter is, they take Office's room. Invisible
 * operators (function application, zero-width spaces) are dropped: fonts draw them as boxes.
 */
final class MathLetters {
    private static final int LATIN = 0x1D400;
    private static final int GREEK = 0x1D6A8;
    private static final int DIGITS = 0x1D7CE;
    private static final int END = 0x1D7FF;
    /** Of the 13 Latin styles (bold, italic, bold italic, script, ...): the slanted ones. */
    private static final boolean[] LATIN_ITALIC = {false, true, true, false, false, false, false, false, false, false,
            true, true, false};
    /** Of the 5 Greek styles (bold, italic, bold italic, sans bold, sans bold italic): the slanted ones. */
    private static final boolean[] GREEK_ITALIC = {false, true, true, false, true};
    /** The 58 letters of each Greek style, in Unicode's order. */
    private static final String GREEK_LETTERS = "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡϴΣΤΥΦΧΨΩ∇αβγδεζηθικλμνξοπρςστυφχψω∂ϵϑϰϕϱϖ";

    private MathLetters() {
    }

    /** The run as Cambria letters when it holds math letters or invisible operators; else the run itself. */
    static TextBody.TextRun plain(TextBody.TextRun run) {
        String text = run.text();
        if (!needsChange(text)) {
            return run;
        }
        StringBuilder plain = new StringBuilder(text.length());
        boolean italic = false;
        boolean math = false;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int c = text.codePointAt(i);
            if (invisible(c)) {
                continue;
            }
            if (c == 0x210E) { // Planck's h: the italic small h of the math alphabet
                plain.append('h');
                italic = math = true;
            } else if (c >= LATIN && c < GREEK) {
                int offset = c - LATIN;
                int index = offset % 52;
                plain.append((char) (index < 26 ? 'A' + index : 'a' + index - 26));
                italic |= LATIN_ITALIC[Math.min(offset / 52, LATIN_ITALIC.length - 1)];
                math = true;
            } else if (c >= GREEK && c < DIGITS) {
                int offset = c - GREEK;
                plain.append(GREEK_LETTERS.charAt(Math.min(offset % 58, GREEK_LETTERS.length() - 1)));
                italic |= GREEK_ITALIC[Math.min(offset / 58, GREEK_ITALIC.length - 1)];
                math = true;
            } else if (c >= DIGITS && c <= END) {
                plain.append((char) ('0' + (c - DIGITS) % 10));
                math = true;
            } else {
                plain.appendCodePoint(c);
            }
        }
        String font = math || "Cambria Math".equals(run.font()) ? "Cambria" : run.font();
        return new TextBody.TextRun(plain.toString(), run.sizePoints(), run.bold(), run.italic() || italic, run.color(),
                font, run.baseline());
    }

    private static boolean needsChange(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c) || invisible(c) || c == 0x210E) {
                return true;
            }
        }
        return false;
    }

    private static boolean invisible(int c) {
        return c >= 0x2061 && c <= 0x2064 || c >= 0x200B && c <= 0x200D || c == 0xFEFF;
    }
}
