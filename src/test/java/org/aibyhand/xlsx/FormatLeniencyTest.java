package org.aibyhand.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.aibyhand.engine.book.format.CellStyle;
import org.aibyhand.engine.book.format.ConditionalFormat;
import org.aibyhand.engine.book.format.ConditionalRule;
import org.aibyhand.engine.book.format.Font;
import org.aibyhand.engine.book.format.Rgb;
import org.aibyhand.engine.book.format.SheetFormat;
import org.aibyhand.engine.ref.Area;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged formatting costs the damaged piece only: the workbook still loads, with everything else. */
class FormatLeniencyTest {
    private static final String STYLES = "xl/styles.xml";
    private static final String SHEET = "xl/worksheets/sheet1.xml";

    @TempDir
    Path temp;

    private SheetFormat loadWith(String part, String content) throws Exception {
        Path damaged = temp.resolve("damaged.xlsx");
        Zips.replaceEntry(SharedWorkbooks.get("Backpropgation.xlsx"), damaged, part, content);
        return XlsxReader.read(damaged).workbook().sheet("Backprop").format();
    }

    private static String original(String part) throws Exception {
        return RawXml.part(SharedWorkbooks.get("Backpropgation.xlsx"), part);
    }

    private static CellStyle style(SheetFormat format, String a1) {
        Area at = Area.parse(a1);
        return format.style(at.top(), at.left());
    }

    @Test
    void stylesThatAreNotXmlLeaveTheDefaults() throws Exception {
        SheetFormat format = loadWith(STYLES, "<styleSheet>not closed");
        assertEquals(CellStyle.DEFAULT, format.defaultStyle());
        assertEquals(CellStyle.DEFAULT, style(format, "J5"));
        assertEquals(List.of(Area.parse("A1:Z1"), Area.parse("A42:Z42")), format.merged(), "the sheet's own parts still load");
        assertEquals(3, format.conditionalFormats().size());
    }

    @Test
    void missingFontsFillsBordersAndDxfsReadAsNone() throws Exception {
        // Cell format 20 (J5) points at font 9, fill 3, border 10; make every one of them dangle.
        String styles = original(STYLES).replace("fontId=\"9\" fillId=\"3\" borderId=\"10\"",
                "fontId=\"900\" fillId=\"300\" borderId=\"1000\"").replaceFirst("<dxfs count=\"3\">.*</dxfs>", "");
        SheetFormat format = loadWith(STYLES, styles);
        CellStyle j5 = style(format, "J5");
        assertEquals(Font.DEFAULT, j5.font());
        assertNull(j5.fill());
        assertEquals(CellStyle.Horizontal.CENTER, j5.horizontal(), "what is there is kept");
        var hide = assertInstanceOf(ConditionalRule.Expression.class, format.conditionalFormats().get(0).rules().get(0));
        assertNull(hide.change().fontColor(), "a missing dxf changes nothing");
    }

    @Test
    void aBrokenThemeFallsBackToOfficeColours() throws Exception {
        SheetFormat format = loadWith("xl/theme/theme1.xml", "garbage");
        // M5 is filled with theme colour 2 (lt2): Office's E7E6E6 instead of the Sheets theme's FFFFFF.
        assertEquals(Rgb.hex("E7E6E6"), style(format, "M5").fill());
        assertEquals(Rgb.hex("FFCC99"), style(format, "J5").fill());
    }

    @Test
    void unreadableRulesAreKeptAsUnsupportedAndBadRangesDropped() throws Exception {
        String sheet = original(SHEET).replace("<formula>$C$2=FALSE</formula>", "<formula>$C$2=(</formula>")
                .replace("sqref=\"L5:L9 O15:O18", "sqref=\"NOT_A_RANGE O15:O18")
                .replace("sqref=\"M5:O12 P15:S21 H20:J21 S24:U31 J30:M31 Y34:Z36\"", "sqref=\"??\"")
                .replace("<mergeCell ref=\"A1:Z1\"/>", "<mergeCell ref=\"A1:\"/>");
        SheetFormat format = loadWith(SHEET, sheet);
        List<ConditionalFormat> formats = format.conditionalFormats();
        assertEquals(2, formats.size(), "a format with no readable range is left out");
        var broken = assertInstanceOf(ConditionalRule.Unsupported.class, formats.get(0).rules().get(0));
        assertEquals("expression", broken.type());
        assertEquals(57, broken.priority());
        assertEquals(Area.parse("O15:O18"), formats.get(1).anchorArea(), "the bad range alone is dropped");
        assertEquals(List.of(Area.parse("A42:Z42")), format.merged());
        assertEquals(Rgb.hex("FFCC99"), style(format, "J5").fill());
    }
}
