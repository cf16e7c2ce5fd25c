package org.aibyhand.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.Value;
import org.aibyhand.lesson.Lesson;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.Lessons;
import org.aibyhand.xlsx.AddedDrawing;
import org.aibyhand.xlsx.CachedValues;
import org.aibyhand.xlsx.ExcelCachedValues;
import org.aibyhand.xlsx.LibreOffice;
import org.aibyhand.xlsx.XlsxWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Training written as formulas computes what training in the app computes, step for step, in our engine and in
 * LibreOffice; and editing its learning rate retrains the whole run.
 */
class TrainingWorkbookTest {
    private static final double TOLERANCE = 1e-12;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"mlp, sgd", "mlp, momentum", "mlp, rmsprop", "mlp, adam", "rnn, sgd", "rnn, adam"})
    void everyStepsLossAndParametersEqualTrainingInTheApp(String model, String rule) {
        Hyperparameters settings = Hyperparameters.defaults(OptimizerKind.of(rule));
        int steps = 25;
        TrainingWorkbook.Layout layout = formulas(model, settings, steps);
        Trainer trainer = live(model, settings);
        for (int k = 0; k <= steps; k++) {
            if (k > 0) {
                trainer.step();
            }
            double expected = trainer.losses().get(k);
            assertEquals(expected, layout.lossCell(k).number(), TOLERANCE * Math.max(1, expected), "loss of step " + k);
            for (TrainingTarget.Parameter p : trainer.target().parameters()) {
                Cell copy = layout.lesson().workbook().sheet(0).cell(p.cell().row() + k * layout.rowsPerStep(), p.cell().column());
                assertEquals(p.cell().number(), copy.number(), TOLERANCE * Math.max(1, Math.abs(p.cell().number())),
                        p.label() + " at step " + k);
            }
        }
    }

    @Test
    void aNewLearningRateTypedIntoTheWorkbookRetrainsTheWholeRun() {
        Hyperparameters settings = Hyperparameters.defaults(OptimizerKind.MOMENTUM);
        TrainingWorkbook.Layout layout = formulas("mlp", settings, 10);
        Calculator calculator = new Calculator(layout.lesson().workbook());
        calculator.recalculateAll();
        Cell rateCell = layout.lesson().workbook().sheet(0).cell(layout.chartRow(), layout.steps().left() + 1);
        assertEquals(settings.learningRate(), rateCell.number(), 0.0, "the learning rate's cell");
        calculator.setValue(rateCell.sheet(), rateCell.row(), rateCell.column(), new NumberValue(0.3));
        Trainer trainer = live("mlp", settings.withLearningRate(0.3));
        trainer.run(10, null);
        assertEquals(trainer.loss(), layout.lossCell(10).number(), TOLERANCE);
    }

    @Test
    void libreOfficeRecomputesEveryStepToOurValues(@TempDir Path temp) throws Exception {
        Path soffice = LibreOffice.required();
        for (String[] run : new String[][] {{"mlp", "adam"}, {"rnn", "momentum"}}) {
            TrainingWorkbook.Layout layout = formulas(run[0], Hyperparameters.defaults(OptimizerKind.of(run[1])), 20);
            Path ours = temp.resolve(run[0] + "-ours.xlsx");
            XlsxWriter.write(layout.lesson().workbook(), null, ours);
            new AddedDrawing(0).lineChart("loss", layout.steps(), layout.losses(), layout.chartRow(),
                    layout.chartColumn()).addTo(ours);
            Path stripped = Files.createDirectories(temp.resolve(run[0] + "-in")).resolve(run[0] + ".xlsx");
            CachedValues.strip(ours, stripped);
            Path converted = LibreOffice.convert(soffice, stripped,
                    Files.createDirectories(temp.resolve(run[0] + "-out")), Duration.ofMinutes(3));
            Map<String, Value> expected = ExcelCachedValues.read(ours);
            Map<String, Value> libre = ExcelCachedValues.read(converted);
            assertTrue(expected.size() > 1000, "only " + expected.size() + " computed cells");
            assertEquals(expected.keySet(), libre.keySet());
            List<String> differences = new ArrayList<>();
            for (var cell : expected.entrySet()) {
                if (!ExcelCachedValues.matches(cell.getValue(), libre.get(cell.getKey()))) {
                    differences.add(cell.getKey() + ": ours " + cell.getValue() + ", LibreOffice " + libre.get(cell.getKey()));
                }
            }
            if (!differences.isEmpty()) {
                fail(run[0] + ": " + differences.size() + " of " + expected.size() + " cells differ, e.g. "
                        + differences.subList(0, Math.min(10, differences.size())));
            }
            System.out.printf("lesson train %s %s: LibreOffice recomputed all %d cells to our values%n", run[0], run[1],
                    expected.size());
        }
    }

    private static TrainingWorkbook.Layout formulas(String model, Hyperparameters settings, int steps) {
        Lesson lesson = Lessons.build(model, new LessonOptions(1));
        TrainingWorkbook.Layout layout = TrainingWorkbook.write(lesson, settings, steps);
        new Calculator(lesson.workbook()).recalculateAll();
        return layout;
    }

    private static Trainer live(String model, Hyperparameters settings) {
        Lesson lesson = Lessons.build(model, new LessonOptions(1));
        Calculator calculator = new Calculator(lesson.workbook());
        calculator.recalculateAll();
        return new Trainer(calculator, TrainingTarget.forLesson(lesson.workbook(), lesson.loss(), lesson.gradients()),
                settings);
    }
}
