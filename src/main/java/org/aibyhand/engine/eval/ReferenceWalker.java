package org.aibyhand.engine.eval;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.aibyhand.engine.book.DefinedName;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.formula.BinaryOperator;
import org.aibyhand.engine.formula.Expr;
import org.aibyhand.engine.function.FunctionRegistry;
import org.aibyhand.engine.function.FunctionTrait;
import org.aibyhand.engine.formula.RefPoint;
import org.aibyhand.engine.ref.SheetLimits;
import org.aibyhand.engine.value.ReferenceValue;

/**
 * Finds the cells and ranges a formula reads, following defined names into what they refer to. Walks the
 * tree with an explicit stack. Reports whether the formula builds references at run time (the {@code :}
 * operator on computed references, OFFSET, INDIRECT), which cannot be seen in advance. The dependency graph
 * draws its edges with it; conditional formats use it to know which edits may change how cells look.
 */
public final class ReferenceWalker {

    /** Receives each reference found. */
    public interface Visitor {
        void cell(int sheet, int row, int column);

        void range(ReferenceValue range);

        /** A call of the function {@code name} (as parsed), for those that care which functions a formula uses. */
        default void call(String name) {
        }
    }

    /** A subtree still to visit and the cell its relative references count from. */
    private record Item(Expr expr, int row, int column) {
    }

    private ReferenceWalker() {
    }

    /** Visits every reference of {@code expr} held at (row, column) of {@code host}; true if it is dynamic. */
    public static boolean walk(Workbook book, Expr expr, Sheet host, int row, int column, Visitor visitor) {
        boolean dynamic = false;
        Set<String> namesSeen = new HashSet<>();
        Deque<Item> work = new ArrayDeque<>();
        work.push(new Item(expr, row, column));
        while (!work.isEmpty()) {
            Item item = work.pop();
            Expr e = item.expr();
            int originRow = item.row();
            int originColumn = item.column();
            if (e instanceof Expr.Cell cell) {
                Sheet sheet = sheetOf(book, cell.sheet(), host);
                RefPoint p = cell.point();
                int r = p.rowIn(originRow);
                int c = p.columnIn(originColumn);
                if (sheet != null && SheetLimits.contains(r, c)) {
                    visitor.cell(sheet.index(), r, c);
                }
            } else if (e instanceof Expr.Area area) {
                range(book, area, host, originRow, originColumn, visitor);
            } else if (e instanceof Expr.Name name) {
                Sheet scope = name.sheet() == null ? host : book.sheet(name.sheet());
                DefinedName defined = book.resolveName(name.name(), scope);
                String key = name.name().toUpperCase(Locale.ROOT) + "@" + (defined == null ? "" : String.valueOf(defined.scope()));
                if (defined != null && defined.expr() != null && namesSeen.add(key)) {
                    work.push(new Item(defined.expr(), 0, 0));
                }
            } else if (e instanceof Expr.Binary binary) {
                dynamic |= binary.operator() == BinaryOperator.RANGE;
                work.push(new Item(binary.right(), originRow, originColumn));
                work.push(new Item(binary.left(), originRow, originColumn));
            } else if (e instanceof Expr.Call call) {
                dynamic |= FunctionRegistry.standard().has(call.name(), FunctionTrait.BUILDS_REFERENCES);
                visitor.call(call.name());
                for (int i = call.arguments().size() - 1; i >= 0; i--) {
                    work.push(new Item(call.arguments().get(i), originRow, originColumn));
                }
            } else if (e instanceof Expr.Invoke invoke) {
                work.push(new Item(invoke.function(), originRow, originColumn));
                invoke.arguments().forEach(a -> work.push(new Item(a, originRow, originColumn)));
            } else if (e instanceof Expr.Unary unary) {
                work.push(new Item(unary.operand(), originRow, originColumn));
            } else if (e instanceof Expr.Percent percent) {
                work.push(new Item(percent.operand(), originRow, originColumn));
            } else if (e instanceof Expr.Group group) {
                work.push(new Item(group.inner(), originRow, originColumn));
            } else if (e instanceof Expr.Spill spill) {
                work.push(new Item(spill.anchor(), originRow, originColumn));
            }
        }
        return dynamic;
    }

    private static void range(Workbook book, Expr.Area area, Sheet host, int originRow, int originColumn, Visitor visitor) {
        Sheet sheet = sheetOf(book, area.sheet(), host);
        int r1 = area.first().rowIn(originRow);
        int r2 = area.last().rowIn(originRow);
        int c1 = area.first().columnIn(originColumn);
        int c2 = area.last().columnIn(originColumn);
        if (sheet != null && SheetLimits.contains(r1, c1) && SheetLimits.contains(r2, c2)) {
            visitor.range(new ReferenceValue(sheet.index(), Math.min(r1, r2), Math.min(c1, c2), Math.max(r1, r2), Math.max(c1, c2)));
        }
    }

    private static Sheet sheetOf(Workbook book, String name, Sheet host) {
        return name == null ? host : book.sheet(name);
    }
}
