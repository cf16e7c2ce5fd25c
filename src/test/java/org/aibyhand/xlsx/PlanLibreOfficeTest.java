package org.aibyhand.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aibyhand.engine.book.Plan;
import org.aibyhand.engine.book.Stage;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.Value;
import org.aibyhand.lesson.LessonIdentity;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.Lessons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LibreOffice opens a file that carries a plan unharmed: it computes the formulas to our values, and when it
 * saves it keeps the plan's names and their text, so our reader finds the plan intact, and the name that says
 * which lesson the file is. It does not keep the
 * names' hidden flag (LibreOffice 7.4 writes {@code hidden="false"}); our next save hides them again.
 */
class PlanLibreOfficeTest {
    @TempDir
    Path temp;

    @Test
    void aLessonsPlanSurvivesLibreOfficeWhichComputesItsValues() throws Exception {
        Path soffice = LibreOffice.required();
        Workbook book = Lessons.build("mlp", new LessonOptions(11)).workbook();
        new Calculator(book).recalculateAll();
        Path ours = temp.resolve("mlp.xlsx");
        XlsxWriter.write(book, null, ours);
        Path converted = throughLibreOffice(soffice, ours);

        Map<String, Value> expected = ExcelCachedValues.read(ours);
        Map<String, Value> libre = ExcelCachedValues.read(converted);
        assertFalse(expected.isEmpty());
        List<String> differences = new ArrayList<>();
        expected.forEach((cell, value) -> {
            if (!ExcelCachedValues.matches(value, libre.get(cell))) {
                differences.add(cell + ": ours " + value + ", LibreOffice " + libre.get(cell));
            }
        });
        assertEquals(List.of(), differences);
        LoadedWorkbook back = XlsxReader.read(converted);
        assertEquals(book.plan(), back.workbook().plan());
        assertTrue(back.workbook().definedNames().stream().noneMatch(name -> PlanNames.isReserved(name.name())));
        var lesson = LessonIdentity.recognise(back.workbook());
        assertEquals("mlp", lesson == null ? null : lesson.kind(), "LibreOffice keeps which lesson the file is");
    }

    @Test
    void awkwardTitlesSheetNamesAndFiveHundredAreasSurviveLibreOfficeAndAreHiddenAgainOnOurNextSave() throws Exception {
        Path soffice = LibreOffice.required();
        Workbook book = PlanSavingTest.awkwardBook(List.of("Layer 1: Z₁ = W₁X + b₁", "Δh = Ā ⊙ \"gate\"", "x\"y".repeat(100),
                "a".repeat(254) + "😀" + "b".repeat(50)));
        List<Area> scattered = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            scattered.add(new Area(i * 2 + 10, i % 7, i * 2 + 10, i % 7));
        }
        List<Stage> stages = new ArrayList<>(book.plan().stages());
        stages.add(new Stage("It's a sheet", "Scattered", scattered));
        book.setPlan(new Plan(stages));
        Path ours = temp.resolve("awkward.xlsx");
        XlsxWriter.write(book, null, ours);
        Path converted = throughLibreOffice(soffice, ours);

        List<PlanXml.Entry> kept = PlanXml.entries(converted).stream().filter(PlanXml.Entry::isPlan).toList();
        assertEquals(PlanXml.entries(ours).stream().filter(PlanXml.Entry::isPlan).count(), kept.size(), "every name kept");
        assertTrue(kept.stream().noneMatch(PlanXml.Entry::hidden), "LibreOffice 7.4 drops the hidden flag");
        LoadedWorkbook back = XlsxReader.read(converted);
        assertEquals(book.plan(), back.workbook().plan());

        Path resaved = temp.resolve("resaved.xlsx");
        XlsxWriter.write(back.workbook(), back, resaved);
        List<PlanXml.Entry> again = PlanXml.entries(resaved).stream().filter(PlanXml.Entry::isPlan).toList();
        assertEquals(kept.size(), again.size());
        assertTrue(again.stream().allMatch(PlanXml.Entry::hidden), "hidden again");
        assertEquals(book.plan(), XlsxReader.read(resaved).workbook().plan());
    }

    /** Our file without its cached values, opened, recalculated and saved as .xlsx by LibreOffice. */
    private Path throughLibreOffice(Path soffice, Path ours) throws Exception {
        Path stripped = Files.createDirectories(temp.resolve("in")).resolve(ours.getFileName());
        CachedValues.strip(ours, stripped);
        return LibreOffice.convert(soffice, stripped, Files.createDirectories(temp.resolve("out")), Duration.ofMinutes(3));
    }
}
