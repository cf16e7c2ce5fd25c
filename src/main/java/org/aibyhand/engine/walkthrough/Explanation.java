package org.aibyhand.engine.walkthrough;

import java.util.List;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.value.ReferenceValue;

/**
 * What a cell computes, for a person following along: its formula as typed ({@code =TANH(B2*C2+B4)}), the same
 * formula with the current values in place of its references ({@code TANH(0.5*1 + 0.1)}), the result, the
 * ranges it reads and the cells that read it. A constant has no formula and no substituted text (both null);
 * its result is its value.
 */
public record Explanation(String formula, String withNumbers, String result, List<ReferenceValue> precedents,
        List<Cell> dependents) {

    public Explanation {
        precedents = List.copyOf(precedents);
        dependents = List.copyOf(dependents);
    }

    /** {@code "= TANH(0.5*1 + 0.1) = 0.537"}; for a constant just {@code "= 0.5"}. */
    public String line() {
        return withNumbers == null ? "= " + result : "= " + withNumbers + " = " + result;
    }
}
