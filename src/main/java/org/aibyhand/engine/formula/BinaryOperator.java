package org.aibyhand.engine.formula;

/** Infix operators with Excel's precedence (higher binds tighter). */
public enum BinaryOperator {
    RANGE(":", 9), INTERSECT(" ", 9), UNION(",", 9),
    POWER("^", 6), MULTIPLY("*", 5), DIVIDE("/", 5), ADD("+", 4), SUBTRACT("-", 4), CONCAT("&", 3),
    EQUAL("=", 2), NOT_EQUAL("<>", 2), LESS("<", 2), LESS_EQUAL("<=", 2), GREATER(">", 2), GREATER_EQUAL(">=", 2);

    private final String symbol;
    private final int precedence;

    BinaryOperator(String symbol, int precedence) {
        this.symbol = symbol;
        this.precedence = precedence;
    }

    public String symbol() {
        return symbol;
    }

    public int precedence() {
        return precedence;
    }

    public boolean isComparison() {
        return precedence == 2;
    }
}
