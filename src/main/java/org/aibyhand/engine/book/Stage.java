package org.aibyhand.engine.book;

import java.util.List;
import org.aibyhand.engine.ref.Area;

/**
 * One step of a walkthrough: the sheet it is on (by name), a title such as "Layer 1: Z₁ = W₁X + b₁" or
 * "t = 2: h₂", and the cells it reveals, in order.
 */
public record Stage(String sheet, String title, List<Area> cells) {

    public Stage {
        if (title == null || sheet == null) {
            throw new IllegalArgumentException("a stage needs a title and a sheet");
        }
        cells = List.copyOf(cells);
    }

    /** True when one of the stage's areas holds the cell. */
    public boolean contains(String sheetName, int row, int column) {
        if (!sheet.equalsIgnoreCase(sheetName)) {
            return false;
        }
        for (Area area : cells) {
            if (area.contains(row, column)) {
                return true;
            }
        }
        return false;
    }

    public long cellCount() {
        long count = 0;
        for (Area area : cells) {
            count += area.cellCount();
        }
        return count;
    }
}
