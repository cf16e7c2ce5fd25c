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

    /** For a comparison operator: whether it holds when the left side orders {@code order} (-1, 0, 1) to the right. */
    public boolean holds(int order) {
        switch (this) {
            case EQUAL: return order == 0;
            case NOT_EQUAL: return order != 0;
            case LESS: return order < 0;
            case LESS_EQUAL: return order <= 0;
            case GREATER: return order > 0;
            case GREATER_EQUAL: return order >= 0;
            default: throw new IllegalStateException(this + " is not a comparison");
        }
    }
}
