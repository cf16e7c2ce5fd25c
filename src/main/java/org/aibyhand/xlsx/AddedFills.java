package org.aibyhand.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.aibyhand.engine.book.format.CellStyle;
import org.aibyhand.engine.book.format.Rgb;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCellXfs;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTFill;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTFills;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTPatternFill;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTStylesheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTXf;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STPatternType;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.StyleSheetDocument;

/**
 * Cell formats added to a loaded workbook's own styles for cells whose fill the program changed, such as the
 * answer cells of an exported exercise. A loaded file keeps its styles part as it was; a cell whose style now
 * differs from its format only by the fill gets a copy of that format with the new fill (made once per format
 * and colour). Other differences are not written: the program changes only fills.
 */
final class AddedFills {
    private final OPCPackage pkg;
    private final PackagePart stylesPart;
    private final StyleTable table;
    private final Map<Long, Map<Rgb, Long>> made = new HashMap<>();
    private StyleSheetDocument styles;

    AddedFills(OPCPackage pkg, PackagePart workbookPart) {
        this.pkg = pkg;
        PackagePart part;
        try {
            part = Ooxml.related(workbookPart, StyleTable.STYLES_RELATION);
        } catch (InvalidFormatException | RuntimeException unreadable) {
            part = null; // no styles to add to: cells keep the formats they have
        }
        this.stylesPart = part;
        this.table = StyleTable.read(workbookPart);
    }

    /** The cell format to write for a cell whose format in the file is {@code index} and whose style is {@code wanted}. */
    long formatFor(long index, CellStyle wanted) throws IOException {
        CellStyle filed = table.cellStyle(index);
        if (stylesPart == null || wanted == null || Objects.equals(filed.fill(), wanted.fill())
                || !filed.withFill(wanted.fill()).equals(wanted)) {
            return index;
        }
        Map<Rgb, Long> byColour = made.computeIfAbsent(index, i -> new HashMap<>());
        Long copy = byColour.get(wanted.fill());
        if (copy == null) {
            copy = copyWithFill(index, wanted.fill());
            byColour.put(wanted.fill(), copy);
        }
        return copy;
    }

    private long copyWithFill(long index, Rgb fill) throws IOException {
        CTStylesheet sheet = styles().getStyleSheet();
        CTCellXfs formats = sheet.isSetCellXfs() ? sheet.getCellXfs() : sheet.addNewCellXfs();
        CTXf copy = formats.addNewXf();
        if (index < formats.sizeOfXfArray() - 1) {
            copy.set(formats.getXfArray((int) index));
        }
        if (fill == null) {
            copy.setFillId(0); // the format with no fill
        } else {
            copy.setFillId(addFill(sheet, fill));
        }
        copy.setApplyFill(true);
        formats.setCount(formats.sizeOfXfArray());
        return formats.sizeOfXfArray() - 1L;
    }

    private static long addFill(CTStylesheet sheet, Rgb colour) {
        CTFills fills = sheet.isSetFills() ? sheet.getFills() : sheet.addNewFills();
        CTFill fill = fills.addNewFill();
        CTPatternFill pattern = fill.addNewPatternFill();
        pattern.setPatternType(STPatternType.SOLID);
        pattern.addNewFgColor().setRgb(new byte[] {(byte) 0xFF, (byte) colour.red(), (byte) colour.green(), (byte) colour.blue()});
        pattern.addNewBgColor().setIndexed(64); // the system background, as Excel writes it
        fills.setCount(fills.sizeOfFillArray());
        return fills.sizeOfFillArray() - 1L;
    }

    private StyleSheetDocument styles() throws IOException {
        if (styles == null) {
            try (InputStream in = stylesPart.getInputStream()) {
                styles = StyleSheetDocument.Factory.parse(in, Ooxml.options());
            } catch (XmlException unreadable) {
                throw new IOException("the workbook's styles could not be read: " + unreadable.getMessage(), unreadable);
            }
        }
        return styles;
    }

    /** Writes the styles part back if a format was added. */
    void save() throws IOException {
        if (styles != null) {
            Ooxml.save(pkg, stylesPart.getPartName(), styles);
        }
    }
}
