package org.aibyhand.lesson.compare;

/**
 * What the engine measured on one model's workbook at one sequence length: its formula cells (the work), the
 * critical path of its dependency graph (formulas that must run one after another), the numbers kept from step
 * to step at inference, and the median time of a full recalculation.
 */
public record Measurement(String model, int steps, long formulaCells, int depth, long statePerStep, double recalcMillis) {
}
