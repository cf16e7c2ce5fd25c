package org.aibyhand.engine.value;

/** A finite double. Use {@link Values#number(double)} where the double may be NaN or infinite. */
public record NumberValue(double value) implements Value {
    public static final NumberValue ZERO = new NumberValue(0);
    public static final NumberValue ONE = new NumberValue(1);
}
