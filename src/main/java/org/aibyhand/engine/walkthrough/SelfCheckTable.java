package org.aibyhand.engine.walkthrough;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.FormulaKind;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.format.CellStyle;
import org.aibyhand.engine.book.format.SheetFormat;
import org.aibyhand.engine.formula.SheetNames;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.ref.CellAddress;
import org.aibyhand.engine.ref.SheetLimits;
import org.aibyhand.engine.value.EmptyValue;
import org.aibyhand.engine.value.Value;
import org.aibyhand.engine.value.Values;

/**
 * A sheet's "Self-check" table, placed to the right of everything on the sheet (content, merged ranges, notes,
 * filled or bordered cells) with one empty column between, so it overwrites nothing:
 *
 * <pre>
 *   Self-check | (blank)        | 3 of 18 correct     &lt;- summary
 *   Cell       | Stage          | Check
 *   E9         | Backward: dZ₂  | NOT DONE            &lt;- one row per blanked cell
 * </pre>
 */
final class SelfCheckTable {
    /** Stage titles longer than this many characters wrap. */
    private static final int STAGE_WIDTH = 40;
    private final Sheet sheet;
    private final List<ExerciseCell> cells;
    private final int top;
    private final int left;
    private final SelfCheckWords words;

    private SelfCheckTable(Sheet sheet, List<ExerciseCell> cells, int top, int left, SelfCheckWords words) {
        this.sheet = sheet;
        this.words = words;
        this.cells = List.copyOf(cells);
        this.top = top;
        this.left = left;
    }

    /** A table for the blanks of one sheet, placed before anything is changed. */
    static SelfCheckTable placeFor(Sheet sheet, List<ExerciseCell> cells, SelfCheckWords words) {
        Area used = usedRange(sheet);
        int top = used == null ? 0 : used.top();
        int left = used == null ? 0 : used.right() + 2;
        if (!SheetLimits.contains(top + cells.size() + 1, left + 2)) {
            throw new IllegalArgumentException("no room for a self-check table right of " + sheet.name() + "'s cells");
        }
        return new SelfCheckTable(sheet, cells, top, left, words);
    }

    Sheet sheet() {
        return sheet;
    }

    List<ExerciseCell> cells() {
        return cells;
    }

    int checkRow(int index) {
        return top + 2 + index;
    }

    int checkColumn() {
        return left + 2;
    }

    /** The table's range, sheet-qualified ({@code MLP!T1:V44}). */
    String qualifiedArea() {
        return SheetNames.quoteIfNeeded(sheet.name()) + "!" + new Area(top, left, checkRow(cells.size() - 1), checkColumn()).toA1();
    }

    /** Empties the cells to fill in, all at once, so what depends on them is recomputed once. */
    void blank(Calculator calculator) {
        Map<CellAddress, Value> blanks = new LinkedHashMap<>();
        cells.forEach(c -> blanks.put(new CellAddress(c.cell().row(), c.cell().column()), EmptyValue.INSTANCE));
        calculator.setValues(sheet, blanks);
    }

    /** Title, headers, and each row's address and stage; the checks and the summary are put in separately. */
    void writeLabels(Calculator calculator) {
        Map<CellAddress, Value> labels = new LinkedHashMap<>();
        labels.put(new CellAddress(top, left), Values.text(words.title()));
        labels.put(new CellAddress(top + 1, left), Values.text(words.cell()));
        labels.put(new CellAddress(top + 1, left + 1), Values.text(words.stage()));
        labels.put(new CellAddress(top + 1, checkColumn()), Values.text(words.check()));
        for (int i = 0; i < cells.size(); i++) {
            labels.put(new CellAddress(checkRow(i), left), Values.text(cells.get(i).cell().address()));
            labels.put(new CellAddress(checkRow(i), left + 1), Values.text(cells.get(i).stageTitle()));
        }
        calculator.setValues(sheet, labels);
    }

    /** "3 of 18 correct" on top of the checks. */
    void writeSummary(Calculator calculator) {
        String checks = new Area(checkRow(0), checkColumn(), checkRow(cells.size() - 1), checkColumn()).toA1();
        String count = "COUNTIF(" + checks + "," + SelfCheckWords.quoted(words.correct()) + ")";
        String summary = words.summaryFormula(count, cells.size());
        calculator.setFormula(sheet, top, checkColumn(), SelfCheckFormula.at(summary, top, checkColumn(), FormulaKind.PLAIN));
    }

    /**
     * Bold title and headers; its three columns as wide as what they hold (nothing else is in them: the table is
     * right of everything), the stage titles wrapped beyond 40 characters, so the table reads alike in this app,
     * Excel and LibreOffice.
     */
    void style() {
        SheetFormat format = sheet.format();
        for (int[] at : new int[][] {{top, left}, {top, checkColumn()}, {top + 1, left}, {top + 1, left + 1}, {top + 1, checkColumn()}}) {
            CellStyle style = format.style(at[0], at[1]);
            format.setStyle(at[0], at[1], style.withFont(style.font().withBold(true)));
        }
        int longestStage = cells.stream().mapToInt(c -> c.stageTitle().length()).max().orElse(0);
        int longestCell = cells.stream().mapToInt(c -> c.cell().address().length()).max().orElse(0);
        int longestCheck = java.util.stream.Stream.of(words.notDone(), words.correct(), words.incorrect(), words.check(),
                words.summaryFormula("", cells.size())).mapToInt(String::length).max().orElse(0);
        format.setColumnWidth(left, Math.max(10, Math.max(words.title().length(), longestCell) + 3));
        format.setColumnWidth(left + 1, Math.max(12, Math.min(STAGE_WIDTH, longestStage + 2)));
        format.setColumnWidth(checkColumn(), Math.max(12, longestCheck + 4));
        for (int i = 0; i < cells.size(); i++) {
            CellStyle stage = format.style(checkRow(i), left + 1);
            format.setStyle(checkRow(i), left + 1, stage.withWrap(longestStage > STAGE_WIDTH));
        }
    }

    /** The smallest range holding every cell with content or a value, merged range, note and visibly styled cell. */
    static Area usedRange(Sheet sheet) {
        int[] box = {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1};
        for (Cell cell : sheet) {
            if (!(cell.isBlankContent() && cell.value() instanceof EmptyValue)) {
                include(box, cell.row(), cell.column());
            }
        }
        SheetFormat format = sheet.format();
        for (Area merged : format.merged()) {
            include(box, merged.top(), merged.left());
            include(box, merged.bottom(), merged.right());
        }
        format.forEachNote((row, column, note) -> include(box, row, column));
        format.forEachStyledCell((row, column, style) -> {
            if (style.fill() != null || !style.borders().isEmpty()) {
                include(box, row, column);
            }
        });
        return box[2] < 0 ? null : new Area(box[0], box[1], box[2], box[3]);
    }

    private static void include(int[] box, int row, int column) {
        box[0] = Math.min(box[0], row);
        box[1] = Math.min(box[1], column);
        box[2] = Math.max(box[2], row);
        box[3] = Math.max(box[3], column);
    }
}
