package org.aibyhand.lesson.mamba;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.formula.FormulaPrinter;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.graph.ChangeSet;
import org.aibyhand.engine.book.Stage;
import org.aibyhand.engine.ref.Area;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.aibyhand.lesson.Lesson;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.LessonTensors;
import org.aibyhand.lesson.Matrices;

/**
 * The Mamba lesson against {@link MambaReference}: every named tensor for several seeds and sizes (one step,
 * one channel, D ≠ N, the zero-order hold), edits through the calculator, the walkthrough, hand-friendly
 * defaults, and a 16 × 16 × 256 scan. There is no loss, so there are no gradients to check.
 */
class MambaLessonTest {
    private static final String[] PARAMETERS = {"X", "A", "W_B", "W_C", "w_dt", "dt_w", "dt_b", "D_skip"};
    private static double largestError;
    private static String largestAt = "every value equal";
    private static int comparisons;

    @AfterAll
    static void report() {
        System.out.printf("Mamba lesson: %d named tensors compared with the plain-Java reference, largest relative "
                + "error %.3g (%s)%n", comparisons, largestError, largestAt);
    }

    @Test
    void everyNamedTensorMatchesTheReference() {
        int[][] sizes = {{2, 2, 3}, {1, 1, 1}, {3, 2, 1}, {2, 4, 5}, {4, 3, 6}, {1, 3, 2}, {3, 1, 4}, {2, 3, 17}};
        for (int[] size : sizes) {
            for (long seed : new long[] {1, 7, 42}) {
                for (boolean zoh : new boolean[] {false, true}) {
                    Lesson lesson = computed(options(seed, size[0], size[1], size[2], zoh));
                    String where = "seed " + seed + ", D N T " + size[0] + " " + size[1] + " " + size[2] + (zoh ? ", zoh" : "");
                    MambaReference expected = referenceFor(lesson.workbook(), zoh);
                    assertMatches(lesson.workbook(), expected, zoh, where);
                    if (zoh) {
                        assertTrue(maxAbs(LessonTensors.read(lesson.workbook(), "Y_diff")) > 0, where + ": zoh changed nothing");
                    }
                }
            }
        }
    }

    @Test
    void perStepNamesOnlyForShortScansAndEulerNamesOnlyWithTheZeroOrderHold() {
        Workbook shortScan = MambaLesson.build(options(3, 2, 2, 3, false)).workbook();
        for (String name : new String[] {"Abar_1", "Bbar_2", "h_3"}) {
            assertNotNull(LessonTensors.area(shortScan, name), name);
        }
        assertNull(LessonTensors.area(shortScan, "h_4"));
        assertNull(LessonTensors.area(shortScan, "Y_euler"));
        assertNull(LessonTensors.area(shortScan, "Y_diff"));
        Workbook longScan = MambaLesson.build(options(3, 2, 2, MambaLesson.NAMED_STEP_LIMIT + 1, true)).workbook();
        assertNull(LessonTensors.area(longScan, "h_1"));
        assertNull(LessonTensors.area(longScan, "Abar_1"));
        assertNotNull(LessonTensors.area(longScan, "Y_euler"));
        assertEquals(new Area(0, 0, 1, MambaLesson.NAMED_STEP_LIMIT), shape(LessonTensors.area(longScan, "Y_diff")));
    }

