package org.aibyhand.xlsx;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not readable workbooks give one clear sentence, never a stack trace or a partial workbook. */
class BadInputTest {
    @TempDir
    Path temp;

    private String failureOf(Path file) {
        return failure(file).getMessage().toLowerCase(Locale.ROOT);
    }

    private static WorkbookFormatException failure(Path file) {
        WorkbookFormatException e = assertThrows(WorkbookFormatException.class, () -> XlsxReader.read(file));
        String message = e.getMessage();
        assertTrue(message.endsWith(".") && !message.contains("\n") && !message.contains("Exception"),
                "not one plain sentence: " + message);
        return e;
    }

    @Test
    void textFileIsNotAZipPackage() throws Exception {
        Path file = temp.resolve("notes.xlsx");
        Files.writeString(file, "these are my notes, not a spreadsheet\n");
        assertTrue(failureOf(file).contains("not a zip"));
    }

    @Test
    void emptyFileSaysSo() throws Exception {
        Path file = temp.resolve("empty.xlsx");
        Files.write(file, new byte[0]);
        assertTrue(failureOf(file).contains("empty"));
    }

    @Test
    void firstHalfOfARealWorkbookIsTruncated() throws Exception {
        byte[] whole = Files.readAllBytes(SharedWorkbooks.get("Softmax.xlsx"));
        Path file = temp.resolve("half.xlsx");
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));
        assertTrue(failureOf(file).contains("truncated"));
    }

    @Test
    void damagedEntryInsideTheZipIsReported() throws Exception {
        Path file = temp.resolve("garbled.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types><not-closed".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertTrue(failureOf(file).contains("damaged"));
    }

    @Test
    void brokenSheetXmlNamesTheSheet() throws Exception {
        Path file = temp.resolve("broken-sheet.xlsx");
        try (ZipFile source = new ZipFile(SharedWorkbooks.get("Softmax.xlsx").toFile());
                ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry : Collections.list(source.entries())) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    zip.write("<worksheet><sheetData><row r=\"1\">".getBytes(StandardCharsets.UTF_8));
                } else {
                    source.getInputStream(entry).transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        String message = failureOf(file);
        assertTrue(message.contains("sheet 'softmax'") && message.contains("not valid xml"), message);
    }

    @Test
    void passwordProtectedWorkbookIsRecognised() throws Exception {
        Path locked = temp.resolve("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("swordfish");
            try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream encrypted = encryptor.getDataStream(fs)) {
                book.createSheet("Secret").createRow(0).createCell(0).setCellValue(42);
                book.write(encrypted);
            }
            try (OutputStream out = Files.newOutputStream(locked)) {
                fs.writeFilesystem(out);
            }
        }
        assertTrue(failureOf(locked).contains("password"));
    }

    @Test
    void oldBinaryXlsIsNamed() throws Exception {
        Path file = temp.resolve("old.xlsx"); // the extension lies; the content decides
        try (HSSFWorkbook book = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            book.createSheet("Old").createRow(0).createCell(0).setCellValue("1997");
            book.write(out);
        }
        assertTrue(failureOf(file).contains(".xls"));
    }

    @Test
    void zipBombIsRefusedBeforeItIsUnpacked() throws Exception {
        Path file = temp.resolve("bomb.xlsx");
        byte[] zeros = new byte[1 << 20];
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            for (int i = 0; i < 200; i++) { // 200 MB of zeros: about 200 KB compressed
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertTrue(Files.size(file) < 2_000_000);
        WorkbookFormatException e = failure(file);
        assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
        // the sizes in the zip directory gave it away: nothing was unpacked (a cause would be the unpacking's)
        assertEquals(null, e.getCause());
    }

    @Test
    void zipThatIsNotAnOfficeDocumentIsNamed() throws Exception {
        Path file = temp.resolve("photos.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("holiday.txt"));
            zip.write("sun".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertTrue(failureOf(file).contains("not"));
    }
}
