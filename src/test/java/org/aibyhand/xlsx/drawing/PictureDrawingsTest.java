package org.aibyhand.xlsx.drawing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.aibyhand.engine.book.drawing.Anchor;
import org.aibyhand.engine.book.drawing.Drawing;
import org.aibyhand.engine.book.drawing.Picture;
import org.aibyhand.xlsx.LoadedWorkbook;
import org.aibyhand.xlsx.XlsxReader;
import org.aibyhand.xlsx.XlsxWriter;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A picture made here, put in a workbook with POI: read with its bytes and anchor, and kept on save. */
public class PictureDrawingsTest {
    @TempDir
    Path temp;

    /** A 40 x 30 PNG: red on the left half, blue on the right. */
    public static byte[] redBluePng() throws Exception {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 40; x++) {
            for (int y = 0; y < 30; y++) {
                image.setRGB(x, y, x < 20 ? 0xFF0000 : 0x0000FF);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    /** Writes a workbook with one sheet holding {@code png} from B3 to F12. */
    public static Path workbookWithPicture(Path folder, byte[] png) throws Exception {
        Path file = folder.resolve("picture.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = book.createSheet("Pictures");
            sheet.createRow(0).createCell(0).setCellValue(1.5);
            XSSFDrawing drawing = sheet.createDrawingPatriarch();
            XSSFClientAnchor anchor = new XSSFClientAnchor(0, 0, 0, 0, 1, 2, 6, 12);
            anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_AND_RESIZE);
            drawing.createPicture(anchor, book.addPicture(png, XSSFWorkbook.PICTURE_TYPE_PNG));
            book.write(out);
        }
        return file;
    }

    @Test
    void aPictureIsReadWithItsBytesTypeAndAnchorAndKeptOnSave() throws Exception {
        byte[] png = redBluePng();
        Path file = workbookWithPicture(temp, png);
        LoadedWorkbook loaded = XlsxReader.read(file);
        checkPicture(loaded.workbook().sheet("Pictures").format().drawings(), png);

        Path saved = temp.resolve("saved.xlsx");
        XlsxWriter.write(loaded.workbook(), loaded, saved);
        checkPicture(XlsxReader.read(saved).workbook().sheet("Pictures").format().drawings(), png);
    }

    private static void checkPicture(List<Drawing> drawings, byte[] png) {
        assertEquals(1, drawings.size());
        Picture picture = assertInstanceOf(Picture.class, drawings.get(0).object());
        assertArrayEquals(png, picture.bytes());
        assertEquals("image/png", picture.contentType());
        assertTrue(picture.partName().startsWith("/xl/media/"), picture.partName());
        Anchor.TwoCell anchor = assertInstanceOf(Anchor.TwoCell.class, drawings.get(0).anchor());
        assertEquals(new Anchor.CellPoint(1, 0, 2, 0), anchor.from());
        assertEquals(new Anchor.CellPoint(6, 0, 12, 0), anchor.to());
    }
}