    @Test
    void editsThroughTheCalculatorUpdateEveryTensor() {
        for (boolean zoh : new boolean[] {false, true}) {
            Lesson lesson = MambaLesson.build(options(11, 3, 2, 4, zoh));
            Calculator calculator = new Calculator(lesson.workbook());
            calculator.recalculateAll();
            Random random = new Random(5);
            for (int edit = 0; edit < 24; edit++) {
                String name = PARAMETERS[edit % PARAMETERS.length];
                Area area = LessonTensors.area(lesson.workbook(), name);
                int i = random.nextInt(area.rows());
                int j = random.nextInt(area.columns());
                double value = name.equals("A") ? -(1 + random.nextInt(20)) / 10.0 : (random.nextInt(41) - 20) / 10.0;
                if (value == LessonTensors.read(lesson.workbook(), name)[i][j]) {
                    value -= 0.1; // an edit that changes nothing would prove nothing
                }
                ChangeSet changes = LessonTensors.set(calculator, name, i, j, value);
                assertEquals(value, LessonTensors.read(lesson.workbook(), name)[i][j]);
                assertFalse(changes.changedCells().isEmpty(), "editing " + name + " changed nothing");
                assertMatches(lesson.workbook(), referenceFor(lesson.workbook(), zoh), zoh,
                        "after setting " + name + "[" + i + "][" + j + "] = " + value + (zoh ? ", zoh" : ""));
            }
        }
    }

    /**
     * The prefix scan gives the states of the sequential reference at every step, whatever T (powers of two and
     * not), and the walkthrough shows its ⌈log₂T⌉ levels.
     */
    @Test
    void theParallelScanGivesTheSequentialStatesInLogTLevels() {
        int[][] sizes = {{2, 2, 5}, {1, 3, 8}, {3, 2, 13}, {2, 2, 1}, {2, 1, 16}};
        for (int[] size : sizes) {
            for (long seed : new long[] {3, 11}) {
                for (boolean zoh : new boolean[] {false, true}) {
                    Lesson lesson = computed(options(seed, size[0], size[1], size[2], zoh).withFlag("parallel"));
                    String where = "parallel, seed " + seed + ", D N T " + size[0] + " " + size[1] + " " + size[2]
                            + (zoh ? ", zoh" : "");
                    assertMatches(lesson.workbook(), referenceFor(lesson.workbook(), zoh), zoh, where);
                    int levels = (int) Math.ceil(Math.log(size[2]) / Math.log(2));
                    assertEquals(levels, lesson.plan().stream().filter(stage -> stage.title().startsWith("Level ")).count(),
                            where);
                }
            }
        }
    }

    /**
     * The block: X_in = W_in_x U and res = W_in_res U, the scan reads X = SiLU(X_in), and Y_out = Y ⊙ SiLU(res),
     * each computed here from U and the weights alone (and the scan from that X by the reference).
     */
    @Test
    void theBlockFeedsTheScanSiluOfInProjAndGatesItsOutput() {
        int[][] sizes = {{2, 2, 3}, {3, 2, 5}};
        for (int[] size : sizes) {
            for (long seed : new long[] {2, 9}) {
                for (boolean parallel : new boolean[] {false, true}) {
                    LessonOptions options = options(seed, size[0], size[1], size[2], false).withFlag("block");
                    Lesson lesson = computed(parallel ? options.withFlag("parallel") : options);
                    Workbook book = lesson.workbook();
                    String where = "block, seed " + seed + ", D N T " + size[0] + " " + size[1] + " " + size[2]
                            + (parallel ? ", parallel" : "");
                    double[][] u = LessonTensors.read(book, "U");
                    double[][] xIn = Matrices.times(LessonTensors.read(book, "W_in_x"), u);
                    double[][] res = Matrices.times(LessonTensors.read(book, "W_in_res"), u);
                    assertMatrix(xIn, LessonTensors.read(book, "X_in"), where + " X_in");
                    assertMatrix(res, LessonTensors.read(book, "res"), where + " res");
                    double[][] x = new double[xIn.length][xIn[0].length];
                    for (int d = 0; d < x.length; d++) {
                        for (int t = 0; t < x[0].length; t++) {
                            x[d][t] = xIn[d][t] / (1 + Math.exp(-xIn[d][t]));
                        }
                    }
                    assertMatrix(x, LessonTensors.read(book, "X"), where + " X = SiLU(X_in)");
                    MambaReference expected = referenceFor(book, false);
                    assertMatches(book, expected, false, where);
                    double[][] yOut = LessonTensors.read(book, "Y_out");
                    for (int d = 0; d < x.length; d++) {
                        for (int t = 0; t < x[0].length; t++) {
                            assertClose(expected.y[d][t] * res[d][t] / (1 + Math.exp(-res[d][t])), yOut[d][t],
                                    where + " Y_out[" + d + "][" + t + "]");
                        }
                    }
                }
            }
        }
    }

