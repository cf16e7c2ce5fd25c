package org.aibyhand.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aibyhand.engine.book.DefinedName;
import org.aibyhand.engine.book.Plan;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Stage;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.walkthrough.DerivedPlan;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.Lessons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walkthrough plan is saved inside the .xlsx as hidden defined names and read back as the plan, never as
 * names: for each lesson, for awkward titles and sheet names, for a stage of 500 areas, and for a given workbook
 * rewritten in its own package, which otherwise comes back unchanged.
 */
class PlanSavingTest {
    @TempDir
    Path temp;

    @Test
    void everyLessonsPlanComesBack() throws Exception {
        for (String kind : Lessons.KINDS) {
            Workbook book = Lessons.build(kind, new LessonOptions(5)).workbook();
            assertFalse(book.plan().isEmpty(), kind + " has a plan");
            Path file = temp.resolve(kind + ".xlsx");
            XlsxWriter.write(book, null, file);
            Workbook back = XlsxReader.read(file).workbook();
            assertEquals(book.plan(), back.plan(), kind);
            assertEquals(names(book), names(back), kind + ": the plan is not among the defined names");
        }
    }

    @Test
    void unicodeQuotesAndLongTitlesComeBackExactly() throws Exception {
        String ascii300 = "x\"y".repeat(100);
        String surrogateAtTheCut = "a".repeat(254) + "😀" + "b".repeat(50); // the emoji straddles character 255
        Workbook book = awkwardBook(List.of("Layer 1: Z₁ = W₁X + b₁", "Δh = Ā ⊙ \"gate\"", ascii300, surrogateAtTheCut, "",
                "'quoted' & \"doubled\"\"\""));
        Path file = temp.resolve("titles.xlsx");
        XlsxWriter.write(book, null, file);
        assertEquals(book.plan(), XlsxReader.read(file).workbook().plan());

        for (String text : planNames(file).values()) {
            Matcher literal = Pattern.compile("\"((?:[^\"]|\"\")*)\"").matcher(text);
            while (literal.find()) {
                String value = literal.group(1).replace("\"\"", "\"");
                assertTrue(value.length() <= 255, "a string literal of " + value.length() + " characters: " + text);
            }
        }
    }

    @Test
    void aVeryLongTitleIsCutWithAnEllipsisAndControlCharactersBecomeSpaces() throws Exception {
        String longTitle = "0123456789".repeat(300);
        Workbook book = awkwardBook(List.of(longTitle, "bell\u0007 tab\t line\nend"));
        Path file = temp.resolve("cut.xlsx");
        XlsxWriter.write(book, null, file);
        Plan back = XlsxReader.read(file).workbook().plan();
        assertEquals(longTitle.substring(0, 2039) + "…", back.stage(0).title(), "cut to 8 literals of 255 characters");
        assertEquals("bell  tab\t line\nend", back.stage(1).title());
    }

    @Test
    void aStageOfFiveHundredAreasIsSplitAcrossNamesAndComesBack() throws Exception {
        Workbook book = new Workbook();
        Sheet sheet = book.addSheet("Many areas");
        List<Area> areas = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            areas.add(new Area(i * 2, i % 7, i * 2, i % 7)); // 500 separate cells, none touching
            sheet.cellForWrite(i * 2, i % 7).setValue(new NumberValue(i));
        }
        book.setPlan(new Plan(List.of(new Stage("Many areas", "Scattered", areas))));
        Path file = temp.resolve("areas.xlsx");
        XlsxWriter.write(book, null, file);

