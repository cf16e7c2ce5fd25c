package org.aibyhand.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Stage;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.ref.A1;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.Value;
import org.aibyhand.xlsx.CachedValues;
import org.aibyhand.xlsx.ExcelCachedValues;
import org.aibyhand.xlsx.LibreOffice;
import org.aibyhand.xlsx.XlsxWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every lesson with a loss promises, checked on each of its cases (two seeds, two sizes at least): its named
 * tensors equal an independent plain-Java reference of its equations, as our engine computes them and as
 * LibreOffice recomputes the saved formulas (relative 1e-9); every gradient equals the central finite difference
 * of the loss; the plan reveals each computed cell once; every model cell has its notation. A subclass names the
 * lesson, its cases, its givens and its reference.
 */
public abstract class LessonContract {
    private static final double STEP = 1e-5;

    /** The lesson's kind, as in {@link Lessons#ALL}. */
    protected abstract String kind();

    /** The options to check: at least two seeds and two sizes. */
    protected abstract List<LessonOptions> cases();

    /** The names of the given (constant, numeric) tensors the reference reads. */
    protected abstract List<String> givens();

    /** The givens of one case, when they depend on its options (as a stacked RNN's layers do). */
    protected List<String> givens(LessonOptions options) {
        return givens();
    }

    /** Every computed tensor by name, from the givens, for the options of that case. */
    protected abstract Map<String, double[][]> reference(Map<String, double[][]> givens, LessonOptions options);

    /**
     * Relative 1e-9; below a magnitude of 1e-6 absolute 1e-15, so that a value that is zero in exact arithmetic
     * (5.6e-17 in ours, 0 in LibreOffice, which snaps such sums to zero as Excel does) is not judged relatively.
     */
    private static final double NEAR_ZERO = 1e-6;
    private final RelativeTolerance versusReference = new RelativeTolerance(getClass().getSimpleName() + ": tensors vs reference",
            1e-9, NEAR_ZERO);
    private final RelativeTolerance versusLibreOffice = new RelativeTolerance(getClass().getSimpleName()
            + ": LibreOffice's recomputation vs reference", 1e-9, NEAR_ZERO);
    private final RelativeTolerance versusDifferences = new RelativeTolerance(getClass().getSimpleName()
            + ": gradients vs central differences", 1e-6, 1e-4);

    /** "seed 7 {hidden=3, ...}" with every size, defaults included. */
    private String describe(LessonOptions options) {
        return "seed " + options.seed() + " " + Lessons.of(kind()).complete(options).sizes();
    }

    protected Lesson build(LessonOptions options) {
        Lesson lesson = Lessons.build(kind(), options);
        new Calculator(lesson.workbook()).recalculateAll();
        return lesson;
    }

    private Map<String, double[][]> givens(Workbook book, LessonOptions options) {
        Map<String, double[][]> given = new LinkedHashMap<>();
        for (String name : givens(options)) {
            given.put(name, LessonTensors.read(book, name));
        }
        return given;
    }

    @Test
    void tensorsEqualAnIndependentReference() {
        for (LessonOptions options : cases()) {
            Lesson lesson = build(options);
            Map<String, double[][]> expected = reference(givens(lesson.workbook(), options), options);
            for (var tensor : expected.entrySet()) {
                versusReference.check(tensor.getKey() + " " + describe(options), tensor.getValue(),
                        LessonTensors.read(lesson.workbook(), tensor.getKey()));
            }
        }
        System.out.println(versusReference.report());
    }

