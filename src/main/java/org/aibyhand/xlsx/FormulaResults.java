package org.aibyhand.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.aibyhand.engine.ref.A1;
import org.aibyhand.engine.ref.CellAddress;
import org.aibyhand.engine.value.BooleanValue;
import org.aibyhand.engine.value.EmptyValue;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.TextValue;
import org.aibyhand.engine.value.Value;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRow;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheetData;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorksheetDocument;

/**
 * The results a file holds for its formula cells, as the program that saved it computed them (Excel, LibreOffice
 * after recalculating, or this app), read without loading the workbook into the engine: so another program's
 * results can be compared with the engine's, cell by cell. One sheet is in memory at a time.
 */
public final class FormulaResults {
    private static final double TOLERANCE = 1e-9;

    private FormulaResults() {
    }

    /** Whether a computed value equals a saved one: numbers within a relative 1e-9, the rest exactly. */
    public static boolean matches(Value saved, Value computed) {
        if (saved instanceof NumberValue s && computed instanceof NumberValue c) {
            double scale = Math.max(Math.abs(s.value()), Math.abs(c.value()));
            return s.value() == c.value() || Math.abs(s.value() - c.value()) <= TOLERANCE * scale;
        }
        return saved.equals(computed);
    }

    /** A value written in full, for saying which result differs: every digit of a number, text in quotes. */
    public static String show(Value value) {
        if (value == null || value instanceof EmptyValue) {
            return "nothing";
        }
        if (value instanceof NumberValue number) {
            return Double.toString(number.value());
        }
        if (value instanceof TextValue text) {
            return "\"" + text.text() + "\"";
        }
        if (value instanceof BooleanValue bool) {
            return bool.value() ? "TRUE" : "FALSE";
        }
        return value instanceof ErrorValue error ? error.type().text() : value.toString();
    }

    /** Receives one formula cell: its sheet's name, zero-based position and saved result (null when none). */
    public interface Visitor {
        void visit(String sheet, int row, int column, Value saved);
    }

    /**
     * Visits every formula cell of every worksheet in tab order, row by row.
     *
     * @throws WorkbookFormatException when the file is not a readable workbook
     * @throws IOException when it cannot be read at all
     */
    public static void forEach(Path file, Visitor visitor) throws IOException, WorkbookFormatException {
        OPCPackage pkg = PackageOpener.open(PackageOpener.readFile(file));
        try {
            PackagePart workbookPart = Ooxml.workbookPart(pkg);
            if (workbookPart == null) {
                throw new WorkbookFormatException("The file has no workbook part.");
            }
            String[] strings = SharedStrings.read(workbookPart);
            CTWorkbook workbook;
            try (InputStream in = workbookPart.getInputStream()) {
                workbook = WorkbookDocument.Factory.parse(in, Ooxml.options()).getWorkbook();
            }
            if (workbook.getSheets() == null) {
                return;
            }
            for (CTSheet tab : workbook.getSheets().getSheetArray()) {
                PackageRelationship relation = workbookPart.getRelationship(tab.getId());
                if (relation != null && Ooxml.WORKSHEET_RELATION.equals(relation.getRelationshipType())) {
                    visitSheet(tab.getName(), workbookPart.getRelatedPart(relation), strings, visitor);
                }
            }
        } catch (WorkbookFormatException | IOException e) {
            throw e;
        } catch (Exception e) {
            throw new WorkbookFormatException("The workbook is damaged and cannot be read (" + e.getMessage() + ").", e);
        } finally {
            pkg.revert();
        }
    }

    private static void visitSheet(String name, PackagePart part, String[] strings, Visitor visitor) throws Exception {
        CTSheetData data;
        try (InputStream in = part.getInputStream()) {
            data = WorksheetDocument.Factory.parse(in, Ooxml.options()).getWorksheet().getSheetData();
        }
        if (data == null) {
            return;
        }
        int row = -1;
        for (CTRow xmlRow : data.getRowArray()) {
            row = xmlRow.isSetR() ? (int) xmlRow.getR() - 1 : row + 1;
            int column = -1;
            for (CTCell cell : xmlRow.getCArray()) {
                CellAddress at = cell.isSetR() ? A1.parseCell(cell.getR()) : null;
                column = at != null ? at.column() : column + 1;
                if (cell.isSetF()) {
                    Value saved;
                    try {
                        saved = CellXml.value(cell, strings);
                    } catch (IllegalArgumentException unreadable) {
                        saved = null;
                    }
                    visitor.visit(name, at != null ? at.row() : row, column, saved);
                }
            }
        }
    }
}
