package org.aibyhand.train;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Formula;
import org.aibyhand.engine.book.FormulaKind;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.format.CellStyle;
import org.aibyhand.engine.book.format.SheetFormat;
import org.aibyhand.engine.ref.A1;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.ref.CellAddress;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.TextValue;
import org.aibyhand.i18n.Texts;
import org.aibyhand.lesson.Lesson;

/**
 * A whole training run as formulas, the way fast.ai teaches the optimizers in a spreadsheet: the lesson's sheet is
 * step 0, and below it each step k is a copy of the sheet whose parameters are formulas of step k − 1's parameters
 * and gradients (and of the rule's running averages, in copies of the parameter cells to the right), so the forward
 * and backward pass of every step are there to read. The settings sit to the right of the lesson, beside the loss
 * of every step; change the learning rate or a weight of step 0 and Excel or LibreOffice recompute the whole run.
 */
public final class TrainingWorkbook {
    /** Where the loss-per-step table lies, for the chart drawn beside it. */
    public record Layout(Lesson lesson, Area steps, Area losses, int chartRow, int chartColumn, int rowsPerStep) {
        /** The loss of step k, where the table shows it. */
        public Cell lossCell(int step) {
            return lesson.workbook().sheet(0).cell(losses.top() + step, losses.left());
        }
    }

    private static final int SETTINGS_ROW = 2;
    private static final int TABLE_ROW = 9;

    private final Lesson lesson;
    private final Sheet sheet;
    private final TrainingTarget target;
    private final int height;
    private final int width;

    private TrainingWorkbook(Lesson lesson) {
        this.lesson = lesson;
        this.sheet = lesson.workbook().sheet(0);
        this.target = TrainingTarget.forLesson(lesson.workbook(), lesson.loss(), lesson.gradients());
        int rows = 0;
        int columns = 0;
        for (Cell cell : sheet) {
            rows = Math.max(rows, cell.row() + 1);
            columns = Math.max(columns, cell.column() + 1);
        }
        this.height = rows;
        this.width = columns;
    }

    /** Adds {@code steps} steps of {@code settings}' rule to the lesson's own sheet. */
    public static Layout write(Lesson lesson, Hyperparameters settings, int steps) {
        return new TrainingWorkbook(lesson).write(settings, steps);
    }

    private Layout write(Hyperparameters settings, int steps) {
        List<Source> sources = sources(); // the lesson alone, before anything is added beside it
        int rowsPerStep = height + 2;
        int settingsColumn = width + 1;
        UpdateFormulas rules = settings(settingsColumn, settings);
        int averagesColumn = settingsColumn + 12; // past the loss table and its chart
        Map<Cell, Integer> parameterIndex = new HashMap<>();
        for (int i = 0; i < target.parameters().size(); i++) {
            parameterIndex.put(target.parameters().get(i).cell(), i);
        }
        int[] averageOffsets = {averagesColumn, averagesColumn + width + 1};
        for (int a = 0; a < rules.averages(); a++) {
            label(0, averageOffsets[a], Texts.get(a == 0 && settings.kind() != OptimizerKind.RMSPROP
                    ? "train.sheet.firstAverage" : "train.sheet.secondAverage"));
            for (TrainingTarget.Parameter p : target.parameters()) {
                number(p.cell().row(), p.cell().column() + averageOffsets[a], 0);
            }
        }
        label(TABLE_ROW - 1, settingsColumn, Texts.get("train.sheet.step"));
        label(TABLE_ROW - 1, settingsColumn + 1, Texts.get("train.sheet.loss"));
        for (int k = 0; k <= steps; k++) {
            int offset = k * rowsPerStep;
            if (k > 0) {
                copyStep(sources, parameterIndex, rules, offset, rowsPerStep, averageOffsets,
                        absolute(TABLE_ROW + k, settingsColumn));
            }
            number(TABLE_ROW + k, settingsColumn, k);
            Cell loss = target.loss();
            formula(TABLE_ROW + k, settingsColumn + 1, "=" + a1(loss.row() + offset, loss.column()));
        }
        Area stepsArea = new Area(TABLE_ROW, settingsColumn, TABLE_ROW + steps, settingsColumn);
        Area lossArea = new Area(TABLE_ROW, settingsColumn + 1, TABLE_ROW + steps, settingsColumn + 1);
        sheet.format().setColumnWidth(settingsColumn, 15);
        sheet.format().setColumnWidth(settingsColumn + 1, 12);
        return new Layout(lesson, stepsArea, lossArea, SETTINGS_ROW, settingsColumn + 2, rowsPerStep);
    }

