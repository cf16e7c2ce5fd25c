package org.aibyhand.app.sheet;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.aibyhand.engine.ref.Area;

/**
 * The passing marks painted over the cells: a flash after a change, outlines of what the selected formula reads
 * and what reads it, the walkthrough's current stage and the cells it reads, the time step picked in a chart,
 * and the cell Find found. Marks are kept as areas, not per cell, so a mark over a whole tensor costs one entry.
 */
public final class Marks {
    /** The kinds of mark, in the order they are painted (later ones on top). */
    public enum Mark {
        TIME_STEP(0xD0EBFF, 0.55, 0, 0, 0),
        FLASH(0xFFD43B, 0.45, 0, 0, 0),
        FOUND(0xFCC419, 0.35, 0xE67700, 2, 0),
        STAGE_READ(0, 0, 0x7048E8, 2, 2),
        PRECEDENT(0, 0, 0x1F6FEB, 2, 0),
        DEPENDENT(0, 0, 0xD9480F, 2, 5),
        STAGE(0, 0, 0x2B8A3E, 3, 0);

        final int tint;
        final double tintOpacity;
        final int outline;
        final double outlineWidth;
        /** Dash length of the outline, 0 for solid. */
        final double dash;

        Mark(int tint, double tintOpacity, int outline, double outlineWidth, double dash) {
            this.tint = tint;
            this.tintOpacity = tintOpacity;
            this.outline = outline;
            this.outlineWidth = outlineWidth;
            this.dash = dash;
        }

        /** The outline colour as 0xRRGGBB (hex {@code 1F6FEB} for precedents). */
        public int outlineColor() {
            return outline;
        }
    }

    private final Map<Mark, List<Area>> marked = new EnumMap<>(Mark.class);

    /** Puts a mark on these areas instead of where it was. */
    public void set(Mark mark, List<Area> areas) {
        if (areas.isEmpty()) {
            marked.remove(mark);
        } else {
            marked.put(mark, List.copyOf(areas));
        }
    }

    public List<Area> get(Mark mark) {
        return marked.getOrDefault(mark, List.of());
    }

    /** Whether a cell wears a mark. */
    public boolean has(Mark mark, int row, int column) {
        for (Area area : get(mark)) {
            if (area.contains(row, column)) {
                return true;
            }
        }
        return false;
    }
}
