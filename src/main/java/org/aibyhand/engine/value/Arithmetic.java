package org.aibyhand.engine.value;

/** Excel's arithmetic and comparison on scalars, shared by the operators and the functions that mirror them. */
public final class Arithmetic {
    private Arithmetic() {
    }

    /** {@code base ^ exponent} with Excel's errors: 0^0 and a negative base with a fractional exponent are #NUM!. */
    public static Value power(double base, double exponent) {
        if (base == 0 && exponent == 0) {
            return ErrorValue.NUM;
        }
        if (base == 0 && exponent < 0) {
            return ErrorValue.DIV0;
        }
        if (base < 0 && exponent != Math.rint(exponent)) {
            return ErrorValue.NUM;
        }
        return Values.number(Math.pow(base, exponent));
    }

    public static Value divide(double numerator, double denominator) {
        return denominator == 0 ? ErrorValue.DIV0 : Values.number(numerator / denominator);
    }

    /**
     * Orders two scalars as Excel's comparison operators do: blanks take the other side's kind (0, "" or
     * FALSE), numbers sort before text before booleans, text compares without case. Errors order after all
     * of those and equal one another, which is where sorting puts them; the comparison operators check for
     * errors first, since an error compared with anything is that error.
     */
    public static int compare(Value left, Value right) {
        Value a = left instanceof EmptyValue ? blankLike(right) : left;
        Value b = right instanceof EmptyValue ? blankLike(left) : right;
        int rankA = rank(a);
        int rankB = rank(b);
        if (rankA != rankB) {
            return Integer.compare(rankA, rankB);
        }
        if (a instanceof NumberValue x && b instanceof NumberValue y) {
            return compareNumbers(x.value(), y.value());
        }
        if (a instanceof TextValue x && b instanceof TextValue y) {
            return x.text().compareToIgnoreCase(y.text());
        }
        if (a instanceof BooleanValue x && b instanceof BooleanValue y) {
            return Boolean.compare(x.value(), y.value());
        }
        return 0;
    }

    /**
     * Numbers equal to Excel's 15 significant digits compare equal (so 0.1+0.2 = 0.3 is TRUE, as in Excel).
     */
    public static int compareNumbers(double x, double y) {
        if (x == y) {
            return 0;
        }
        double scale = Math.max(Math.abs(x), Math.abs(y));
        if (Math.abs(x - y) <= scale * 1e-15) {
            return 0;
        }
        return x < y ? -1 : 1;
    }

    private static Value blankLike(Value other) {
        if (other instanceof TextValue) {
            return TextValue.EMPTY;
        }
        if (other instanceof BooleanValue) {
            return BooleanValue.FALSE;
        }
        return NumberValue.ZERO;
    }

    private static int rank(Value value) {
        if (value instanceof NumberValue) {
            return 0;
        }
        if (value instanceof TextValue) {
            return 1;
        }
        return value instanceof BooleanValue ? 2 : 3;
    }
}
