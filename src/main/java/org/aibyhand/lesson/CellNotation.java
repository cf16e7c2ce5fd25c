package org.aibyhand.lesson;

/**
 * What a lesson cell computes, in math notation with 1-based indices. A computed cell reads "equation of the
 * step or tensor;  equation of the element" (the two joined by a semicolon and two spaces); a given reads
 * "W₁[2,3]: weight, given".
 */
@FunctionalInterface
public interface CellNotation {
    CellNotation NONE = (row, column) -> null;

    /**
     * The equation of the cell at that row and column (zero-based) of the lesson's sheet, such as
     * "h₂ = tanh(W_ih x₂ + b_ih + W_hh h₁ + b_hh)" or "Z₁[2,1] = Σₖ W₁[2,k] X[k,1] + b₁[2]"; null when the cell
     * holds no part of the model.
     */
    String at(int row, int column);
}
