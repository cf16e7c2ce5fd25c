package org.aibyhand.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.function.DisplayFormat;

/**
 * Find as Excel does it: the cells whose value (as shown) or formula contains the text, ignoring case, in reading
 * order from the cell after the active one, through the following sheets and round again. No JavaFX.
 */
final class CellSearch {
    /** A cell found: its sheet and position. */
    record Hit(Sheet sheet, int row, int column) {
    }

    private CellSearch() {
    }

    /** Every match in the workbook in reading order, sheet by sheet. */
    static List<Hit> all(Document document, String text) {
        List<Hit> hits = new ArrayList<>();
        String wanted = text.toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return hits;
        }
        Workbook book = document.workbook();
        for (Sheet sheet : book.sheets()) {
            for (Cell cell : sheet) {
                if (matches(document, sheet, cell, wanted)) {
                    hits.add(new Hit(sheet, cell.row(), cell.column()));
                }
            }
        }
        return hits;
    }

    /** The match after (or, backwards, before) a position, wrapping round; null when there is none. */
    static Hit next(List<Hit> hits, Sheet sheet, int row, int column, boolean backwards) {
        if (hits.isEmpty()) {
            return null;
        }
        long here = order(sheet.index(), row, column);
        if (!backwards) {
            for (Hit hit : hits) {
                if (order(hit.sheet().index(), hit.row(), hit.column()) > here) {
                    return hit;
                }
            }
            return hits.get(0);
        }
        for (int i = hits.size() - 1; i >= 0; i--) {
            Hit hit = hits.get(i);
            if (order(hit.sheet().index(), hit.row(), hit.column()) < here) {
                return hit;
            }
        }
        return hits.get(hits.size() - 1);
    }

    private static long order(int sheet, int row, int column) {
        return ((long) sheet << 40) | ((long) row << 16) | column;
    }

    private static boolean matches(Document document, Sheet sheet, Cell cell, String wanted) {
        String shown = DisplayFormat.text(cell.value(), sheet.format().style(cell.row(), cell.column()).numberFormat());
        if (shown.toLowerCase(Locale.ROOT).contains(wanted)) {
            return true;
        }
        return cell.hasFormula()
                && document.inputText(sheet, cell.row(), cell.column()).toLowerCase(Locale.ROOT).contains(wanted);
    }
}
