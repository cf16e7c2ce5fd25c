package org.aibyhand.engine.book;

/** How a formula is entered, which decides how its array results are shown. */
public enum FormulaKind {
    /** An ordinary formula: ranges in single-value positions are implicitly intersected with the cell. */
    PLAIN,
    /** A legacy (Ctrl+Shift+Enter) array formula over a fixed range. */
    LEGACY_ARRAY,
    /** A dynamic-array formula whose result spills as far as it needs. */
    DYNAMIC_ARRAY
}