    @Test
    void theDefaultWalkthroughRevealsTheScanStepByStep() {
        Lesson lesson = MambaLesson.build(new LessonOptions(1));
        List<String> titles = lesson.plan().stream().map(Stage::title).toList();
        assertEquals(List.of("Inputs and parameters", "s = w_dt x", "Δ = softplus(dt_w s + dt_b)", "B = W_B X, C = W_C X",
                "t = 1: Ā₁ = exp(Δ₁A), B̄₁ = Δ₁B₁", "t = 1: h₁ = Ā₁h₀ + B̄₁x₁", "t = 1: y₁ = h₁C₁ + D x₁",
                "t = 2: Ā₂ = exp(Δ₂A), B̄₂ = Δ₂B₂", "t = 2: h₂ = Ā₂h₁ + B̄₂x₂", "t = 2: y₂ = h₂C₂ + D x₂",
                "t = 3: Ā₃ = exp(Δ₃A), B̄₃ = Δ₃B₃", "t = 3: h₃ = Ā₃h₂ + B̄₃x₃", "t = 3: y₃ = h₃C₃ + D x₃",
                "Last state h_T"), titles);
        Workbook book = lesson.workbook();
        assertEquals(List.of(LessonTensors.area(book, "Abar_2"), LessonTensors.area(book, "Bbar_2")),
                lesson.plan().get(7).cells());
        assertEquals(List.of(LessonTensors.area(book, "h_T")), lesson.plan().get(13).cells());
    }

