package org.aibyhand.app;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.controlsfx.control.spreadsheet.SpreadsheetCell;

/**
 * The passing marks grid cells wear on top of their file's style: a flash after a change, outlines of what the
 * selected formula reads and what reads it, the walkthrough's current stage and the cells it reads, and the
 * time step picked in the chart. Inline styles beat style classes, so marks are written as inline CSS; when
 * several apply, the first border and the first background in declaration order win.
 */
final class CellMarks {
    enum Mark {
        FLASH(null, "-fx-background-color: #FFE08A;"),
        PRECEDENT("-fx-border-color: #1F6FEB; -fx-border-width: 2; -fx-border-style: solid;", null),
        DEPENDENT("-fx-border-color: #D9480F; -fx-border-width: 2; -fx-border-style: dashed;", null),
        STAGE("-fx-border-color: #2B8A3E; -fx-border-width: 3; -fx-border-style: solid;", null),
        STAGE_READ("-fx-border-color: #7048E8; -fx-border-width: 2; -fx-border-style: dotted;", null),
        TIME_STEP(null, "-fx-background-color: #D0EBFF;");

        private final String border;
        private final String background;

        Mark(String border, String background) {
            this.border = border;
            this.background = background;
        }
    }

    private final Map<Mark, Set<SpreadsheetCell>> marked = new EnumMap<>(Mark.class);

    CellMarks() {
        for (Mark mark : Mark.values()) {
            marked.put(mark, identitySet());
        }
    }

    boolean has(Mark mark, SpreadsheetCell cell) {
        return marked.get(mark).contains(cell);
    }

    void add(Mark mark, SpreadsheetCell cell) {
        marked.get(mark).add(cell);
    }

    void remove(Mark mark, SpreadsheetCell cell) {
        marked.get(mark).remove(cell);
    }

    /** Moves a mark to other cells; returns every cell whose look changed (the old ones and the new). */
    Set<SpreadsheetCell> replace(Mark mark, Collection<SpreadsheetCell> cells) {
        Set<SpreadsheetCell> set = marked.get(mark);
        Set<SpreadsheetCell> touched = identitySet();
        touched.addAll(set);
        set.clear();
        set.addAll(cells);
        touched.addAll(set);
        return touched;
    }

    /** Grid cells hash by their item, which a repaint replaces: marks must go by identity. */
    static Set<SpreadsheetCell> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    /** The inline CSS of the marks a cell wears, appended after its own style. */
    String css(SpreadsheetCell cell) {
        String border = null;
        String background = null;
        for (Mark mark : Mark.values()) {
            if (marked.get(mark).contains(cell)) {
                border = border == null ? mark.border : border;
                background = background == null ? mark.background : background;
            }
        }
        return (background == null ? "" : background) + (border == null ? "" : border);
    }
}
