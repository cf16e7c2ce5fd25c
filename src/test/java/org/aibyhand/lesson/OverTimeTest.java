package org.aibyhand.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.ref.CellAddress;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.Value;
import org.junit.jupiter.api.Test;
import org.aibyhand.lesson.mamba.MambaLesson;
import org.aibyhand.lesson.mamba.MambaReference;
import org.aibyhand.lesson.mlp.MlpLesson;
import org.aibyhand.lesson.rnn.RnnReference;
import org.aibyhand.lesson.rnn.RnnSheet;

/**
 * The hidden state over time of the sequence lessons: each series holds, at step t, the state the independent
 * reference computes for its component; each step's cells cover that step of every time-indexed block (and
 * exactly the cells whose notation names the step), and steps never share a cell.
 */
class OverTimeTest {
    /** The RNN blocks indexed by time (their second index), by defined name. */
    private static final List<String> RNN_TIMED = List.of("X", "H", "Y_hat", "Y", "dY_hat", "dH", "dZ");

    @Test
    void rnnSeriesFollowTheReferenceStateAndStepsCoverEachColumn() {
        int[][] sizes = {{2, 3, 1, 4}, {3, 2, 2, 5}, {1, 1, 1, 1}, {2, 4, 1, 13}};
        for (int[] size : sizes) {
            for (boolean transposed : new boolean[] {false, true}) {
                RnnSheet rnn = RnnSheet.of(9, size[0], size[1], size[2], size[3], transposed);
                String where = "RNN " + size[0] + " " + size[1] + " " + size[2] + " " + size[3] + (transposed ? " transposed" : "");
                OverTime overTime = rnn.lesson.overTime();
                assertNotNull(overTime, where);
                int hidden = size[1];
                int steps = size[3];
                assertEquals(steps, overTime.stepCount(), where);
                assertEquals(hidden, overTime.series().size(), where + ": one series per hidden unit");
                double[][] h = RnnReference.compute(rnn.givens()).get("H");
                Sheet sheet = rnn.lesson.workbook().sheet(0);
                for (int i = 0; i < hidden; i++) {
                    TimeSeries series = overTime.series().get(i);
                    assertEquals("h[" + (i + 1) + "]", series.label(), where);
                    double[] unit = h[i];
                    assertSeries(sheet, overTime, series, t -> unit[t], steps, where);
                }
                for (String name : RNN_TIMED) {
                    for (int i = 0; i < rnn.rows(name); i++) {
                        for (int t = 0; t < steps; t++) {
                            assertTrue(inStep(overTime, t, rnn.row(name, i, t), rnn.column(name, i, t)),
                                    where + ": " + name + "[" + i + "][" + t + "] is not in step " + (t + 1));
                        }
                    }
                }
                assertStepsApart(overTime, where);
                assertStepsHoldTheCellsOfTheirStep(rnn.lesson, where);
            }
        }
    }

    @Test
    void mambaSeriesFollowTheReferenceStateAndStepsCoverEachBand() {
        int[][] sizes = {{2, 2, 3}, {3, 2, 4}, {1, 1, 1}, {2, 3, MambaLesson.NAMED_STEP_LIMIT + 2}};
        for (int[] size : sizes) {
            for (boolean zoh : new boolean[] {false, true}) {
                LessonOptions options = new LessonOptions(6).with("channels", size[0]).with("state", size[1])
                        .with("steps", size[2]);
                Lesson lesson = MambaLesson.build(zoh ? options.withFlag("zoh") : options);
                new Calculator(lesson.workbook()).recalculateAll();
                Workbook book = lesson.workbook();
                String where = "Mamba " + size[0] + " " + size[1] + " " + size[2] + (zoh ? " zoh" : "");
                MambaReference reference = new MambaReference(LessonTensors.read(book, "X"), LessonTensors.read(book, "A"),
                        LessonTensors.read(book, "W_B"), LessonTensors.read(book, "W_C"), LessonTensors.read(book, "w_dt"),
                        LessonTensors.read(book, "dt_w"), LessonTensors.read(book, "dt_b"),
                        LessonTensors.read(book, "D_skip"), zoh);
                OverTime overTime = lesson.overTime();
                int channels = size[0];
                int state = size[1];
                int steps = size[2];
                assertEquals(steps, overTime.stepCount(), where);
                assertEquals(channels * state, overTime.series().size(), where + ": one series per state component");
                int k = 0;
                for (int d = 0; d < channels; d++) {
                    for (int n = 0; n < state; n++) {
                        TimeSeries series = overTime.series().get(k++);
                        assertEquals("h[" + (d + 1) + "," + (n + 1) + "]", series.label(), where);
                        int channel = d;
                        int component = n;
                        assertSeries(book.sheet(0), overTime, series, t -> reference.h[t][channel][component], steps, where);
                    }
                }
                List<String> timed = zoh ? List.of("X", "s", "delta", "B_sel", "C_sel", "Y", "Y_euler", "Y_diff")
                        : List.of("X", "s", "delta", "B_sel", "C_sel", "Y");
                for (String name : timed) {
                    Area area = LessonTensors.area(book, name);
                    for (int t = 0; t < steps; t++) {
                        for (int r = area.top(); r <= area.bottom(); r++) {
                            assertTrue(inStep(overTime, t, r, area.left() + t), where + ": " + name + " column " + (t + 1));
                        }
                    }
                }
                if (steps <= MambaLesson.NAMED_STEP_LIMIT) {
                    for (int t = 0; t < steps; t++) {
                        for (String name : List.of("Abar_", "Bbar_", "h_")) {
                            Area area = LessonTensors.area(book, name + (t + 1));
                            for (int r = area.top(); r <= area.bottom(); r++) {
                                for (int c = area.left(); c <= area.right(); c++) {
                                    assertTrue(inStep(overTime, t, r, c), where + ": " + name + (t + 1) + " in its step");
                                }
                            }
                        }
                    }
                }
                assertStepsApart(overTime, where);
                assertStepsHoldTheCellsOfTheirStep(lesson, where);
            }
        }
    }

