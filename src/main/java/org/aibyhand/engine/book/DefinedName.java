package org.aibyhand.engine.book;

import java.util.Objects;
import org.aibyhand.engine.formula.Expr;

/**
 * A defined name: {@code name} refers to {@code expr} (a range, a constant, a formula or a LAMBDA), parsed
 * as if written in A1. {@code scope} is the sheet it belongs to, or null for the whole workbook. {@code text}
 * is what the file held (storage form, kept for saving); {@code expr} is null when that text could not be
 * parsed, and the name then evaluates to #NAME?.
 */
public record DefinedName(String name, Sheet scope, String text, Expr expr, boolean hidden) {

    public DefinedName {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }
}
