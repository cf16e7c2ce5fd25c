package org.aibyhand.engine.book.format;

import java.util.List;
import org.aibyhand.engine.ref.Area;

/** Rules applied to the cells of some ranges of one sheet. */
public record ConditionalFormat(List<Area> ranges, List<ConditionalRule> rules) {

    public ConditionalFormat {
        ranges = List.copyOf(ranges);
        rules = List.copyOf(rules);
        if (ranges.isEmpty()) {
            throw new IllegalArgumentException("a conditional format needs a range");
        }
    }

    public boolean covers(int row, int column) {
        for (Area area : ranges) {
            if (area.contains(row, column)) {
                return true;
            }
        }
        return false;
    }

    /** The cell its formulas are written for: the top-left of the first range. */
    public Area anchorArea() {
        return ranges.get(0);
    }
}
