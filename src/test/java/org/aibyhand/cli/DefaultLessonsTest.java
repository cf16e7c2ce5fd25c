package org.aibyhand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.formula.FormulaPrinter;
import org.aibyhand.lesson.Lesson;
import org.aibyhand.lesson.LessonIdentity;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.network.NetworkPictures;
import org.aibyhand.lesson.Lessons;
import org.aibyhand.xlsx.XlsxReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The default lessons in workbooks/ are what the builders make today (cells, names, and the lesson they open
 * as: plan, equations, gradient pairs, over-time chart and network picture): regenerate them with
 * {@code java -jar target/ai-by-hand.jar lessons workbooks} (see the README) when this fails.
 */
class DefaultLessonsTest {

    static List<String> kinds() {
        return Lessons.KINDS;
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void theCommittedWorkbookIsUpToDate(String kind) throws Exception {
        Path committed = Paths.get("workbooks", kind + ".xlsx");
        assertTrue(Files.isRegularFile(committed), committed + " is missing: run the regeneration command in the README");
        Workbook saved = XlsxReader.read(committed).workbook();
        Workbook fresh = Lessons.build(kind, new LessonOptions(LessonCommand.DEFAULT_SEED)).workbook();
        String stale = committed + " is stale: regenerate it with java -jar target/ai-by-hand.jar lessons workbooks";
        assertEquals(contents(fresh), contents(saved), stale);
        assertEquals(names(fresh), names(saved), stale);
        assertSameLesson(Lessons.build(kind, new LessonOptions(LessonCommand.DEFAULT_SEED)), saved, stale);
    }

    /**
     * An opened workbook is recognised as the lesson it was built as, with the same walkthrough plan (named
     * stages), equations, gradient-check pairs, over-time chart and network picture as the lesson just built.
     */
    static void assertSameLesson(Lesson fresh, Workbook saved, String message) {
        Lesson opened = LessonIdentity.recognise(saved);
        assertNotNull(opened, message + ": not recognised as a lesson");
        assertEquals(fresh.kind(), opened.kind(), message);
        assertEquals(fresh.plan(), saved.plan().stages(), message + ": the walkthrough plan");
        assertEquals(fresh.gradients(), opened.gradients(), message + ": the gradient-check pairs");
        assertEquals(fresh.loss(), opened.loss(), message);
        assertEquals(fresh.overTime(), opened.overTime(), message + ": the over-time chart");
        Sheet sheet = fresh.workbook().sheet(0);
        for (Cell cell : sheet) {
            assertEquals(fresh.notation().at(cell.row(), cell.column()), opened.notation().at(cell.row(), cell.column()),
                    message + ": the equation of " + cell.address());
        }
        assertEquals(NetworkPictures.of(fresh), NetworkPictures.of(opened),
                message + ": the network picture");
    }

    /** Every cell's content: formulas in storage form, constants by value. */
    static Map<String, String> contents(Workbook book) {
        Map<String, String> contents = new TreeMap<>();
        for (Sheet sheet : book.sheets()) {
            for (Cell cell : sheet) {
                String key = sheet.name() + "!" + cell.address();
                if (cell.hasFormula()) {
                    contents.put(key, "=" + FormulaPrinter.print(cell.formula().expr(), cell.row(), cell.column(),
                            FormulaPrinter.Style.STORAGE));
                } else if (!cell.isBlankContent()) {
                    contents.put(key, cell.value().toString());
                }
            }
        }
        return contents;
    }

    private static Map<String, String> names(Workbook book) {
        Map<String, String> names = new TreeMap<>();
        book.definedNames().forEach(n -> names.put(n.name(), n.text()));
        return names;
    }
}
