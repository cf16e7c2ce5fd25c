package org.aibyhand.engine.walkthrough;

import java.util.ArrayList;
import java.util.List;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.ref.A1;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.TextValue;

/**
 * One row of a self-check table as a reader finds it: the blank's address, the stage title, and the check cell
 * ({@code check} is its A1 address, {@code qualified} the {@code Sheet!A1} key cached-value maps use).
 */
record CheckRow(String sheet, String answer, String stage, int row, int column) {

    String check() {
        return A1.columnName(column) + (row + 1);
    }

    String qualified() {
        return sheet + "!" + check();
    }

    /** The table a summary names ({@code 'My sheet'!T1:V9}): its sheet and range. */
    static Sheet sheetOf(Workbook book, String qualifiedArea) {
        String name = qualifiedArea.substring(0, qualifiedArea.lastIndexOf('!'));
        if (name.startsWith("'")) {
            name = name.substring(1, name.length() - 1).replace("''", "'");
        }
        return book.sheet(name);
    }

    static Area areaOf(String qualifiedArea) {
        return Area.parse(qualifiedArea.substring(qualifiedArea.lastIndexOf('!') + 1));
    }

    /** The summary cell: top right of the table. */
    static String summaryText(Workbook book, String qualifiedArea) {
        Area area = areaOf(qualifiedArea);
        return ((TextValue) sheetOf(book, qualifiedArea).value(area.top(), area.right())).text();
    }

    /** Every row under the table's two header rows. */
    static List<CheckRow> read(Workbook book, String qualifiedArea) {
        Sheet sheet = sheetOf(book, qualifiedArea);
        Area area = areaOf(qualifiedArea);
        List<CheckRow> rows = new ArrayList<>();
        for (int r = area.top() + 2; r <= area.bottom(); r++) {
            rows.add(new CheckRow(sheet.name(), text(sheet, r, area.left()), text(sheet, r, area.left() + 1), r, area.right()));
        }
        return rows;
    }

    static List<CheckRow> readAll(Workbook book, List<String> tables) {
        List<CheckRow> rows = new ArrayList<>();
        tables.forEach(t -> rows.addAll(read(book, t)));
        return rows;
    }

    private static String text(Sheet sheet, int row, int column) {
        return ((TextValue) sheet.value(row, column)).text();
    }
}
