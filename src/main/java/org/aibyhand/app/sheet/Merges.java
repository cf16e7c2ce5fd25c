package org.aibyhand.app.sheet;

import java.util.ArrayList;
import java.util.List;
import org.aibyhand.engine.ref.Area;

/** The merged areas that reach into what is being painted, to look a cell's merge up among a few. */
final class Merges {
    private final List<Area> areas;

    private Merges(List<Area> areas) {
        this.areas = areas;
    }

    /** The merges of {@code all} that meet rows {@code top..bottom} (any columns). */
    static Merges within(List<Area> all, int top, int bottom) {
        List<Area> near = new ArrayList<>();
        for (Area area : all) {
            if (area.bottom() >= top && area.top() <= bottom) {
                near.add(area);
            }
        }
        return new Merges(near);
    }

    /** The merge covering a cell, or null. */
    Area at(int row, int column) {
        for (Area area : areas) {
            if (area.contains(row, column)) {
                return area;
            }
        }
        return null;
    }

    List<Area> all() {
        return areas;
    }
}
