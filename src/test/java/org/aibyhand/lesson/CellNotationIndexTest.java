package org.aibyhand.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.DefinedName;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Stage;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.Value;
import org.junit.jupiter.api.Test;
import org.aibyhand.lesson.mamba.MambaLesson;
import org.aibyhand.lesson.mamba.MambaReference;
import org.aibyhand.lesson.mlp.MlpCases;
import org.aibyhand.lesson.rnn.RnnReference;
import org.aibyhand.lesson.rnn.RnnSheet;

/**
 * Reads the element back out of every cell's notation (the tensor and its 1-based indices, as a student reads
 * them) and checks it against the sheet: the cell must be that element of the block of that defined name, and
 * hold the value the independent reference computes for that element.
 */
class CellNotationIndexTest {
    private static final Set<String> RNN_STEP_VECTORS = Set.of("x", "h", "ŷ", "y", "dŶ", "dH", "dZ");
    private static final Map<String, String> RNN_NAMES = Map.of("x", "X", "h", "H", "ŷ", "Y_hat", "y", "Y",
            "dŶ", "dY_hat", "dH", "dH", "dZ", "dZ");
    private static final Map<String, String> MAMBA_STEP_VECTORS = Map.of("x", "X", "B", "B_sel", "C", "C_sel", "y", "Y",
            "y_euler", "Y_euler", "y_diff", "Y_diff");
    private static final Map<String, String> MAMBA_STEP_MATRICES = Map.of("Ā", "Abar_", "B̄", "Bbar_", "h", "h_",
            "h_euler", "h_euler_");

    /** The element a notation names, in the tensor's own (row, column), zero-based. */
    private record Target(String name, int i, int j) {
    }

    @Test
    void mlpElementsAreWhereTheirNotationSaysTheyAre() {
        for (int[] c : MlpCases.CASES) {
            Lesson lesson = computed(MlpCases.build(c));
            Map<String, double[][]> reference = MlpCases.reference(lesson.workbook());
            check(lesson, reference, Map.of(), this::mlp, t -> position(lesson.workbook(), t), MlpCases.describe(c));
        }
    }

    @Test
    void rnnElementsAreWhereTheirNotationSaysTheyAreAlsoTransposed() {
        int[][] sizes = {{2, 3, 1, 4}, {3, 2, 2, 5}, {1, 1, 1, 1}};
        for (int[] size : sizes) {
            for (boolean transposed : new boolean[] {false, true}) {
                RnnSheet rnn = RnnSheet.of(5, size[0], size[1], size[2], size[3], transposed);
                Map<String, double[][]> reference = RnnReference.compute(rnn.givens());
                String where = "I H O T " + size[0] + " " + size[1] + " " + size[2] + " " + size[3]
                        + (transposed ? ", transposed" : "");
                check(rnn.lesson, reference, Map.of(), this::rnn,
                        t -> new int[] {rnn.row(t.name, t.i, t.j), rnn.column(t.name, t.i, t.j)}, where);
            }
        }
    }

    @Test
    void mambaElementsAreWhereTheirNotationSaysTheyAreWithEitherDiscretisation() {
        int[][] sizes = {{2, 2, 3}, {3, 2, 2}, {1, 3, 1}, {2, 3, MambaLesson.NAMED_STEP_LIMIT + 4}};
        for (int[] size : sizes) {
            for (boolean zoh : new boolean[] {false, true}) {
                LessonOptions options = new LessonOptions(3).with("channels", size[0]).with("state", size[1])
                        .with("steps", size[2]);
                Lesson lesson = computed(MambaLesson.build(zoh ? options.withFlag("zoh") : options));
                String where = "D N T " + size[0] + " " + size[1] + " " + size[2] + (zoh ? ", zoh" : "");
                check(lesson, mambaReference(lesson.workbook(), zoh), unnamedMambaBlocks(lesson, zoh), this::mamba,
                        t -> position(lesson.workbook(), t), where);
            }
        }
    }

    private Target mlp(NotationElement e) {
        String name = e.subscript() == null ? e.symbol() : e.symbol() + "_" + e.subscript();
        return plain(name, e);
    }

    private Target rnn(NotationElement e) {
        if (RNN_STEP_VECTORS.contains(e.symbol())) {
            assertNotNull(e.subscript(), e + " needs its time step");
            if (e.symbol().equals("h") && e.subscript() == 0) {
                return new Target("h_0", e.index() - 1, 0);
            }
            return new Target(RNN_NAMES.get(e.symbol()), e.index() - 1, e.subscript() - 1);
        }
        assertNull(e.subscript(), e + " is not indexed by time");
        return plain(e.symbol(), e);
    }

    private Target mamba(NotationElement e) {
        String symbol = e.symbol();
        if (MAMBA_STEP_VECTORS.containsKey(symbol)) {
            return new Target(MAMBA_STEP_VECTORS.get(symbol), e.index() - 1, e.subscript() - 1);
        }
        if (MAMBA_STEP_MATRICES.containsKey(symbol)) {
            return new Target(MAMBA_STEP_MATRICES.get(symbol) + e.subscript(), e.row() - 1, e.column() - 1);
        }
        switch (symbol) {
            case "s": return new Target("s", 0, e.subscript() - 1);
            case "Δ": return new Target("delta", e.row() - 1, e.column() - 1);
            case "w_dt": return new Target("w_dt", 0, e.index() - 1);
            default:
                assertNull(e.subscript(), e + " is not indexed by time");
                return plain(symbol, e);
        }
    }

