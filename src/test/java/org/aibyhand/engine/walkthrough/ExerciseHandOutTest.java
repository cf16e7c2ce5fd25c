package org.aibyhand.engine.walkthrough;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Stage;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.Value;
import org.aibyhand.lesson.Lesson;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.Lessons;
import org.aibyhand.xlsx.CachedValues;
import org.aibyhand.xlsx.ExcelCachedValues;
import org.aibyhand.xlsx.LibreOffice;
import org.aibyhand.xlsx.XlsxReader;
import org.aibyhand.xlsx.XlsxWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An exercise a teacher can hand out: with a forward stage and the first backward stage of every lesson blank,
 * no cell shows an error, neither in our engine nor recomputed by LibreOffice from the formulas alone (the cells
 * downstream of a blank are empty until it is filled); the self-check table is laid out to be read, and its
 * cells are no stage of the walkthrough the file carries.
 */
class ExerciseHandOutTest {
    @TempDir
    Path temp;

    /** Every other stage from the second on: blanks with formulas downstream of them, and blanks reading blanks. */
    static List<Stage> handedOut(Lesson lesson) {
        List<Stage> chosen = new ArrayList<>();
        for (int i = 1; i < lesson.plan().size(); i += 2) {
            chosen.add(lesson.plan().get(i));
        }
        return chosen;
    }

    @Test
    void noStageOfAnyLessonLeftBlankMakesAnErrorDownstream() {
        for (String kind : Lessons.KINDS) {
            int stages = Lessons.build(kind, new LessonOptions(1)).plan().size();
            for (int i = 1; i < stages; i++) {
                Lesson lesson = Lessons.build(kind, new LessonOptions(1));
                Stage blank = lesson.plan().get(i);
                try {
                    Exercise.apply(lesson.workbook(), List.of(blank), 1e-6);
                } catch (IllegalArgumentException nothingToWorkOut) {
                    continue; // a stage of inputs only
                }
                assertEquals(List.of(), errors(lesson.workbook()), kind + " with '" + blank.title() + "' blank");
            }
        }
    }

    @Test
    void noLessonsExerciseShowsAnErrorAndItsTableIsReadable() throws Exception {
        for (String kind : Lessons.KINDS) {
            Workbook book = exercise(kind);
            List<String> errors = errors(book);
            assertEquals(List.of(), errors, kind + ": cells showing an error in the exercise");
            Sheet sheet = book.sheet(0);
            Map<String, String> table = tableWidths(book);
            assertTrue(table.values().stream().allMatch(fits -> fits.equals("fits")), kind + ": " + table);
            Workbook reopened = XlsxReader.read(temp.resolve(kind + ".xlsx")).workbook();
            assertFalse(reopened.plan().isEmpty(), kind + ": the exercise carries the lesson's walkthrough");
            int tableColumn = SelfCheckTable.usedRange(sheet).right();
            assertTrue(reopened.plan().stages().stream().flatMap(s -> s.cells().stream())
                    .allMatch(area -> area.right() < tableColumn - 2), kind + ": the self-check table is no stage");
        }
    }

    @Test
    void libreOfficeRecomputesEveryLessonsExerciseWithoutAnError() throws Exception {
        Path soffice = LibreOffice.required();
        for (String kind : Lessons.KINDS) {
            exercise(kind);
            Path stripped = Files.createDirectories(temp.resolve("stripped")).resolve(kind + ".xlsx");
            CachedValues.strip(temp.resolve(kind + ".xlsx"), stripped);
            Path converted = LibreOffice.convert(soffice, stripped, Files.createDirectories(temp.resolve("out")),
                    Duration.ofMinutes(3));
            List<String> errors = new ArrayList<>();
            ExcelCachedValues.read(converted).forEach((cell, value) -> {
                if (value instanceof ErrorValue) {
                    errors.add(cell + " " + value);
                }
            });
            assertEquals(List.of(), errors, kind + ": cells LibreOffice shows as errors");
        }
    }

    /** The lesson with its handed-out stages blank, saved with its plan, as the app exports it. */
    private Workbook exercise(String kind) throws Exception {
        Lesson lesson = Lessons.build(kind, new LessonOptions(1));
        Exercise.apply(lesson.workbook(), handedOut(lesson), 1e-6);
        XlsxWriter.write(lesson.workbook(), null, temp.resolve(kind + ".xlsx"));
        return lesson.workbook();
    }

    private static List<String> errors(Workbook book) {
        Calculator calculator = new Calculator(book);
        calculator.recalculateAll();
        List<String> errors = new ArrayList<>();
        for (Sheet sheet : book.sheets()) {
            for (Cell cell : sheet) {
                Value value = cell.value();
                if (value instanceof ErrorValue) {
                    errors.add(cell.address() + " " + value);
                }
            }
        }
        return errors;
    }

    /** Whether each of the table's three columns is as wide as the longest text in it (wrapped stages aside). */
    private static Map<String, String> tableWidths(Workbook book) {
        Sheet sheet = book.sheet(0);
        var used = SelfCheckTable.usedRange(sheet);
        int right = used.right();
        Map<String, String> fits = new java.util.TreeMap<>();
        for (int column = right - 2; column <= right; column++) {
            int longest = 0;
            boolean wraps = false;
            for (int row = used.top(); row <= used.bottom(); row++) {
                Cell cell = sheet.cell(row, column);
                if (cell != null) {
                    longest = Math.max(longest, cell.value().toString().length() - "TextValue[text=]".length());
                    wraps |= sheet.format().style(row, column).wrap();
                }
            }
            double width = sheet.format().columnWidth(column);
            fits.put("column " + column, wraps || width >= Math.min(longest, 40) ? "fits" : width + " < " + longest);
        }
        return fits;
    }
}
