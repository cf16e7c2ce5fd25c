package org.aibyhand.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipFile;
import org.aibyhand.engine.book.Formula;
import org.aibyhand.engine.book.FormulaKind;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.value.NumberValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sheet whose XML unpacks to more than 100 MB (POI's default limit for one entry read into memory) still opens:
 * the Mamba lesson at T = 4,096 has a 300 MB sheet.
 */
class LargeSheetTest {
    private static final int OVER_POIS_DEFAULT = 101 * 1024 * 1024;

    @TempDir
    Path temp;

    @Test
    void aSheetOfMoreThanAHundredMegabytesIsRead() throws Exception {
        Workbook small = new Workbook();
        small.addSheet("Data").cellForWrite(0, 0).setValue(new NumberValue(42));
        small.sheet(0).cellForWrite(0, 1).setFormula(Formula.parse("A1*2", 0, 1, FormulaKind.PLAIN));
        Path original = temp.resolve("small.xlsx");
        XlsxWriter.write(small, null, original);
        String sheet;
        try (ZipFile zip = new ZipFile(original.toFile()); InputStream in = zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))) {
            sheet = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // Letters at random compress only about 2:1, so POI's zip-bomb check lets them through, as it should.
        StringBuilder padding = new StringBuilder(OVER_POIS_DEFAULT + 64).append("<!--");
        Random random = new Random(1);
        for (int i = 0; i < OVER_POIS_DEFAULT; i++) {
            padding.append((char) ('a' + random.nextInt(26)));
        }
        padding.append("-->");
        int afterDeclaration = sheet.indexOf("?>") + 2;
        Path large = temp.resolve("large.xlsx");
        Zips.replaceEntry(original, large, "xl/worksheets/sheet1.xml",
                sheet.substring(0, afterDeclaration) + padding + sheet.substring(afterDeclaration));
        assertTrue(Files.size(large) > 50L * 1024 * 1024, "the padding survived compression");

        Workbook read = XlsxReader.read(large).workbook();
        new Calculator(read).recalculateAll();
        assertEquals(new NumberValue(42), read.sheet("Data").value(0, 0));
        assertEquals(new NumberValue(84), read.sheet("Data").value(0, 1));
    }
}
