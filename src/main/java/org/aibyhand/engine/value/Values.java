package org.aibyhand.engine.value;

/** Factory helpers that keep Excel's invariants: no NaN, no infinities. */
public final class Values {
    private Values() {
    }

    /** A number, or #NUM! where Excel would have no finite result. */
    public static Value number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return ErrorValue.NUM;
        }
        return new NumberValue(value == 0 ? 0.0 : value); // -0 shows as 0 in Excel
    }

    public static Value text(String text) {
        return text.isEmpty() ? TextValue.EMPTY : new TextValue(text);
    }

    /** True for the scalar kinds a cell can hold (not arrays, references or lambdas). */
    public static boolean isScalar(Value value) {
        return !(value instanceof ArrayValue || value instanceof ReferenceValue || value instanceof LambdaValue);
    }
}