        var names = planNames(file);
        assertTrue(names.containsKey("_AIBH_STAGE_001_2"), "the union is continued: " + names.keySet());
        assertTrue(names.containsKey("_AIBH_STAGE_001_3"), "500 areas need three parts of at most 200: " + names.keySet());
        for (String text : names.values()) {
            assertTrue(text.length() < 8192, "within Excel's formula limit: " + text.length());
            assertTrue(text.split(",").length <= 200, "at most 200 areas");
        }
        assertEquals(book.plan(), XlsxReader.read(file).workbook().plan());
    }

    @Test
    void theNamesAreHiddenInTheFile() throws Exception {
        Workbook book = Lessons.build("rnn", new LessonOptions(1)).workbook();
        Path file = temp.resolve("hidden.xlsx");
        XlsxWriter.write(book, null, file);
        List<PlanXml.Entry> entries = PlanXml.entries(file);
        assertEquals(2 * book.plan().size(), entries.stream().filter(PlanXml.Entry::isPlan).count(), "a title and a reference per stage");
        for (PlanXml.Entry entry : entries) {
            assertEquals(entry.name().startsWith("_AIBH_"), entry.hidden(), entry.name() + ": the plan's and the lesson's names are hidden");
            assertFalse(entry.isPlan() && entry.sheetScoped(), entry.name() + " is workbook-level");
        }
    }

    @Test
    void aGivenWorkbookRewrittenInItsOwnPackageKeepsEverythingAndGainsThePlan() throws Exception {
        Path original = SharedWorkbooks.get("Backpropgation.xlsx");
        LoadedWorkbook first = XlsxReader.read(original);
        assertTrue(first.workbook().plan().isEmpty(), "the given file has no plan");
        Workbook computed = XlsxReader.read(original).workbook(); // a copy, so the one saved holds just what was read
        Calculator calculator = new Calculator(computed);
        calculator.recalculateAll();
        Plan plan = DerivedPlan.of(computed, calculator).renamed(0, "Forward: \"z₁\" Δ");
        first.workbook().setPlan(plan);
        Path saved = temp.resolve("Backpropgation.xlsx");
        XlsxWriter.write(first.workbook(), first, saved);

        LoadedWorkbook second = XlsxReader.read(saved);
        assertEquals(plan, second.workbook().plan());
        RoundTripTest.samePackage(original, saved);
        RoundTripTest.sameSheets(first.workbook(), second.workbook());
        assertEquals(RoundTripTest.names(first.workbook()), RoundTripTest.names(second.workbook()), "defined names");
        for (Sheet sheet : first.workbook().sheets()) {
            assertEquals(RoundTripTest.contents(sheet), RoundTripTest.contents(second.workbook().sheet(sheet.name())), sheet.name());
        }

        Path again = temp.resolve("again.xlsx"); // saving the re-read workbook writes each name once
        XlsxWriter.write(second.workbook(), second, again);
        assertEquals(2 * plan.size(), PlanXml.entries(again).stream().filter(PlanXml.Entry::isPlan).count());
        assertEquals(plan, XlsxReader.read(again).workbook().plan());

        LoadedWorkbook third = XlsxReader.read(again); // and a plan removed leaves no names behind
        third.workbook().setPlan(Plan.EMPTY);
        Path cleared = temp.resolve("cleared.xlsx");
        XlsxWriter.write(third.workbook(), third, cleared);
        assertTrue(PlanXml.entries(cleared).stream().noneMatch(PlanXml.Entry::isPlan));
        assertEquals(RoundTripTest.names(first.workbook()), RoundTripTest.names(XlsxReader.read(cleared).workbook()));
    }

    @Test
    void stagesThatCannotBeReferredToAreLeftOutAndReservedNamesInTheModelAreNotWritten() throws Exception {
        Workbook book = awkwardBook(List.of("first", "second"));
        List<Stage> stages = new ArrayList<>(book.plan().stages());
        stages.add(1, new Stage("Plain", "nothing to show", List.of()));
        stages.add(new Stage("Deleted sheet", "gone", List.of(new Area(0, 0, 0, 0))));
        book.setPlan(new Plan(stages));
        book.defineName(new DefinedName("_AIBH_STAGE_009", null, "Plain!$A$1", null, true));
        Path file = temp.resolve("left-out.xlsx");
        XlsxWriter.write(book, null, file);

        assertEquals(List.of("_AIBH_STAGE_001", "_AIBH_STAGE_002", "_AIBH_TITLE_001", "_AIBH_TITLE_002"),
                List.copyOf(planNames(file).keySet()));
        assertEquals(new Plan(List.of(stages.get(0), stages.get(2))), XlsxReader.read(file).workbook().plan());
    }

    /** A workbook with a sheet name that needs quoting and one stage per title, on two sheets. */
    static Workbook awkwardBook(List<String> titles) {
        Workbook book = new Workbook();
        book.addSheet("Plain");
        book.addSheet("It's a sheet");
        for (Sheet sheet : book.sheets()) {
            sheet.cellForWrite(0, 0).setValue(new NumberValue(1));
        }
        List<Stage> stages = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            String sheet = book.sheet(i % 2).name();
            stages.add(new Stage(sheet, titles.get(i), List.of(new Area(i, 0, i + 2, 3), new Area(i, 5, i, 5))));
        }
        book.setPlan(new Plan(stages));
        return book;
    }

    private static List<String> names(Workbook book) {
        return book.definedNames().stream().map(name -> name.name() + "=" + name.text()).toList();
    }

    private static Map<String, String> planNames(Path file) throws Exception {
        Map<String, String> names = new TreeMap<>();
        for (PlanXml.Entry entry : PlanXml.entries(file)) {
            if (entry.isPlan()) {
                names.put(entry.name(), entry.text());
            }
        }
        return names;
    }
}