    @Test
    void gradientsEqualCentralDifferencesOfTheLoss() {
        for (LessonOptions options : cases()) {
            Lesson lesson = Lessons.build(kind(), options);
            Calculator calculator = new Calculator(lesson.workbook());
            calculator.recalculateAll();
            Workbook book = lesson.workbook();
            assertTrue(!lesson.gradients().isEmpty(), "the lesson names its gradients");
            for (var pair : lesson.gradients().entrySet()) {
                double[][] parameter = LessonTensors.read(book, pair.getKey());
                double[][] gradient = LessonTensors.read(book, pair.getValue());
                for (int i = 0; i < parameter.length; i++) {
                    for (int j = 0; j < parameter[i].length; j++) {
                        double w = parameter[i][j];
                        LessonTensors.set(calculator, pair.getKey(), i, j, w + STEP);
                        double up = LessonTensors.read(book, lesson.loss())[0][0];
                        LessonTensors.set(calculator, pair.getKey(), i, j, w - STEP);
                        double down = LessonTensors.read(book, lesson.loss())[0][0];
                        LessonTensors.set(calculator, pair.getKey(), i, j, w);
                        versusDifferences.check(pair.getValue() + "[" + i + "][" + j + "] " + describe(options), (up - down) / (2 * STEP), gradient[i][j]);
                    }
                }
            }
        }
        System.out.println(versusDifferences.report());
    }

    @Test
    void thePlanRevealsEveryComputedCellOnceAndEveryModelCellHasItsNotation() {
        for (LessonOptions options : cases()) {
            Lesson lesson = build(options);
            Set<Long> formulas = new HashSet<>();
            for (Cell cell : lesson.workbook().sheet(0)) {
                String notation = lesson.notation().at(cell.row(), cell.column());
                String where = kind() + " " + options.sizes() + " " + A1.columnName(cell.column()) + (cell.row() + 1);
                if (cell.hasFormula()) {
                    formulas.add(key(cell.row(), cell.column()));
                    assertNotNull(notation, where + " is computed but has no notation");
                    assertTrue(notation.contains(BlockNotation.SEPARATOR), where + ": " + notation);
                } else if (cell.value() instanceof NumberValue) {
                    assertNotNull(notation, where + " is a given number but has no notation");
                    assertTrue(notation.endsWith(", given"), where + ": " + notation);
                }
            }
            Set<Long> revealed = new HashSet<>();
            List<Stage> plan = lesson.plan();
            for (Stage stage : plan.subList(1, plan.size())) {
                for (Area area : stage.cells()) {
                    for (int r = area.top(); r <= area.bottom(); r++) {
                        for (int c = area.left(); c <= area.right(); c++) {
                            assertTrue(revealed.add(key(r, c)), "revealed twice: " + area + " in " + stage.title());
                        }
                    }
                }
            }
            assertEquals(formulas, revealed, kind() + ": the stages after the first reveal exactly the computed cells");
        }
    }

    @Test
    void libreOfficeRecomputesTheSavedFormulasToTheReference(@TempDir Path temp) throws Exception {
        Path soffice = LibreOffice.required();
        int n = 0;
        for (LessonOptions options : cases()) {
            Lesson lesson = build(options);
            Workbook book = lesson.workbook();
            Path saved = Files.createDirectories(temp.resolve("ours")).resolve(kind() + n + ".xlsx");
            XlsxWriter.write(book, null, saved);
            Path stripped = Files.createDirectories(temp.resolve("in")).resolve(kind() + n + ".xlsx");
            CachedValues.strip(saved, stripped);
            Path converted = LibreOffice.convert(soffice, stripped, Files.createDirectories(temp.resolve("out")),
                    Duration.ofMinutes(3));
            Map<String, Value> libre = ExcelCachedValues.read(converted);
            Map<String, double[][]> expected = reference(givens(book, options), options);
            String sheet = book.sheet(0).name();
            for (var tensor : expected.entrySet()) {
                Area area = LessonTensors.area(book, tensor.getKey());
                for (int i = 0; i < area.rows(); i++) {
                    for (int j = 0; j < area.columns(); j++) {
                        String cell = sheet + "!" + A1.columnName(area.left() + j) + (area.top() + i + 1);
                        Value value = libre.get(cell);
                        assertTrue(value instanceof NumberValue, cell + " (" + tensor.getKey() + ") is " + value + " in LibreOffice");
                        versusLibreOffice.check(tensor.getKey() + "[" + i + "][" + j + "] " + describe(options),
                                tensor.getValue()[i][j], ((NumberValue) value).value());
                    }
                }
            }
            n++;
        }
        System.out.println(versusLibreOffice.report());
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }
}