    /** The settings' cells, labelled, and the rule's formulas reading them. */
    private UpdateFormulas settings(int column, Hyperparameters settings) {
        label(0, column, Texts.get("train.sheet.settings", Texts.get("train.optimizer." + settings.kind().id())));
        String[] names = {"train.sheet.rate", "train.sheet.beta1", "train.sheet.beta2", "train.sheet.epsilon"};
        double[] values = {settings.learningRate(), settings.beta1(), settings.beta2(), settings.epsilon()};
        String[] cells = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            label(SETTINGS_ROW + i, column, Texts.get(names[i]));
            number(SETTINGS_ROW + i, column + 1, values[i]);
            cells[i] = absolute(SETTINGS_ROW + i, column + 1);
        }
        return new UpdateFormulas(settings.kind(), cells[0], cells[1], cells[2], cells[3]);
    }

    /** A cell of the lesson as it was before any step was added. */
    private record Source(int row, int column, Formula formula, Object constant, CellStyle style) {
    }

    private List<Source> sources() {
        SheetFormat format = sheet.format();
        Map<Long, Source> byPlace = new HashMap<>();
        for (Cell cell : sheet) {
            Object constant = cell.hasFormula() ? null : cell.value();
            byPlace.put(key(cell.row(), cell.column()), new Source(cell.row(), cell.column(), cell.formula(), constant,
                    format.hasStyle(cell.row(), cell.column()) ? format.style(cell.row(), cell.column()) : null));
        }
        format.forEachStyledCell((row, column, style) -> byPlace.putIfAbsent(key(row, column),
                new Source(row, column, null, null, style)));
        return new ArrayList<>(byPlace.values());
    }

    /** Step k's copy of the sheet, {@code offset} rows down, reading step k − 1's copy {@code back} rows up. */
    private void copyStep(List<Source> sources, Map<Cell, Integer> parameterIndex, UpdateFormulas rules, int offset,
            int back, int[] averageOffsets, String stepNumber) {
        for (Source source : sources) {
            int row = source.row() + offset;
            if (source.style() != null) {
                sheet.format().setStyle(row, source.column(), source.style());
            }
            Cell original = sheet.cell(source.row(), source.column());
            Integer parameter = original == null ? null : parameterIndex.get(original);
            if (parameter != null) {
                update(target.parameters().get(parameter), rules, offset, back, averageOffsets, stepNumber);
            } else if (source.formula() != null) {
                sheet.cellForWrite(row, source.column()).setFormula(
                        ShiftedFormula.of(source.formula(), source.row(), source.column(), offset));
            } else if (source.constant() instanceof NumberValue) {
                formula(row, source.column(), "=" + a1(row - back, source.column())); // data: as in the step before
            } else if (source.constant() instanceof TextValue text) {
                String shown = source.row() == 0 && source.column() == 0
                        ? Texts.get("train.sheet.stepTitle", offset / back) : text.text();
                sheet.cellForWrite(row, source.column()).setValue(new TextValue(shown));
            }
        }
        for (Area merge : List.copyOf(sheet.format().merged())) {
            if (merge.bottom() < height) {
                sheet.format().merged().add(new Area(merge.top() + offset, merge.left(), merge.bottom() + offset, merge.right()));
            }
        }
    }

    private void update(TrainingTarget.Parameter p, UpdateFormulas rules, int offset, int back, int[] averageOffsets,
            String stepNumber) {
        int row = p.cell().row() + offset;
        int column = p.cell().column();
        String previous = a1(row - back, column);
        String gradient = a1(p.gradient().row() + offset - back, p.gradient().column());
        String[] averages = new String[2];
        for (int a = 0; a < rules.averages(); a++) {
            int at = column + averageOffsets[a];
            averages[a] = a1(row, at);
            String before = a1(row - back, at);
            formula(row, at, a == 0 ? rules.firstAverage(before, gradient) : rules.secondAverage(before, gradient));
        }
        formula(row, column, rules.parameter(previous, gradient, averages[0], averages[1], stepNumber));
    }

    private void label(int row, int column, String text) {
        sheet.cellForWrite(row, column).setValue(new TextValue(text));
    }

    private void number(int row, int column, double value) {
        sheet.cellForWrite(row, column).setValue(new NumberValue(value));
    }

    private void formula(int row, int column, String text) {
        Formula formula = Formula.parse(text, row, column, FormulaKind.PLAIN);
        if (!formula.isParsed()) {
            throw new IllegalStateException("a training formula could not be read: " + text);
        }
        sheet.cellForWrite(row, column).setFormula(formula);
    }

    private static String a1(int row, int column) {
        return new CellAddress(row, column).toA1();
    }

    private static String absolute(int row, int column) {
        return "$" + A1.columnName(column) + "$" + (row + 1);
    }

    private static long key(int row, int column) {
        return (long) row << 20 | column;
    }
}
