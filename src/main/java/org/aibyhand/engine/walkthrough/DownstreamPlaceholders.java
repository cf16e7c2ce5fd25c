package org.aibyhand.engine.walkthrough;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Formula;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.formula.FormulaPrinter;
import org.aibyhand.engine.formula.SheetNames;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.ref.CellAddress;
import org.aibyhand.engine.value.ReferenceValue;

/**
 * In an exercise, the formulas that read a blank (directly or through one another) show an empty cell until the
 * blanks they read are filled in, instead of the {@code #VALUE!} or {@code ###} that a blank read as 0 or "" gives:
 * each is wrapped as {@code IF(COUNTBLANK(E9)+COUNTBLANK(F9:F12)>0,"",original)}, naming just the blanks and the
 * wrapped cells it reads. COUNTBLANK counts a formula's "" as blank in Excel and LibreOffice alike, so the quiet
 * runs down the chain and ends as soon as the student's answers are in. Array formulas are left as they are, and so
 * is a formula whose wrapped text would be longer than Excel allows.
 */
final class DownstreamPlaceholders {
    /** Ranges larger than this are searched blank by blank rather than cell by cell. */
    private static final long SCAN_LIMIT = 10_000;

    private final Calculator calculator;
    /** Blanks and downstream formulas, by where they are: a blank's cell may be gone once it is emptied. */
    private final Set<Key> quiet = new LinkedHashSet<>();
    private final List<Cell> downstream = new ArrayList<>();

    private DownstreamPlaceholders(Calculator calculator) {
        this.calculator = calculator;
    }

    /**
     * Finds, while the cells to blank still hold their formulas, every formula downstream of them (not themselves
     * blanks, not array formulas), in the order met.
     */
    static DownstreamPlaceholders find(Calculator calculator, Collection<Cell> blanks) {
        DownstreamPlaceholders found = new DownstreamPlaceholders(calculator);
        blanks.forEach(blank -> found.quiet.add(Key.of(blank)));
        Deque<Cell> queue = new ArrayDeque<>(blanks);
        while (!queue.isEmpty()) {
            for (Cell reader : calculator.dependents(queue.poll())) {
                if (reader.hasFormula() && ExerciseCells.arrayArea(reader) == null && found.quiet.add(Key.of(reader))) {
                    found.downstream.add(reader);
                    queue.add(reader);
                }
            }
        }
        return found;
    }

    /** Wraps every downstream formula (after the blanks are made); returns how many were wrapped. */
    int wrap() {
        Map<Cell, String> texts = new LinkedHashMap<>();
        for (Cell cell : downstream) {
            String condition = condition(cell);
            if (condition.isEmpty()) {
                continue;
            }
            String original = FormulaPrinter.print(cell.formula().expr(), cell.row(), cell.column(),
                    FormulaPrinter.Style.STORAGE);
            String text = "IF(" + condition + ">0,\"\"," + original + ")";
            if (text.length() <= SelfCheckFormula.MAX_LENGTH) {
                texts.put(cell, text);
            }
        }
        texts.forEach((cell, text) -> calculator.setFormula(cell.sheet(), cell.row(), cell.column(),
                SelfCheckFormula.at(text, cell.row(), cell.column(), cell.formula().kind())));
        return texts.size();
    }

    /** COUNTBLANK of every blank or quiet cell the formula reads, as few rectangles, summed. */
    private String condition(Cell cell) {
        Workbook book = cell.sheet().workbook();
        Map<Integer, Rectangles.Builder> bySheet = new LinkedHashMap<>();
        for (ReferenceValue range : calculator.precedents(cell)) {
            Rectangles.Builder cells = bySheet.computeIfAbsent(range.sheet(), sheet -> new Rectangles.Builder());
            if ((long) range.rows() * range.columns() <= SCAN_LIMIT) {
                for (int r = range.top(); r <= range.bottom(); r++) {
                    for (int c = range.left(); c <= range.right(); c++) {
                        if (quiet.contains(new Key(range.sheet(), r, c))) {
                            cells.add(Area.of(new CellAddress(r, c)));
                        }
                    }
                }
            } else {
                for (Key read : quiet) {
                    if (read.sheet() == range.sheet() && read.row() >= range.top() && read.row() <= range.bottom()
                            && read.column() >= range.left() && read.column() <= range.right()) {
                        cells.add(Area.of(new CellAddress(read.row(), read.column())));
                    }
                }
            }
        }
        List<String> terms = new ArrayList<>();
        bySheet.forEach((sheet, cells) -> {
            String prefix = sheet == cell.sheet().index() ? ""
                    : SheetNames.quoteIfNeeded(book.sheet(sheet).name()) + "!";
            cells.build().forEach(area -> terms.add("COUNTBLANK(" + prefix + area.toA1() + ")"));
        });
        return String.join("+", terms);
    }

    /** A cell's place: its sheet's index, row and column. */
    private record Key(int sheet, int row, int column) {
        static Key of(Cell cell) {
            return new Key(cell.sheet().index(), cell.row(), cell.column());
        }
    }
}