    /** A tensor without a time subscript: a matrix element [i,j], a column-vector element [i], or a number. */
    private static Target plain(String name, NotationElement e) {
        int[] indices = e.indices();
        return new Target(name, indices.length == 0 ? 0 : indices[0] - 1, indices.length < 2 ? 0 : indices[1] - 1);
    }

    private interface Resolver {
        Target resolve(NotationElement element);
    }

    private interface Locator {
        /** The sheet (row, column) of the target element, or null when its block has no name and no known area. */
        int[] locate(Target target);
    }

    private static void check(Lesson lesson, Map<String, double[][]> reference, Map<String, Area> unnamed,
            Resolver resolver, Locator locator, String where) {
        Workbook book = lesson.workbook();
        Sheet sheet = book.sheet(0);
        int checked = 0;
        for (Cell cell : sheet) {
            String notation = lesson.notation().at(cell.row(), cell.column());
            if (notation == null) {
                continue;
            }
            String what = where + ": " + cell.address() + " '" + notation + "'";
            Target target = resolver.resolve(NotationElement.parse(notation));
            String holder = definedNameAt(book, cell.row(), cell.column());
            boolean named = LessonTensors.area(book, target.name) != null;
            assertEquals(named ? target.name : null, holder, what + ": the block holding the cell");
            int[] expected = named ? locator.locate(target) : unnamedPosition(unnamed, target);
            if (expected != null) {
                assertEquals(expected[0], cell.row(), what + ": row");
                assertEquals(expected[1], cell.column(), what + ": column");
            }
            double[][] values = reference.get(target.name);
            assertNotNull(values, what + ": no reference for " + target.name);
            double actual = number(sheet.value(cell.row(), cell.column()), what);
            double wanted = values[target.i][target.j];
            assertTrue(Math.abs(wanted - actual) <= 1e-9 * Math.max(1, Math.abs(wanted)),
                    what + ": holds " + actual + " but that element is " + wanted);
            checked++;
        }
        assertTrue(checked > 0, where + ": no cell has a notation");
    }

    private static int[] position(Workbook book, Target target) {
        Area area = LessonTensors.area(book, target.name);
        assertTrue(target.i < area.rows() && target.j < area.columns(), target + " lies outside " + area);
        return new int[] {area.top() + target.i, area.left() + target.j};
    }

    private static int[] unnamedPosition(Map<String, Area> unnamed, Target target) {
        Area area = unnamed.get(target.name);
        return area == null ? null : new int[] {area.top() + target.i, area.left() + target.j};
    }

    /** The workbook-level name whose range holds the cell, or null. */
    private static String definedNameAt(Workbook book, int row, int column) {
        String found = null;
        for (DefinedName name : book.definedNames()) {
            Area area = LessonTensors.area(book, name.name());
            if (area != null && area.contains(row, column)) {
                assertNull(found, "two names hold row " + row + " column " + column);
                found = name.name();
            }
        }
        return found;
    }

    /**
     * The Mamba blocks that have no name, found through the walkthrough: h₀ is the unnamed area among the givens;
     * with the zero-order hold, the Euler state of each detailed step is shown beside h_t in that step's stage.
     */
    private static Map<String, Area> unnamedMambaBlocks(Lesson lesson, boolean zoh) {
        Map<String, Area> unnamed = new HashMap<>();
        for (Area area : lesson.plan().get(0).cells()) {
            if (definedNameAt(lesson.workbook(), area.top(), area.left()) == null) {
                unnamed.put("h_0", area);
            }
        }
        for (Stage stage : lesson.plan()) {
            if (zoh && stage.title().matches("t = \\d+: h.*")) {
                String step = stage.title().substring(4, stage.title().indexOf(':'));
                unnamed.put("h_euler_" + step, stage.cells().get(1));
            }
        }
        assertNotNull(unnamed.get("h_0"), "h₀ among the givens");
        return unnamed;
    }

    private static Map<String, double[][]> mambaReference(Workbook book, boolean zoh) {
        String[] givens = {"X", "A", "W_B", "W_C", "w_dt", "dt_w", "dt_b", "D_skip"};
        Map<String, double[][]> all = new HashMap<>();
        for (String name : givens) {
            all.put(name, LessonTensors.read(book, name));
        }
        MambaReference r = new MambaReference(all.get("X"), all.get("A"), all.get("W_B"), all.get("W_C"), all.get("w_dt"),
                all.get("dt_w"), all.get("dt_b"), all.get("D_skip"), zoh);
        all.put("s", r.s);
        all.put("delta", r.delta);
        all.put("B_sel", r.bSel);
        all.put("C_sel", r.cSel);
        all.put("Y", r.y);
        all.put("Y_euler", r.yEuler);
        all.put("Y_diff", r.yDiff);
        all.put("h_T", r.hT);
        all.put("h_0", new double[r.hT.length][r.hT[0].length]);
        for (int t = 0; t < r.h.length; t++) {
            all.put("Abar_" + (t + 1), r.abar[t]);
            all.put("Bbar_" + (t + 1), r.bbar[t]);
            all.put("h_" + (t + 1), r.h[t]);
            all.put("h_euler_" + (t + 1), r.hEuler[t]);
        }
        return all;
    }

    private static Lesson computed(Lesson lesson) {
        new Calculator(lesson.workbook()).recalculateAll();
        return lesson;
    }

    private static double number(Value value, String what) {
        if (!(value instanceof NumberValue number)) {
            throw new AssertionError(what + " holds " + value + ", not a number");
        }
        return number.value();
    }
}
