package org.aibyhand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.TextValue;
import org.aibyhand.xlsx.XlsxWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad and hostile files and arguments for the headless commands, each built here: every one ends in exit 0
 * with a readable OUT or in exit 2 with one line naming the cause and no OUT (see {@link CommandOutcome}).
 */
class BadInputSuiteTest {
    @TempDir
    Path temp;

    private Path in(String sheetXml) throws Exception {
        Path in = temp.resolve("in.xlsx");
        HandMadePackages.write(in, sheetXml, "");
        return in;
    }

    private CommandOutcome recalc(Path in, Path out) {
        return CommandOutcome.run("recalc", in.toString(), out.toString());
    }

    @Test
    void aRowNumberPastTheSheetIsRefusedNotWrappedAround() throws Exception {
        Path out = temp.resolve("out.xlsx");
        recalc(in(HandMadePackages.sheet("<row r=\"99999999999\"><c><v>1</v></c></row>")), out).refused(out, "row 99999999999");
    }

    @Test
    void aCellWithTwoFormulasKeepsTheFirstAndWritesOne() throws Exception {
        Path out = temp.resolve("out.xlsx");
        Workbook book = recalc(in(HandMadePackages.sheet("<row r=\"1\"><c r=\"A1\"><f t=\"shared\" ref=\"A1:B1\" si=\"0\">1+1</f>"
                + "<f>5</f></c><c r=\"B1\"><f t=\"shared\" si=\"0\"/></c></row>")), out).readable(out);
        assertEquals("2.0", String.valueOf(book.sheet(0).cell(0, 1).number()));
        Path again = temp.resolve("again.xlsx");
        recalc(out, again).readable(again);
    }

    @Test
    void numbersJavaReadsButTheFileFormatDoesNotAreRefused() throws Exception {
        Path out = temp.resolve("out.xlsx");
        recalc(in(HandMadePackages.sheet("<row r=\"1\"><c r=\"A1\"><v>NaN</v></c></row>")), out).refused(out, "'NaN' is not a number");
        recalc(in(HandMadePackages.sheet("<row r=\"1\"><c r=\"A1\"><v>Infinity</v></c></row>")), out).refused(out, "not a number");
    }

