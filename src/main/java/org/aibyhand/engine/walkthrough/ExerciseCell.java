package org.aibyhand.engine.walkthrough;

import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Formula;

/**
 * A cell the student fills in: the cell, the title of the stage it belongs to, its formula when the check can
 * recompute the answer from it (null for a member of a multi-cell array, which only has a number to compare
 * with) and the number it showed before it was blanked.
 */
record ExerciseCell(Cell cell, String stageTitle, Formula formula, double value) {
}
