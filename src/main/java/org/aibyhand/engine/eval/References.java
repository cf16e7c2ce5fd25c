package org.aibyhand.engine.eval;

import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.formula.Expr;
import org.aibyhand.engine.formula.RefPoint;
import org.aibyhand.engine.ref.SheetLimits;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.ReferenceValue;
import org.aibyhand.engine.value.Value;

/** Turns reference syntax into {@link ReferenceValue}s on concrete sheets. */
final class References {
    private final Workbook book;

    References(Workbook book) {
        this.book = book;
    }

    /** The sheet a reference names ({@code null} means the host's), or null if there is no such sheet. */
    Sheet sheet(String name, Sheet host) {
        return name == null ? host : book.sheet(name);
    }

    Value cell(Expr.Cell cell, Sheet host, int originRow, int originColumn) {
        Sheet sheet = sheet(cell.sheet(), host);
        RefPoint point = cell.point();
        int row = point.rowIn(originRow);
        int column = point.columnIn(originColumn);
        if (sheet == null || !SheetLimits.contains(row, column)) {
            return ErrorValue.REF;
        }
        return new ReferenceValue(sheet.index(), row, column, row, column);
    }

    Value area(Expr.Area area, Sheet host, int originRow, int originColumn) {
        Sheet sheet = sheet(area.sheet(), host);
        int row1 = area.first().rowIn(originRow);
        int row2 = area.last().rowIn(originRow);
        int column1 = area.first().columnIn(originColumn);
        int column2 = area.last().columnIn(originColumn);
        if (sheet == null || !SheetLimits.contains(row1, column1) || !SheetLimits.contains(row2, column2)) {
            return ErrorValue.REF;
        }
        return new ReferenceValue(sheet.index(), Math.min(row1, row2), Math.min(column1, column2),
                Math.max(row1, row2), Math.max(column1, column2));
    }

    /** The {@code :} operator on two computed references: the rectangle spanning both. */
    Value span(Value left, Value right) {
        if (left instanceof ErrorValue) {
            return left;
        }
        if (right instanceof ErrorValue) {
            return right;
        }
        if (!(left instanceof ReferenceValue a) || !(right instanceof ReferenceValue b) || a.sheet() != b.sheet()) {
            return ErrorValue.VALUE;
        }
        return new ReferenceValue(a.sheet(), Math.min(a.top(), b.top()), Math.min(a.left(), b.left()),
                Math.max(a.bottom(), b.bottom()), Math.max(a.right(), b.right()));
    }

    /** The space operator: the cells two references share, #NULL! when they share none. */
    Value intersect(Value left, Value right) {
        if (!(left instanceof ReferenceValue a) || !(right instanceof ReferenceValue b)) {
            return left instanceof ErrorValue ? left : right instanceof ErrorValue ? right : ErrorValue.VALUE;
        }
        int top = Math.max(a.top(), b.top());
        int bottom = Math.min(a.bottom(), b.bottom());
        int leftColumn = Math.max(a.left(), b.left());
        int rightColumn = Math.min(a.right(), b.right());
        if (a.sheet() != b.sheet() || top > bottom || leftColumn > rightColumn) {
            return ErrorValue.NULL;
        }
        return new ReferenceValue(a.sheet(), top, leftColumn, bottom, rightColumn);
    }
}