    @Test
    void excelsEscapesInTextAreDecodedAndWrittenBack() throws Exception {
        Path out = temp.resolve("out.xlsx");
        Workbook book = recalc(in(HandMadePackages.sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a_x0009_b_x005F_x0041_</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>_x0001_z</t></is></c><c r=\"C1\"><f>B1&amp;\"_x0041_\"</f></c></row>")),
                out).readable(out);
        assertEquals(new TextValue("a\tb_x0041_"), book.sheet(0).value(0, 0));
        assertEquals(new TextValue("\u0001z"), book.sheet(0).value(0, 1)); // a character XML cannot hold, kept
        assertEquals(new TextValue("\u0001z_x0041_"), book.sheet(0).value(0, 2));
    }

    @Test
    void malformedPackagesAreRefusedInOneLine() throws Exception {
        Path out = temp.resolve("out.xlsx");
        Path text = temp.resolve("text.xlsx");
        Files.writeString(text, "not a workbook");
        recalc(text, out).refused(out, "not a zip package");
        byte[] real = Files.readAllBytes(in(HandMadePackages.sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")));
        Path truncated = temp.resolve("truncated.xlsx");
        Files.write(truncated, java.util.Arrays.copyOf(real, real.length / 2));
        recalc(truncated, out).refused(out, "truncated");
        recalc(in("<worksheet xmlns=\"" + HandMadePackages.MAIN + "\"><sheetData><row><c>"), out).refused(out, "not valid XML");
    }

    @Test
    void entityExpansionAndExternalEntitiesAreRefused() throws Exception {
        Path out = temp.resolve("out.xlsx");
        String lol = "<!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>";
        recalc(in(lol + HandMadePackages.sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&c;</t></is></c></row>")
                .replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "")), out).refused(out, "not valid XML");
        String external = "<!DOCTYPE worksheet [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>";
        recalc(in(external + HandMadePackages.sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&x;</t></is></c></row>")
                .replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "")), out).refused(out, "not valid XML");
    }

    @Test
    void aZipSlipEntryWritesNothingOutsideTheTarget() throws Exception {
        Path in = in(HandMadePackages.sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"));
        Path slipped = temp.resolve("slip.xlsx");
        try (var source = new java.util.zip.ZipFile(in.toFile());
                ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(slipped))) {
            for (ZipEntry entry : java.util.Collections.list(source.entries())) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                source.getInputStream(entry).transferTo(zip);
            }
            zip.putNextEntry(new ZipEntry("../../evil.txt"));
            zip.write("evil".getBytes(StandardCharsets.UTF_8));
        }
        Path out = temp.resolve("sub/out.xlsx");
        Files.createDirectories(out.getParent());
        CommandOutcome outcome = recalc(slipped, out);
        if (outcome.code() == 0) {
            outcome.readable(out);
        } else {
            outcome.refused(out, "recalc");
        }
        assertFalse(Files.exists(temp.resolve("evil.txt")));
        assertFalse(Files.exists(temp.getParent().resolve("evil.txt")));
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        Path bomb = temp.resolve("bomb.xlsx");
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
        entries.put("xl/worksheets/sheet1.xml", "0".repeat(150 << 20));
        HandMadePackages.zip(bomb, entries);
        Path out = temp.resolve("out.xlsx");
        recalc(bomb, out).refused(out, "zip bomb");
    }

    @Test
    void outMustBeARegularFileOrANewPath() throws Exception {
        Path in = in(HandMadePackages.sheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"));
        Path device = temp.resolve("nul");
        Files.createSymbolicLink(device, Path.of("/dev/null"));
        recalc(in, device).refused(null, "not a regular file");
        assertEquals(Path.of("/dev/null"), Files.readSymbolicLink(device));
        recalc(in, temp).refused(null, "it is a folder");
        Path missing = temp.resolve("no/such/folder/out.xlsx");
        recalc(in, missing).refused(missing, "does not exist");
        Path fine = temp.resolve("fine.xlsx");
        recalc(in, fine).readable(fine);
    }

    @Test
    void aWorkbookLargerThanTheCellBudgetIsRefusedBeforeTheHeapRunsOut() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int r = 1; r <= 3000; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>1</v></c></row>");
        }
        Path in = in(HandMadePackages.sheet(rows.toString()));
        Path out = temp.resolve("out.xlsx");
        System.setProperty("aibyhand.maxCells", "2000");
        try {
            recalc(in, out).refused(out, "too large to open");
        } finally {
            System.clearProperty("aibyhand.maxCells");
        }
    }

    @Test
    void aWorkbookOfAThousandSheetsIsNotTakenForABomb() throws Exception {
        Workbook book = new Workbook();
        for (int i = 0; i < 1000; i++) {
            book.addSheet("S" + i).cellForWrite(0, 0).setValue(new NumberValue(i));
        }
        Path in = temp.resolve("sheets.xlsx");
        XlsxWriter.write(book, null, in);
        Path out = temp.resolve("out.xlsx");
        assertEquals(new NumberValue(999), recalc(in, out).readable(out).sheet(999).value(0, 0));
    }

    @Test
    void lessonArgumentsAreCheckedBeforeAnythingIsBuilt() throws Exception {
        Path out = temp.resolve("lesson.xlsx");
        CommandOutcome.run("lesson", "mlp", "--hidden", "100000", out.toString()).refused(out, "--hidden must be between");
        CommandOutcome.run("lesson", "mlp", "--seed", "abc", out.toString()).refused(out, "--seed takes a whole number, not 'abc'");
        CommandOutcome.run("lesson", "mlp", "--seed", out.toString()).refused(out, "--seed needs a value");
        Path five = temp.resolve("5");
        CommandOutcome.run("lesson", "mlp", "--seed", five.toString()).refused(five, "--seed needs a value");
        CommandOutcome.run("lesson", "mlp", temp.resolve("none/x.xlsx").toString()).refused(null, "does not exist");
        CommandOutcome.run("lesson", "rnn", "--hidden", "100", "--inputs", "100", "--outputs", "100", "--steps", "100000",
                out.toString()).refused(out, "needs about");
        CommandOutcome.run("lesson", "mlp", "--hidden", "2", out.toString()).readable(out);
    }
}
