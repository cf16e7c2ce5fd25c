package org.aibyhand.engine.function;

import java.nio.charset.Charset;
import java.util.Locale;
import org.aibyhand.engine.value.Coerce;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.TextValue;
import org.aibyhand.engine.value.Values;

/**
 * Functions of single characters and character classes: CHAR and CODE (Windows code page 1252, as Excel on
 * Windows), UNICHAR and UNICODE, T, EXACT, PROPER and CLEAN.
 */
final class CharacterFunctions {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CharacterFunctions() {
    }

    static void register(FunctionRegistry registry) {
        registry.register("CHAR", 1, 1, (args, context) -> Lift.map(args[0], context,
                n -> Values.text(character(Arguments.integer(n)))));
        registry.register("CODE", 1, 1, (args, context) -> Lift.map(args[0], context,
                text -> Values.number(code(Coerce.toText(text)))));
        registry.register("UNICHAR", 1, 1, (args, context) -> Lift.map(args[0], context,
                n -> Values.text(unicodeCharacter(Arguments.integer(n)))));
        registry.register("UNICODE", 1, 1, (args, context) -> Lift.map(args[0], context, text -> {
            String s = Coerce.toText(text);
            if (s.isEmpty()) {
                throw new ErrorSignal(ErrorValue.VALUE);
            }
            return Values.number(s.codePointAt(0));
        }));
        registry.register("T", 1, 1, (args, context) -> Lift.map(args[0], context, value -> {
            if (value instanceof ErrorValue error) {
                return error;
            }
            return value instanceof TextValue ? value : TextValue.EMPTY;
        }));
        registry.register("EXACT", 2, 2, (args, context) -> Lift.map(args[0], args[1], context,
                (a, b) -> org.aibyhand.engine.value.BooleanValue.of(Coerce.toText(a).equals(Coerce.toText(b)))));
        registry.register("PROPER", 1, 1, (args, context) -> Lift.map(args[0], context,
                text -> Values.text(proper(Coerce.toText(text)))));
        registry.register("CLEAN", 1, 1, (args, context) -> Lift.map(args[0], context,
                text -> Values.text(Coerce.toText(text).replaceAll("[\\x00-\\x1F]", ""))));
    }

    private static String character(long code) {
        if (code < 1 || code > 255) {
            throw new ErrorSignal(ErrorValue.VALUE);
        }
        String decoded = new String(new byte[] {(byte) code}, WINDOWS_1252);
        return decoded.equals("\uFFFD") ? String.valueOf((char) code) : decoded; // bytes 1252 leaves undefined
    }

    private static double code(String text) {
        if (text.isEmpty()) {
            throw new ErrorSignal(ErrorValue.VALUE);
        }
        String first = text.substring(0, Character.charCount(text.codePointAt(0)));
        byte[] encoded = first.getBytes(WINDOWS_1252);
        return encoded.length == 1 && !(encoded[0] == '?' && !first.equals("?")) ? encoded[0] & 0xFF : '?';
    }

    private static String unicodeCharacter(long code) {
        if (code < 1 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
            throw new ErrorSignal(ErrorValue.VALUE);
        }
        return new String(Character.toChars((int) code));
    }

    /** First letter of every run of letters upper case, the rest lower case. */
    private static String proper(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean afterLetter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String s = String.valueOf(c);
            out.append(afterLetter ? s.toLowerCase(Locale.ROOT) : s.toUpperCase(Locale.ROOT));
            afterLetter = Character.isLetter(c);
        }
        return out.toString();
    }
}