    @Test
    void everyComputedCellIsRevealedAndLongScansAreGrouped() {
        for (int steps : new int[] {1, 2, 3, 4, 9, 40}) {
            // zoh, parallel, block
            for (boolean[] flags : new boolean[][] {{false, false, false}, {true, false, false}, {false, true, false},
                {true, true, false}, {false, false, true}, {false, true, true}}) {
                boolean zoh = flags[0];
                LessonOptions options = options(2, 3, 2, steps, zoh);
                options = flags[1] ? options.withFlag("parallel") : options;
                options = flags[2] ? options.withFlag("block") : options;
                Lesson lesson = MambaLesson.build(options);
                String where = "T = " + steps + (zoh ? ", zoh" : "") + (flags[1] ? ", parallel" : "") + (flags[2] ? ", block" : "");
                // the block adds its in_proj and output stages
                assertTrue(lesson.plan().size() <= 15 + (flags[2] ? 2 : 0), where + ": " + lesson.plan().size() + " stages");
                assertEquals("Inputs and parameters", lesson.plan().get(0).title());
                assertEquals("Last state h_T", lesson.plan().get(lesson.plan().size() - 1).title());
                Set<Long> revealed = new HashSet<>();
                for (Stage stage : lesson.plan()) {
                    assertFalse(stage.cells().isEmpty(), where + ": " + stage.title());
                    for (Area area : stage.cells()) {
                        for (int r = area.top(); r <= area.bottom(); r++) {
                            for (int c = area.left(); c <= area.right(); c++) {
                                assertTrue(revealed.add(key(r, c)), where + ": revealed twice " + area + " in " + stage.title());
                            }
                        }
                    }
                }
                for (Cell cell : lesson.workbook().sheet(0)) {
                    if (cell.hasFormula()) {
                        assertTrue(revealed.contains(key(cell.row(), cell.column())), where + ": " + cell.address()
                                + " is computed but never revealed");
                    }
                }
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameWorkbookAndDefaultsAreHandFriendly() {
        Workbook first = MambaLesson.build(options(9, 2, 3, 4, true)).workbook();
        Workbook again = MambaLesson.build(options(9, 2, 3, 4, true)).workbook();
        assertEquals(describe(first), describe(again));
        assertFalse(describe(first).equals(describe(MambaLesson.build(options(10, 2, 3, 4, true)).workbook())));

        Lesson lesson = MambaLesson.build(new LessonOptions(4));
        assertEquals("mamba", lesson.kind());
        assertNull(lesson.loss());
        assertEquals(Map.of(), lesson.gradients());
        Workbook book = lesson.workbook();
        assertEquals(new Area(0, 0, 1, 2), shape(LessonTensors.area(book, "X")));
        assertEquals(new Area(0, 0, 1, 1), shape(LessonTensors.area(book, "A")));
        for (double[] row : LessonTensors.read(book, "X")) {
            for (double x : row) {
                assertTrue(x == Math.rint(x) && Math.abs(x) <= 2, "X holds " + x);
            }
        }
        for (String name : PARAMETERS) {
            for (double[] row : LessonTensors.read(book, name)) {
                for (double v : row) {
                    assertEquals(Math.round(v * 10) / 10.0, v, 0.0, name + " holds " + v);
                    assertTrue(!name.equals("A") || (v < 0 && v >= -1), "A holds " + v);
                }
            }
        }
    }

    @Test
    void sizesBeyondAWorksheetAreRefusedWithAClearMessage() {
        IllegalArgumentException tooWide = assertThrows(IllegalArgumentException.class,
                () -> MambaLesson.build(options(1, 2, 2, 6000, true)));
        assertTrue(tooWide.getMessage().contains("16384 columns"), tooWide.getMessage());
        assertEquals(6000, LessonTensors.area(MambaLesson.build(options(1, 1, 1, 6000, false)).workbook(), "Y").columns());
    }

    /** The benchmark size scaled down to 256 steps: built, computed, and checked against the reference. */
    @Test
    void sixteenChannelsSixteenStatesTwoHundredFiftySixSteps() {
        long start = System.nanoTime();
        Lesson lesson = MambaLesson.build(options(8, 16, 16, 256, false));
        long built = System.nanoTime();
        new Calculator(lesson.workbook()).recalculateAll();
        long computed = System.nanoTime();
        System.out.printf("Mamba 16 x 16 x 256: %d cells, built in %.0f ms, computed in %.0f ms, %d stages%n",
                lesson.workbook().sheet(0).cellCount(), (built - start) / 1e6, (computed - built) / 1e6, lesson.plan().size());
        Workbook book = lesson.workbook();
        MambaReference expected = referenceFor(book, false);
        assertMatches(book, expected, false, "16 x 16 x 256");
        double[][] y = LessonTensors.read(book, "Y");
        for (int t : new int[] {0, 1, 128, 255}) {
            for (int d = 0; d < 16; d++) {
                assertClose(expected.y[d][t], y[d][t], "Y[" + d + "][" + t + "] at 16 x 16 x 256");
            }
        }
        // Step 1's blocks are the cells of its own stages, Ā₁ and B̄₁ then h₁ (long scans name no step).
        Sheet sheet = LessonTensors.sheet(book, "Y");
        List<Area> first = new ArrayList<>(lesson.plan().get(4).cells());
        first.addAll(lesson.plan().get(5).cells());
        assertMatrix(expected.abar[0], LessonTensors.read(sheet, first.get(0)), "Ā₁ at 16 x 16 x 256");
        assertMatrix(expected.bbar[0], LessonTensors.read(sheet, first.get(1)), "B̄₁ at 16 x 16 x 256");
        assertMatrix(expected.h[0], LessonTensors.read(sheet, first.get(2)), "h₁ at 16 x 16 x 256");
        assertTrue(lesson.plan().size() <= 15);
        assertNull(LessonTensors.area(book, "h_1"));
    }

    private static LessonOptions options(long seed, int channels, int state, int steps, boolean zoh) {
        LessonOptions options = new LessonOptions(seed).with("channels", channels).with("state", state).with("steps", steps);
        return zoh ? options.withFlag("zoh") : options;
    }

    private static Lesson computed(LessonOptions options) {
        Lesson lesson = MambaLesson.build(options);
        new Calculator(lesson.workbook()).recalculateAll();
        return lesson;
    }

    private static MambaReference referenceFor(Workbook book, boolean zoh) {
        return new MambaReference(LessonTensors.read(book, "X"), LessonTensors.read(book, "A"),
                LessonTensors.read(book, "W_B"), LessonTensors.read(book, "W_C"), LessonTensors.read(book, "w_dt"),
                LessonTensors.read(book, "dt_w"), LessonTensors.read(book, "dt_b"), LessonTensors.read(book, "D_skip"), zoh);
    }

    private static void assertMatches(Workbook book, MambaReference expected, boolean zoh, String where) {
        assertTensor(book, "s", expected.s, where);
        assertTensor(book, "delta", expected.delta, where);
        assertTensor(book, "B_sel", expected.bSel, where);
        assertTensor(book, "C_sel", expected.cSel, where);
        assertTensor(book, "Y", expected.y, where);
        assertTensor(book, "h_T", expected.hT, where);
        if (zoh) {
            assertTensor(book, "Y_euler", expected.yEuler, where);
            assertTensor(book, "Y_diff", expected.yDiff, where);
        }
        int steps = expected.y[0].length;
        if (steps <= MambaLesson.NAMED_STEP_LIMIT) {
            for (int t = 0; t < steps; t++) {
                assertTensor(book, "Abar_" + (t + 1), expected.abar[t], where);
                assertTensor(book, "Bbar_" + (t + 1), expected.bbar[t], where);
                assertTensor(book, "h_" + (t + 1), expected.h[t], where);
            }
        }
    }

    private static void assertTensor(Workbook book, String name, double[][] expected, String where) {
        assertMatrix(expected, LessonTensors.read(book, name), name + " (" + where + ")");
        comparisons++;
    }

    private static void assertMatrix(double[][] expected, double[][] actual, String what) {
        assertEquals(expected.length, actual.length, what + ": rows");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i].length, actual[i].length, what + ": columns");
            for (int j = 0; j < expected[i].length; j++) {
                assertClose(expected[i][j], actual[i][j], what + "[" + i + "][" + j + "]");
            }
        }
    }

    /** Relative 1e-12, absolute 1e-12 near zero. */
    private static void assertClose(double expected, double actual, String what) {
        double error = Math.abs(expected - actual) / Math.max(1, Math.max(Math.abs(expected), Math.abs(actual)));
        if (error > largestError) {
            largestError = error;
            largestAt = what;
        }
        assertTrue(error <= 1e-12, what + ": expected " + expected + ", the workbook has " + actual);
    }

    private static double maxAbs(double[][] values) {
        double max = 0;
        for (double[] row : values) {
            for (double v : row) {
                max = Math.max(max, Math.abs(v));
            }
        }
        return max;
    }

    private static Area shape(Area area) {
        return new Area(0, 0, area.rows() - 1, area.columns() - 1);
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }

    /** Every cell's address, constant or formula text: what "the same workbook" means. */
    private static List<String> describe(Workbook book) {
        List<String> cells = new ArrayList<>();
        for (Cell cell : book.sheet(0)) {
            cells.add(cell.address() + " " + (cell.hasFormula()
                    ? FormulaPrinter.print(cell.formula().expr(), cell.row(), cell.column(), FormulaPrinter.Style.DISPLAY)
                    : cell.value()));
        }
        return cells;
    }
}