    @Test
    void theMlpHasNoStateOverTime() {
        assertNull(MlpLesson.build(new LessonOptions(1)).overTime());
    }

    private interface Expected {
        double at(int t);
    }

    private static void assertSeries(Sheet sheet, OverTime overTime, TimeSeries series, Expected expected, int steps,
            String where) {
        assertEquals(steps, series.cells().size(), where + ": " + series.label() + " has a cell per step");
        for (int t = 0; t < steps; t++) {
            CellAddress cell = series.cells().get(t);
            String what = where + ": " + series.label() + " at t = " + (t + 1) + " (" + cell + ")";
            Value value = sheet.value(cell.row(), cell.column());
            assertTrue(value instanceof NumberValue, what + " holds " + value);
            double wanted = expected.at(t);
            double actual = ((NumberValue) value).value();
            assertTrue(Math.abs(wanted - actual) <= 1e-12 * Math.max(1, Math.abs(wanted)), what + ": " + actual + " vs " + wanted);
            assertTrue(inStep(overTime, t, cell.row(), cell.column()), what + " is not among step " + (t + 1) + "'s cells");
        }
    }

    /**
     * A cell whose notation names step t (h₂[3], Ā₂[1,2], Δ[1,2] ...) lies in step t and no other; a cell of no
     * step (a weight, h₀, a gradient summed over time) lies in none.
     */
    private static void assertStepsHoldTheCellsOfTheirStep(Lesson lesson, String where) {
        OverTime overTime = lesson.overTime();
        for (Cell cell : lesson.workbook().sheet(0)) {
            String notation = lesson.notation().at(cell.row(), cell.column());
            if (notation == null) {
                continue;
            }
            NotationElement element = NotationElement.parse(notation);
            int step = element.symbol().equals("Δ") ? element.column()
                    : element.subscript() == null ? 0 : element.subscript();
            for (int t = 0; t < overTime.stepCount(); t++) {
                assertEquals(t + 1 == step, inStep(overTime, t, cell.row(), cell.column()),
                        where + ": " + cell.address() + " '" + notation + "' and step " + (t + 1));
            }
        }
    }

    private static boolean inStep(OverTime overTime, int t, int row, int column) {
        return overTime.steps().get(t).stream().anyMatch(area -> area.contains(row, column));
    }

    private static void assertStepsApart(OverTime overTime, String where) {
        Map<Long, Integer> owner = new HashMap<>();
        for (int t = 0; t < overTime.stepCount(); t++) {
            for (Area area : overTime.steps().get(t)) {
                for (int r = area.top(); r <= area.bottom(); r++) {
                    for (int c = area.left(); c <= area.right(); c++) {
                        Integer before = owner.put(((long) r << 20) | c, t);
                        assertTrue(before == null, where + ": row " + r + " column " + c + " is in step " + (t + 1)
                                + " and in step " + (before == null ? 0 : before + 1));
                    }
                }
            }
        }
    }
}
