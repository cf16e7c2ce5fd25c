package org.aibyhand.engine.walkthrough;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Formula;
import org.aibyhand.engine.book.FormulaKind;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Stage;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.book.format.CellStyle;
import org.aibyhand.engine.book.format.Rgb;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.value.NumberValue;

/**
 * Turns a workbook into an exercise: the computed cells of the chosen stages become blanks for the student to
 * fill in (light yellow), and each sheet gets a "Self-check" table right of its cells that says, per blank,
 * NOT DONE, CORRECT or INCORRECT, within a tolerance, plus a count of the correct ones.
 *
 * <p>A blank's check recomputes the answer from the cell's original formula, which reads the student's own
 * answers upstream, so a mistake is not counted again in every later cell ("error carried forward"). Where the
 * formula cannot be moved (a member of an array over several cells; a formula that, at the check cell, no longer
 * gives its value, such as {@code ROW()} or a range implicitly intersected with its row; a check longer than
 * Excel allows), the check compares with the number the cell showed instead. A single-cell array formula's check
 * is itself entered as an array formula, so it computes the same way. See {@link ExerciseCells} for which cells
 * are blanked. The formulas downstream of the blanks show an empty cell until the blanks are filled
 * ({@link DownstreamPlaceholders}), not an error.
 */
public final class Exercise {
    /** The fill of the cells to fill in: Excel's light gold ("Gold, lighter 80%"). */
    public static final Rgb ANSWER_FILL = Rgb.hex("FFF2CC");

    private Exercise() {
    }

    /**
     * Blanks the stages' computed cells of {@code book} and adds the self-check tables. The workbook is left
     * recalculated, so it can be saved as it is.
     *
     * @param tolerance relative, with an absolute floor: an answer is CORRECT when
     *     {@code |answer - expected| <= tolerance * max(1, |expected|)}
     * @throws IllegalArgumentException when the stages hold no formula cell with a number to work out (nothing is
     *     changed then), or the tolerance is negative or not finite
     */
    public static ExerciseSummary apply(Workbook book, List<Stage> stages, double tolerance) {
        return apply(book, stages, tolerance, SelfCheckWords.ENGLISH);
    }

    /** Like {@link #apply(Workbook, List, double)}, with the self-check table in the given words. */
    public static ExerciseSummary apply(Workbook book, List<Stage> stages, double tolerance, SelfCheckWords words) {
        Calculator calculator = new Calculator(book);
        calculator.recalculateAll();
        return apply(calculator, stages, tolerance, words);
    }

    /** Like {@link #apply(Workbook, List, double, SelfCheckWords)}, through a calculator whose workbook is up to date. */
    public static ExerciseSummary apply(Calculator calculator, List<Stage> stages, double tolerance,
            SelfCheckWords words) {
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("the tolerance must be a finite number of at least 0, not " + tolerance);
        }
        List<ExerciseCell> cells = ExerciseCells.collect(calculator.workbook(), stages);
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("the chosen stages hold no formula cell with a number to work out");
        }
        Map<Sheet, List<ExerciseCell>> bySheet = new LinkedHashMap<>();
        cells.forEach(c -> bySheet.computeIfAbsent(c.cell().sheet(), s -> new ArrayList<>()).add(c));
        List<SelfCheckTable> tables = new ArrayList<>();
        bySheet.forEach((sheet, onSheet) -> tables.add(SelfCheckTable.placeFor(sheet, onSheet, words)));

        // Decided while the original values are still there to compare with.
        Map<ExerciseCell, Formula> checks = new LinkedHashMap<>();
        for (SelfCheckTable table : tables) {
            for (int i = 0; i < table.cells().size(); i++) {
                checks.put(table.cells().get(i), check(calculator, table, i, tolerance, words));
            }
        }
        DownstreamPlaceholders quiet = DownstreamPlaceholders.find(calculator, cells.stream().map(ExerciseCell::cell).toList());
        tables.forEach(table -> table.blank(calculator));
        quiet.wrap();
        List<String> addresses = new ArrayList<>();
        for (SelfCheckTable table : tables) {
            table.writeLabels(calculator);
            for (int i = 0; i < table.cells().size(); i++) {
                calculator.setFormula(table.sheet(), table.checkRow(i), table.checkColumn(), checks.get(table.cells().get(i)));
            }
            table.writeSummary(calculator); // last, so that it is not recomputed for every check put in
            table.style();
            addresses.add(table.qualifiedArea());
        }
        cells.forEach(c -> markAnswer(c.cell()));
        return new ExerciseSummary(cells.size(), addresses);
    }

    /**
     * The check formula of the table's row {@code index}: with the cell's own formula as the expected value when,
     * tried at the check cell, it gives the cell's value; else with that value as a number.
     */
    private static Formula check(Calculator calculator, SelfCheckTable table, int index, double tolerance,
            SelfCheckWords words) {
        ExerciseCell target = table.cells().get(index);
        int row = table.checkRow(index);
        int column = table.checkColumn();
        String answer = target.cell().address();
        Formula original = target.formula();
        if (original != null && original.isParsed()) {
            String expected = SelfCheckFormula.expectedFormula(target.cell());
            String text = SelfCheckFormula.text(answer, expected, tolerance, words);
            if (text.length() <= SelfCheckFormula.MAX_LENGTH) {
                calculator.setFormula(table.sheet(), row, column, SelfCheckFormula.at(expected, row, column, original.kind()));
                if (table.sheet().value(row, column) instanceof NumberValue moved && moved.value() == target.value()) {
                    return SelfCheckFormula.at(text, row, column, original.kind());
                }
            }
        }
        String text = SelfCheckFormula.text(answer, SelfCheckFormula.expectedNumber(target.value()), tolerance, words);
        return SelfCheckFormula.at(text, row, column, FormulaKind.PLAIN);
    }

    private static void markAnswer(Cell cell) {
        CellStyle style = cell.sheet().format().style(cell.row(), cell.column());
        cell.sheet().format().setStyle(cell.row(), cell.column(), style.withFill(ANSWER_FILL));
    }
}
