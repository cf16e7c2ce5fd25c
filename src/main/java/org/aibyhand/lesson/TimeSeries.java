package org.aibyhand.lesson;

import java.util.List;
import org.aibyhand.engine.ref.CellAddress;

/** One component of a hidden state over time, such as "h[2]": its cell at t = 1 … T. */
public record TimeSeries(String label, List<CellAddress> cells) {

    public TimeSeries {
        cells = List.copyOf(cells);
    }
}
