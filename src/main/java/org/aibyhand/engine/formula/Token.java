package org.aibyhand.engine.formula;

/** A lexical token; {@code spaceBefore} records white space, which matters only for intersections. */
record Token(Kind kind, String text, int position, boolean spaceBefore) {

    enum Kind {
        NUMBER, STRING, ERROR, IDENT, SHEET, OPERATOR, LPAREN, RPAREN, LBRACE, RBRACE, COMMA, SEMICOLON, HASH, END
    }

    boolean is(Kind kind, String text) {
        return this.kind == kind && this.text.equals(text);
    }

    boolean isOperator(String symbol) {
        return is(Kind.OPERATOR, symbol);
    }
}
