package org.aibyhand.engine.eval;

import java.util.LinkedHashSet;
import java.util.Set;
import org.aibyhand.engine.value.ReferenceValue;

/**
 * The cells and ranges one evaluation read through its functions, for a formula whose references are decided
 * only when it runs (OFFSET, INDIRECT, {@code A1:INDEX(...)}): what it read last time is what an edit must touch
 * for it to need recomputing.
 */
public final class ReadLog {
    private final Set<ReferenceValue> ranges = new LinkedHashSet<>();

    void cell(int sheet, int row, int column) {
        ranges.add(new ReferenceValue(sheet, row, column, row, column));
    }

    void range(ReferenceValue range) {
        ranges.add(range);
    }

    /** Each distinct range read, single cells as one-cell ranges, in the order first read. */
    public Set<ReferenceValue> ranges() {
        return ranges;
    }
}
