package org.aibyhand.engine.value;

/** The content of a blank cell: 0 in arithmetic, "" in text, skipped by SUM and COUNTA over ranges. */
public record EmptyValue() implements Value {
    public static final EmptyValue INSTANCE = new EmptyValue();
}
