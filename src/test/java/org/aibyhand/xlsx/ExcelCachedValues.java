package org.aibyhand.xlsx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.BooleanValue;
import org.aibyhand.engine.value.EmptyValue;
import org.aibyhand.engine.value.ErrorType;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.TextValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.Value;
import org.aibyhand.engine.value.Values;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellFormulaType;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/**
 * The values a spreadsheet program saved for every computed cell of a workbook: formula cells and the other
 * cells of array and spill ranges, keyed {@code Sheet!A1} (sheet name verbatim, unquoted). A formula cell
 * without a saved value maps to {@link EmptyValue}. Read through POI's own workbook model, so it does not
 * depend on the reader under test.
 */
public final class ExcelCachedValues {
    private ExcelCachedValues() {
    }

    /** Whether a recomputed value equals what Excel saved: numbers within a relative 1e-9, the rest exactly. */
    public static boolean matches(Value expected, Value actual) {
        if (expected instanceof NumberValue e && actual instanceof NumberValue a) {
            double scale = Math.max(Math.abs(e.value()), Math.abs(a.value()));
            return e.value() == a.value() || Math.abs(e.value() - a.value()) <= 1e-9 * scale;
        }
        return expected.equals(actual);
    }

    public static Map<String, Value> read(Path file) throws Exception {
        Map<String, Value> values = new LinkedHashMap<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
                XSSFWorkbook book = new XSSFWorkbook(pkg)) {
            for (Sheet sheet : book) {
                List<Area> arrays = new ArrayList<>();
                for (Row row : sheet) {
                    for (var cell : row) {
                        CTCell xml = ((XSSFCell) cell).getCTCell();
                        if (xml.isSetF() && xml.getF().getT() == STCellFormulaType.ARRAY && xml.getF().isSetRef()) {
                            arrays.add(Area.parse(xml.getF().getRef()));
                        }
                    }
                }
                for (Row row : sheet) {
                    for (var cell : row) {
                        int r = cell.getRowIndex();
                        int c = cell.getColumnIndex();
                        CTCell xml = ((XSSFCell) cell).getCTCell();
                        boolean member = arrays.stream().anyMatch(a -> a.contains(r, c) && !(a.top() == r && a.left() == c));
                        if (xml.isSetF() || member) {
                            values.put(sheet.getSheetName() + "!" + cell.getAddress().formatAsString(), value(xml, book));
                        }
                    }
                }
            }
        }
        return values;
    }

    private static Value value(CTCell cell, XSSFWorkbook book) {
        STCellType.Enum type = cell.isSetT() ? cell.getT() : STCellType.N;
        if (type == STCellType.INLINE_STR) {
            return cell.isSetIs() ? Values.text(new XSSFRichTextString(cell.getIs()).getString()) : EmptyValue.INSTANCE;
        }
        if (!cell.isSetV()) {
            return type == STCellType.STR ? TextValue.EMPTY : EmptyValue.INSTANCE;
        }
        String v = cell.getV();
        if (type == STCellType.S) {
            return Values.text(book.getSharedStringSource().getItemAt(Integer.parseInt(v)).getString());
        }
        if (type == STCellType.B) {
            return BooleanValue.of("1".equals(v) || "true".equalsIgnoreCase(v));
        }
        if (type == STCellType.E) {
            ErrorType error = ErrorType.fromText(v);
            return error == null ? Values.text(v) : ErrorValue.of(error);
        }
        if (type == STCellType.N) {
            return v.isEmpty() ? EmptyValue.INSTANCE : Values.number(Double.parseDouble(v));
        }
        return Values.text(v);
    }
}
