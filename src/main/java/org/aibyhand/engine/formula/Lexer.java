package org.aibyhand.engine.formula;

import java.util.ArrayList;
import java.util.List;
import org.aibyhand.engine.formula.Token.Kind;
import org.aibyhand.engine.value.ErrorType;

/** Splits formula text (without the leading '=') into tokens. */
final class Lexer {
    private final String text;
    private int pos;
    private final List<Token> tokens = new ArrayList<>();

    private Lexer(String text) {
        this.text = text;
    }

    static List<Token> tokenize(String text) throws FormulaSyntaxException {
        return new Lexer(text).run();
    }

    private List<Token> run() throws FormulaSyntaxException {
        while (true) {
            boolean space = skipSpace();
            if (pos >= text.length()) {
                tokens.add(new Token(Kind.END, "", pos, space));
                return tokens;
            }
            tokens.add(next(space));
        }
    }

    private boolean skipSpace() {
        int start = pos;
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        return pos > start;
    }

    private Token next(boolean space) throws FormulaSyntaxException {
        int start = pos;
        char c = text.charAt(pos);
        if (isAsciiDigit(c) || (c == '.' && pos + 1 < text.length() && isAsciiDigit(text.charAt(pos + 1)))) {
            return new Token(Kind.NUMBER, number(), start, space);
        }
        if (c == '"') {
            return new Token(Kind.STRING, quoted('"'), start, space);
        }
        if (c == '\'') {
            String sheet = quoted('\'');
            expect('!', "a quoted sheet name must be followed by '!'");
            return new Token(Kind.SHEET, sheet, start, space);
        }
        if (c == '[') {
            return externalSheet(start, space);
        }
        if (c == '#') {
            return hashOrError(start, space);
        }
        if (isNameStart(c)) {
            String name = name();
            if (pos < text.length() && text.charAt(pos) == '!') {
                pos++;
                return new Token(Kind.SHEET, name, start, space);
            }
            return new Token(Kind.IDENT, name, start, space);
        }
        pos++;
        switch (c) {
            case '(': return new Token(Kind.LPAREN, "(", start, space);
            case ')': return new Token(Kind.RPAREN, ")", start, space);
            case '{': return new Token(Kind.LBRACE, "{", start, space);
            case '}': return new Token(Kind.RBRACE, "}", start, space);
            case ',': return new Token(Kind.COMMA, ",", start, space);
            case ';': return new Token(Kind.SEMICOLON, ";", start, space);
            case '<':
                if (pos < text.length() && (text.charAt(pos) == '=' || text.charAt(pos) == '>')) {
                    return new Token(Kind.OPERATOR, "<" + text.charAt(pos++), start, space);
                }
                return new Token(Kind.OPERATOR, "<", start, space);
            case '>':
                if (pos < text.length() && text.charAt(pos) == '=') {
                    pos++;
                    return new Token(Kind.OPERATOR, ">=", start, space);
                }
                return new Token(Kind.OPERATOR, ">", start, space);
            case '+': case '-': case '*': case '/': case '^': case '&': case '=': case '%': case ':': case '@':
                return new Token(Kind.OPERATOR, String.valueOf(c), start, space);
            default:
                throw new FormulaSyntaxException("unexpected character '" + c + "'", start);
        }
    }

    private String number() {
        int start = pos;
        while (pos < text.length() && isAsciiDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos < text.length() && text.charAt(pos) == '.') {
            pos++;
            while (pos < text.length() && isAsciiDigit(text.charAt(pos))) {
                pos++;
            }
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            int mark = pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            int digits = pos;
            while (pos < text.length() && isAsciiDigit(text.charAt(pos))) {
                pos++;
            }
            if (pos == digits) {
                pos = mark; // "1E" followed by no digits: the E belongs to what follows
            }
        }
        return text.substring(start, pos);
    }

    /** Reads a quoted run where a doubled quote stands for one; returns the unescaped content. */
    private String quoted(char quote) throws FormulaSyntaxException {
        int start = pos++;
        StringBuilder content = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == quote) {
                if (pos < text.length() && text.charAt(pos) == quote) {
                    content.append(quote);
                    pos++;
                } else {
                    return content.toString();
                }
            } else {
                content.append(c);
            }
        }
        throw new FormulaSyntaxException("unterminated " + (quote == '"' ? "text" : "sheet name"), start);
    }

    private void expect(char c, String message) throws FormulaSyntaxException {
        if (pos >= text.length() || text.charAt(pos) != c) {
            throw new FormulaSyntaxException(message, pos);
        }
        pos++;
    }

    /** {@code [1]Sheet1!} or {@code [1]'My sheet'!}: a reference into another workbook. */
    private Token externalSheet(int start, boolean space) throws FormulaSyntaxException {
        int close = text.indexOf(']', pos);
        if (close < 0) {
            throw new FormulaSyntaxException("unterminated '['", start);
        }
        String book = text.substring(pos, close + 1);
        pos = close + 1;
        String sheet;
        if (pos < text.length() && text.charAt(pos) == '\'') {
            sheet = quoted('\'');
        } else {
            sheet = name();
        }
        expect('!', "an external reference must name a sheet followed by '!'");
        return new Token(Kind.SHEET, book + sheet, start, space);
    }

    private Token hashOrError(int start, boolean space) {
        for (ErrorType type : ErrorType.values()) {
            String error = type.text();
            if (text.regionMatches(true, pos, error, 0, error.length())) {
                pos += error.length();
                return new Token(Kind.ERROR, error, start, space);
            }
        }
        pos++;
        return new Token(Kind.HASH, "#", start, space);
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_' || c == '\\' || c == '$';
    }

    private String name() {
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '\\' || c == '$' || c == '?') {
                pos++;
            } else {
                break;
            }
        }
        return text.substring(start, pos);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
