package org.aibyhand.app;

/**
 * What a grid cell holds: the text it shows (fitted to the column), the value behind it, and, worked out only
 * when an edit starts, the text the edit starts from (a formula, or the constant as typed). The grid prints
 * {@link #toString()}.
 */
record Shown(String text, java.util.function.Supplier<String> input, org.aibyhand.engine.value.Value value) {

    @Override
    public String toString() {
        return text;
    }
}
