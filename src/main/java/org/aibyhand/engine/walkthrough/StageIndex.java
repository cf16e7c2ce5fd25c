package org.aibyhand.engine.walkthrough;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aibyhand.engine.book.Plan;
import org.aibyhand.engine.book.Stage;
import org.aibyhand.engine.ref.Area;

/**
 * Which stage of a plan reveals a cell, answered quickly enough to ask for every painted cell: the areas of
 * each sheet are bucketed by the rows they cover. A cell in several stages belongs to the first.
 */
public final class StageIndex {
    private record Entry(Area area, int stage) {
    }

    private final Map<String, Map<Integer, List<Entry>>> rowsBySheet = new HashMap<>();

    public StageIndex(Plan plan) {
        for (int s = 0; s < plan.size(); s++) {
            Stage stage = plan.stage(s);
            Map<Integer, List<Entry>> rows = rowsBySheet.computeIfAbsent(key(stage.sheet()), k -> new HashMap<>());
            for (Area area : stage.cells()) {
                Entry entry = new Entry(area, s);
                for (int r = area.top(); r <= area.bottom(); r++) {
                    rows.computeIfAbsent(r, k -> new ArrayList<>()).add(entry);
                }
            }
        }
    }

    /** The index of the first stage holding the cell, or -1 when no stage does (labels, inputs left out). */
    public int stageOf(String sheet, int row, int column) {
        Map<Integer, List<Entry>> rows = rowsBySheet.get(key(sheet));
        List<Entry> entries = rows == null ? null : rows.get(row);
        if (entries == null) {
            return -1;
        }
        int first = -1;
        for (Entry entry : entries) {
            if (entry.area().contains(row, column) && (first < 0 || entry.stage() < first)) {
                first = entry.stage();
            }
        }
        return first;
    }

    private static String key(String sheet) {
        return sheet.toLowerCase(Locale.ROOT);
    }
}
