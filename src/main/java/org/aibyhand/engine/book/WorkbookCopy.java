package org.aibyhand.engine.book;

/**
 * An independent copy of a workbook for calculating elsewhere (a check on another thread) while the original
 * stays live: new sheets and cells holding the same contents, values and spills, the same defined names and
 * plan. Formula trees, values, names' trees and the plan are immutable and shared; nothing the copy's calculator
 * changes is reachable from the original. Formatting is not copied: the copy is for computing, not showing.
 */
public final class WorkbookCopy {
    private WorkbookCopy() {
    }

    /** Copies {@code book}; call it on the thread that edits the original, between edits. */
    public static Workbook of(Workbook book) {
        Workbook copy = new Workbook();
        for (Sheet sheet : book.sheets()) {
            copy.addSheet(sheet.name());
        }
        for (Sheet sheet : book.sheets()) {
            copyCells(sheet, copy.sheet(sheet.index()));
        }
        for (DefinedName name : book.definedNames()) {
            Sheet scope = name.scope() == null ? null : copy.sheet(name.scope().index());
            copy.defineName(new DefinedName(name.name(), scope, name.text(), name.expr(), name.hidden()));
        }
        copy.setPlan(book.plan());
        return copy;
    }

    private static void copyCells(Sheet from, Sheet to) {
        for (Cell cell : from) {
            if (cell.isBlankContent() && cell.spillAnchor() == null && cell.spillArea() == null) {
                continue; // a blank the calculator made for its own bookkeeping: the copy's calculator makes its own
            }
            Cell copied = to.cellForWrite(cell.row(), cell.column());
            copied.setValue(cell.value());
            copied.setFormula(cell.formula());
            copied.setSpillArea(cell.spillArea());
            Cell anchor = cell.spillAnchor();
            if (anchor != null) {
                copied.setSpillAnchor(to.cellForWrite(anchor.row(), anchor.column()));
            }
        }
    }
}
