package org.aibyhand.engine.book;

import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.aibyhand.engine.book.format.SheetFormat;
import org.aibyhand.engine.ref.SheetLimits;
import org.aibyhand.engine.value.EmptyValue;
import org.aibyhand.engine.value.Value;

/**
 * A worksheet: a sparse grid of cells stored as one array per row, so reading a cell is two array lookups.
 */
public final class Sheet implements Iterable<Cell> {
    private static final Cell[] NO_CELLS = new Cell[0];

    private final Workbook workbook;
    private String name;
    /** Sheets are only ever appended, so a sheet keeps the position it was added at. */
    private final int index;
    private Cell[][] rows = new Cell[16][];
    private int rowCount;
    private int cellCount;
    private final SheetFormat format = new SheetFormat();
    /** The workbook's store, where this sheet's cells keep their numbers. */
    private final NumberStore numbers;

    Sheet(Workbook workbook, String name, int index) {
        this.workbook = workbook;
        this.numbers = workbook.numbers();
        this.index = index;
        this.name = Objects.requireNonNull(name, "name");
    }

    public Workbook workbook() {
        return workbook;
    }

    public String name() {
        return name;
    }

    void rename(String newName) {
        this.name = newName;
    }

    /** How the sheet looks: styles, sizes, merges, frozen panes, notes, conditional formats. */
    public SheetFormat format() {
        return format;
    }

    NumberStore numbers() {
        return numbers;
    }

    /** Position among the workbook's sheets. */
    public int index() {
        return index;
    }

    /** The cell at (row, column), or null if nothing is there. */
    public Cell cell(int row, int column) {
        if (row < 0 || row >= rowCount) {
            return null;
        }
        Cell[] cells = rows[row];
        return cells != null && column >= 0 && column < cells.length ? cells[column] : null;
    }

    /** The value at (row, column); blank where no cell exists. */
    public Value value(int row, int column) {
        Cell cell = cell(row, column);
        return cell == null ? EmptyValue.INSTANCE : cell.value();
    }

    /** The cell at (row, column), created empty if absent. */
    public Cell cellForWrite(int row, int column) {
        if (!SheetLimits.contains(row, column)) {
            throw new IllegalArgumentException("outside the sheet: row " + row + ", column " + column);
        }
        if (row >= rows.length) {
            rows = Arrays.copyOf(rows, Math.max(row + 1, Math.min(SheetLimits.ROWS, rows.length * 2)));
        }
        rowCount = Math.max(rowCount, row + 1);
        Cell[] cells = rows[row];
        if (cells == null) {
            cells = NO_CELLS;
        }
        if (column >= cells.length) {
            cells = Arrays.copyOf(cells, Math.max(column + 1, Math.min(SheetLimits.COLUMNS, cells.length * 2 + 4)));
            rows[row] = cells;
        }
        Cell cell = cells[column];
        if (cell == null) {
            cell = new Cell(this, row, column, numbers.allocate());
            cells[column] = cell;
            cellCount++;
        }
        return cell;
    }

    /** Removes the cell object if it holds nothing and nothing depends on it. */
    public void discardIfUnused(Cell cell) {
        if (cell.isBlankContent() && cell.spillAnchor() == null && cell.dependentCount() == 0
                && cell.value() instanceof EmptyValue && cell(cell.row(), cell.column()) == cell) {
            rows[cell.row()][cell.column()] = null;
            cellCount--;
            numbers.release(cell.slot());
        }
    }

    /** Number of cell objects (content, spilled values, or referenced blanks). */
    public int cellCount() {
        return cellCount;
    }

    /** One past the last row that has a cell object. */
    public int rowLimit() {
        return rowCount;
    }

    /** Cells in reading order (row by row, left to right). */
    @Override
    public Iterator<Cell> iterator() {
        return new Iterator<>() {
            private int row;
            private int column = -1;
            private Cell next = advance();

            private Cell advance() {
                while (row < rowCount) {
                    Cell[] cells = rows[row];
                    if (cells != null) {
                        while (++column < cells.length) {
                            if (cells[column] != null) {
                                return cells[column];
                            }
                        }
                    }
                    row++;
                    column = -1;
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Cell next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                Cell current = next;
                next = advance();
                return current;
            }
        };
    }

    @Override
    public String toString() {
        return name;
    }
}
