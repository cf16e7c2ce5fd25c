package org.aibyhand.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.aibyhand.engine.book.Workbook;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan damaged outside this program (a name deleted, a sheet deleted under a stage, a title turned into a
 * formula) is ignored as a whole: the workbook loads with no plan, the plan's names do not show up as defined
 * names, and the next save drops them from the file.
 */
class PlanLeniencyTest {
    @TempDir
    Path temp;

    private record Damage(String what, UnaryOperator<String> edit) {
    }

    private static final List<Damage> DAMAGES = List.of(
            new Damage("a title removed", xml -> xml.replaceFirst("<definedName name=\"_AIBH_TITLE_002\"[^>]*>[^<]*</definedName>", "")),
            new Damage("a stage's reference removed", xml -> xml.replaceFirst("<definedName name=\"_AIBH_STAGE_003\"[^>]*>[^<]*</definedName>", "")),
            new Damage("the first stage removed", xml -> xml.replaceAll("<definedName name=\"_AIBH_(STAGE|TITLE)_001\"[^>]*>[^<]*</definedName>", "")),
            new Damage("a reference to a deleted sheet", xml -> xml.replaceFirst("(name=\"_AIBH_STAGE_001\"[^>]*>)[^<]*<", "$1#REF!<")),
            new Damage("a reference on two sheets", xml -> xml.replaceFirst("(name=\"_AIBH_STAGE_001\"[^>]*>)([^<]*)<", "$1$2,'It''s a sheet'!\\$A\\$1<")),
            new Damage("a reference to whole columns", xml -> xml.replaceFirst("(name=\"_AIBH_STAGE_001\"[^>]*>)[^<]*<", "$1Plain!\\$A:\\$B<")),
            new Damage("a title that is a formula", xml -> xml.replaceFirst("(name=\"_AIBH_TITLE_001\"[^>]*>)[^<]*<", "$11+2<")),
            new Damage("a title that does not parse", xml -> xml.replaceFirst("(name=\"_AIBH_TITLE_001\"[^>]*>)[^<]*<", "$1\"open<")),
            new Damage("a continuation without its second part", xml -> xml.replace("</definedNames>",
                    "<definedName name=\"_AIBH_STAGE_001_3\" hidden=\"1\">Plain!$A$1</definedName></definedNames>")),
            new Damage("a title in two parts", xml -> xml.replace("</definedNames>",
                    "<definedName name=\"_AIBH_TITLE_001_2\" hidden=\"1\">\"x\"</definedName></definedNames>")));

    @TestFactory
    Stream<DynamicTest> aDamagedPlanIsIgnoredAndDroppedOnTheNextSave() throws Exception {
        Workbook book = PlanSavingTest.awkwardBook(List.of("one", "two", "three", "four"));
        Path intact = temp.resolve("intact.xlsx");
        XlsxWriter.write(book, null, intact);
        String xml = RawXml.part(intact, "xl/workbook.xml");
        assertEquals(book.plan(), XlsxReader.read(intact).workbook().plan(), "the intact file has its plan");
        return DAMAGES.stream().map(damage -> DynamicTest.dynamicTest(damage.what(), () -> {
            String damaged = damage.edit().apply(xml);
            assertTrue(!damaged.equals(xml), "the damage was made");
            Path file = temp.resolve(damage.what() + ".xlsx");
            Zips.replaceEntry(intact, file, "xl/workbook.xml", damaged);

            LoadedWorkbook loaded = XlsxReader.read(file);
            assertTrue(loaded.workbook().plan().isEmpty(), "no plan");
            assertTrue(loaded.workbook().definedNames().stream().noneMatch(n -> n.name().startsWith("_AIBH_")), "no plan names");
            Path saved = temp.resolve("saved " + damage.what() + ".xlsx");
            XlsxWriter.write(loaded.workbook(), loaded, saved);
            assertTrue(PlanXml.entries(saved).stream().noneMatch(PlanXml.Entry::isPlan), "the damaged names are gone");
        }));
    }
}
