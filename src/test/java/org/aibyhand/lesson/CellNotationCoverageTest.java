package org.aibyhand.lesson;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.value.NumberValue;
import org.junit.jupiter.api.Test;
import org.aibyhand.lesson.mamba.MambaLesson;
import org.aibyhand.lesson.mlp.MlpCases;
import org.aibyhand.lesson.rnn.RnnLesson;

/**
 * Which cells have a notation: every formula (an equation with its element) and every given number (a
 * description ending in "given"), and nothing else: not the title, labels, equations written beside the blocks,
 * nor the blank cells between and around them.
 */
class CellNotationCoverageTest {

    @Test
    void everyMlpModelCellAndNothingElse() {
        for (int[] c : MlpCases.CASES) {
            assertCovers(MlpCases.build(c), MlpCases.describe(c));
        }
    }

    @Test
    void everyRnnModelCellAndNothingElseAlsoTransposed() {
        assertCovers(RnnLesson.build(new LessonOptions(1)), "RNN defaults");
        int[][] sizes = {{2, 3, 1, 4}, {3, 2, 2, 5}, {1, 1, 1, 1}, {1, 3, 2, 7}};
        for (int[] s : sizes) {
            for (boolean transposed : new boolean[] {false, true}) {
                LessonOptions options = new LessonOptions(2).with("inputs", s[0]).with("hidden", s[1])
                        .with("outputs", s[2]).with("steps", s[3]);
                assertCovers(RnnLesson.build(options, transposed), "RNN " + s[0] + " " + s[1] + " " + s[2] + " " + s[3]
                        + (transposed ? " transposed" : ""));
            }
        }
    }

    @Test
    void everyMambaModelCellAndNothingElseWithEitherDiscretisation() {
        assertCovers(MambaLesson.build(new LessonOptions(1)), "Mamba defaults");
        assertCovers(MambaLesson.build(new LessonOptions(1).withFlag("zoh")), "Mamba defaults, zoh");
        assertCovers(MambaLesson.build(new LessonOptions(1).withFlag("parallel").with("steps", 9)), "Mamba parallel, T = 9");
        assertCovers(MambaLesson.build(new LessonOptions(2).withFlag("parallel").withFlag("zoh").with("steps", 4)),
                "Mamba parallel, zoh, T = 4");
        assertCovers(MambaLesson.build(new LessonOptions(3).withFlag("block").with("steps", 4)), "Mamba block, T = 4");
        int[][] sizes = {{1, 1, 1}, {3, 2, 4}, {2, 3, MambaLesson.NAMED_STEP_LIMIT + 3}};
        for (int[] s : sizes) {
            for (boolean zoh : new boolean[] {false, true}) {
                LessonOptions options = new LessonOptions(4).with("channels", s[0]).with("state", s[1]).with("steps", s[2]);
                assertCovers(MambaLesson.build(zoh ? options.withFlag("zoh") : options),
                        "Mamba " + s[0] + " " + s[1] + " " + s[2] + (zoh ? " zoh" : ""));
            }
        }
    }

    /** Every cell of the used rectangle and a margin around it, blank ones included. */
    private static void assertCovers(Lesson lesson, String where) {
        Sheet sheet = lesson.workbook().sheet(0);
        int lastColumn = 0;
        int formulas = 0;
        for (Cell cell : sheet) {
            lastColumn = Math.max(lastColumn, cell.column());
        }
        for (int row = 0; row <= sheet.rowLimit() + 2; row++) {
            for (int column = 0; column <= lastColumn + 2; column++) {
                Cell cell = sheet.cell(row, column);
                String notation = lesson.notation().at(row, column);
                String what = where + ": row " + row + " column " + column + (cell == null ? " (blank)" : " " + cell.value());
                if (cell != null && cell.hasFormula()) {
                    assertNotNull(notation, what + " is computed but has no notation");
                    assertTrue(notation.contains(";  "), what + ": '" + notation + "' should give the equation and its element");
                    assertFalse(notation.endsWith("given"), what + ": '" + notation + "' is computed, not given");
                    formulas++;
                } else if (cell != null && cell.value() instanceof NumberValue) {
                    assertNotNull(notation, what + " is a given number but has no notation");
                    assertTrue(notation.endsWith(", given") && !notation.contains(";  "), what + ": '" + notation + "'");
                } else {
                    assertNull(notation, what + " is not part of the model");
                }
            }
        }
        assertTrue(formulas > 0, where + ": no formulas");
    }
}
