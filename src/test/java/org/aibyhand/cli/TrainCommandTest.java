package org.aibyhand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.book.drawing.Chart;
import org.aibyhand.engine.book.drawing.Picture;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.xlsx.LoadedWorkbook;
import org.aibyhand.xlsx.XlsxReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code lesson train} as a user runs it: a workbook with a loss chart (and a boundary picture), or one line. */
class TrainCommandTest {

    @Test
    void writesTheRunWithItsChartAndTheBoundaryPicture(@TempDir Path temp) throws Exception {
        Path file = temp.resolve("xor.xlsx");
        String[] result = run("lesson", "train", "--data", "xor", "--optimizer", "adam", "--steps", "40", file.toString());
        assertEquals("0", result[0], result[2]);
        assertTrue(result[1].startsWith("lesson train mlp, adam at 0.05 for 40 steps"), result[1]);
        LoadedWorkbook loaded = XlsxReader.read(file);
        Workbook book = loaded.workbook();
        var drawings = book.sheet(0).format().drawings();
        assertEquals(1, drawings.stream().map(d -> d.object()).filter(Chart.class::isInstance).count());
        assertEquals(1, drawings.stream().map(d -> d.object()).filter(Picture.class::isInstance).count());
        new Calculator(book).recalculateAll(); // the saved formulas alone, recomputed
        double[] after = losses(book, 41);
        java.util.regex.Matcher printed = java.util.regex.Pattern.compile("loss (\\S+) -> (\\S+),").matcher(result[1]);
        assertTrue(printed.find(), result[1]);
        assertEquals(Double.parseDouble(printed.group(1)), after[0], 1e-5 * after[0], "the first loss as printed");
        assertEquals(Double.parseDouble(printed.group(2)), after[40], 1e-5 * after[40], "the last loss as printed");
        assertTrue(after[40] < after[0], "training lowered the loss");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--steps 0|--steps must be between 1 and 500, not 0",
        "--optimizer nesterov|The optimizer must be one of sgd, momentum, rmsprop, adam, not 'nesterov'",
        "--model lstm|--model must be mlp or rnn, not 'lstm'",
        "--rate -1|The learning rate must be above 0",
        "--data blobs|--data must be xor, moons, circles, spiral or a .csv file, not 'blobs'",
        "--data missing.csv|cannot read missing.csv",
        "--steps|--steps needs a value",
        "--seed x|--seed takes a whole number, not 'x'"})
    void aWrongOptionIsOneLineAndNoFile(String options, String message, @TempDir Path temp) {
        Path file = temp.resolve("out.xlsx");
        String[] args = (String.join(" ", "lesson", "train", options) + " " + file).split(" ");
        String[] result = run(args);
        assertEquals("2", result[0]);
        assertTrue(result[2].startsWith("lesson train: " + message), result[2]);
        assertEquals(1, result[2].strip().lines().count(), result[2]);
        assertFalse(result[2].contains("Exception"), result[2]);
        assertFalse(Files.exists(file));
    }

    @Test
    void theTeachersCsvBecomesTheLessonsData(@TempDir Path temp) throws Exception {
        Path csv = temp.resolve("and.csv");
        Files.writeString(csv, "a,b,and\n0,0,0\n0,1,0\n1,0,0\n1,1,1\n");
        Path file = temp.resolve("and.xlsx");
        String[] result = run("lesson", "train", "--data", csv.toString(), "--steps", "5", file.toString());
        assertEquals("0", result[0], result[2]);
        Workbook book = XlsxReader.read(file).workbook();
        new Calculator(book).recalculateAll();
        assertEquals(1.0, org.aibyhand.lesson.LessonTensors.read(book, "Y")[0][3], 0.0);
        Files.writeString(csv, "0,0,0\n0,1\n");
        result = run("lesson", "train", "--data", csv.toString(), file.toString());
        assertEquals("2", result[0]);
        assertTrue(result[2].startsWith("lesson train: Line 2 has 2 values"), result[2]);
    }

    private static double[] losses(Workbook book, int count) {
        // the loss table: the column headed "loss" to the right of the lesson
        var sheet = book.sheet(0);
        for (var cell : sheet) {
            if (cell.value() instanceof org.aibyhand.engine.value.TextValue t && t.text().equals("loss")
                    && sheet.cell(cell.row(), cell.column() - 1) != null
                    && sheet.value(cell.row(), cell.column() - 1).equals(new org.aibyhand.engine.value.TextValue("step"))) {
                double[] losses = new double[count];
                for (int k = 0; k < count; k++) {
                    losses[k] = sheet.cell(cell.row() + 1 + k, cell.column()).number();
                }
                return losses;
            }
        }
        throw new AssertionError("no loss table");
    }

    private static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[] {Integer.toString(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }
}
