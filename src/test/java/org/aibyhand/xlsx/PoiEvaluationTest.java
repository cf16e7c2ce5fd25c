package org.aibyhand.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.aibyhand.xlsx.PoiResult.Status;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * POI's evaluator as the benchmark's peer: it is credited only where it computes what the file holds, and where it
 * cannot, the result says how it failed.
 */
class PoiEvaluationTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path temp;

    @Test
    void softmaxIsComputedAsExcelSavedIt() {
        PoiResult result = PoiEvaluation.run(SharedWorkbooks.get("Softmax.xlsx"), Duration.ofMillis(200), 3, TIMEOUT);
        assertEquals(Status.CORRECT, result.status(), result.detail());
        assertEquals(92, result.formulaCells(), "the formula count of Softmax.xlsx in the shared folder's notes");
        assertEquals(3, result.runNanos().size());
        assertTrue(result.runNanos().stream().allMatch(nanos -> nanos > 0));
        assertTrue(result.computed());
    }

    @Test
    void temperatureFailsOnItsLambdaParameters() {
        PoiResult result = PoiEvaluation.run(SharedWorkbooks.get("Temperature.xlsx"), Duration.ofMillis(200), 3, TIMEOUT);
        assertEquals(Status.FAILED, result.status(), result.detail());
        assertFalse(result.computed());
        assertTrue(result.runNanos().isEmpty());
        // LET and LAMBDA parameters are stored as _xlpm.name, which POI's parser takes for undefined names
        assertTrue(result.detail().contains("_xlpm."), result.detail());
        assertTrue(result.detail().matches("\\w+Exception: .* at \\w+!\\$?[A-Z]+\\$?\\d+"), result.detail());
    }

    @Test
    void aResultThatDiffersFromTheFileIsWrongAndNamed() throws Exception {
        Path file = temp.resolve("wrong.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = book.createSheet("Data");
            sheet.createRow(0).createCell(0).setCellValue(2);
            XSSFCell product = sheet.getRow(0).createCell(1);
            product.setCellFormula("A1*3");
            product.setCellValue(7); // the saved result of 2 * 3, deliberately not 6
            XSSFCell sum = sheet.getRow(0).createCell(2);
            sum.setCellFormula("A1+1");
            sum.setCellValue(3);
            save(book, file);
        }
        PoiResult result = PoiEvaluation.run(file, Duration.ZERO, 1, TIMEOUT);
        assertEquals(Status.WRONG, result.status());
        assertEquals(2, result.formulaCells());
        assertTrue(result.detail().startsWith("1 of 2 cells differ from the file; first Data!B1: the file has 7.0, POI computed 6.0"),
                result.detail());
    }

    /** A chain that POI, recursing from its first cell, must follow to the end: the RNN's failure, in small. */
    @Test
    void aLongChainOverflowsPoisStack() throws Exception {
        Path file = temp.resolve("chain.xlsx");
        int length = 50_000;
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = book.createSheet("Chain");
            for (int row = 0; row < length - 1; row++) {
                sheet.createRow(row).createCell(0).setCellFormula("A" + (row + 2) + "+1"); // each reads the one below
            }
            sheet.createRow(length - 1).createCell(0).setCellValue(1);
            save(book, file);
        }
        PoiResult result = PoiEvaluation.run(file, Duration.ZERO, 1, TIMEOUT);
        assertEquals(Status.FAILED, result.status(), result.detail());
        assertTrue(result.detail().startsWith("StackOverflowError at Chain!"), result.detail());
    }

    @Test
    void aFileThatIsNotAWorkbookFailsWhileLoading() throws Exception {
        Path file = Files.writeString(temp.resolve("notes.xlsx"), "not a zip");
        PoiResult result = PoiEvaluation.run(file, Duration.ZERO, 1, TIMEOUT);
        assertEquals(Status.FAILED, result.status());
        assertTrue(result.detail().endsWith("while loading"), result.detail());
    }

    private static void save(XSSFWorkbook book, Path file) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            book.write(out);
        }
    }
}
