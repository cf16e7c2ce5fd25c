package org.aibyhand.engine.book;

import java.util.ArrayList;
import java.util.List;
import org.aibyhand.engine.ref.Area;

/**
 * A workbook's walkthrough: the ordered stages a teacher steps through. Immutable; an edit gives a new plan,
 * and a call that makes no sense for this plan (an index out of range, a merge across sheets, a split that
 * would leave a part empty) is an IllegalArgumentException saying why. A workbook without one has the empty
 * plan.
 */
public record Plan(List<Stage> stages) {
    public static final Plan EMPTY = new Plan(List.of());

    public Plan {
        stages = List.copyOf(stages);
    }

    public boolean isEmpty() {
        return stages.isEmpty();
    }

    public int size() {
        return stages.size();
    }

    public Stage stage(int index) {
        return stages.get(index);
    }

    /** The plan with stage {@code index} titled {@code title}. */
    public Plan renamed(int index, String title) {
        checkIndex(index, "rename");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a stage title must not be blank");
        }
        Stage stage = stages.get(index);
        return replacing(index, 1, List.of(new Stage(stage.sheet(), title, stage.cells())));
    }

    /** The plan with stage {@code index} absorbing the one after it: its cells appended, titled "A + B". */
    public Plan merged(int index) {
        checkIndex(index, "merge");
        if (index + 1 >= stages.size()) {
            throw new IllegalArgumentException("stage " + index + " is the last one: there is no next stage to merge into it");
        }
        Stage first = stages.get(index);
        Stage second = stages.get(index + 1);
        if (!first.sheet().equalsIgnoreCase(second.sheet())) {
            throw new IllegalArgumentException("stages " + index + " and " + (index + 1) + " are on different sheets ('"
                    + first.sheet() + "' and '" + second.sheet() + "') and cannot be merged");
        }
        List<Area> cells = new ArrayList<>(first.cells());
        cells.addAll(second.cells());
        return replacing(index, 2, List.of(new Stage(first.sheet(), first.title() + " + " + second.title(), cells)));
    }

    /**
     * The plan with stage {@code index} cut in two so that the cell (row, column) starts the second part. The
     * areas before the one holding the cell stay in the first part and those after it go to the second; the
     * holding area is cut by rows when the cell is below its top row, else by columns when the cell is right of
     * its left column, else it goes whole to the second part. The second part is titled "<title> (continued)".
     */
    public Plan splitBefore(int index, int row, int column) {
        checkIndex(index, "split");
        Stage stage = stages.get(index);
        int holding = -1;
        for (int i = 0; i < stage.cells().size() && holding < 0; i++) {
            if (stage.cells().get(i).contains(row, column)) {
                holding = i;
            }
        }
        if (holding < 0) {
            throw new IllegalArgumentException("the cell at row " + row + ", column " + column + " is not in stage " + index
                    + " ('" + stage.title() + "')");
        }
        List<Area> first = new ArrayList<>(stage.cells().subList(0, holding));
        List<Area> second = new ArrayList<>();
        Area area = stage.cells().get(holding);
        if (row > area.top()) {
            first.add(new Area(area.top(), area.left(), row - 1, area.right()));
            second.add(new Area(row, area.left(), area.bottom(), area.right()));
        } else if (column > area.left()) {
            first.add(new Area(area.top(), area.left(), area.bottom(), column - 1));
            second.add(new Area(area.top(), column, area.bottom(), area.right()));
        } else {
            second.add(area);
        }
        second.addAll(stage.cells().subList(holding + 1, stage.cells().size()));
        if (first.isEmpty() || second.isEmpty()) {
            throw new IllegalArgumentException("splitting stage " + index + " before its first cell would leave a part empty");
        }
        return replacing(index, 1, List.of(new Stage(stage.sheet(), stage.title(), first),
                new Stage(stage.sheet(), stage.title() + " (continued)", second)));
    }

    /** The plan with stage {@code from} taken out and put back so that it ends up at index {@code to}. */
    public Plan moved(int from, int to) {
        checkIndex(from, "move");
        checkIndex(to, "move a stage to");
        List<Stage> reordered = new ArrayList<>(stages);
        reordered.add(to, reordered.remove(from));
        return new Plan(reordered);
    }

    private void checkIndex(int index, String action) {
        if (index < 0 || index >= stages.size()) {
            throw new IllegalArgumentException("cannot " + action + " stage " + index + ": the plan has "
                    + (stages.isEmpty() ? "no stages" : "stages 0 to " + (stages.size() - 1)));
        }
    }

    private Plan replacing(int index, int count, List<Stage> replacements) {
        List<Stage> edited = new ArrayList<>(stages.subList(0, index));
        edited.addAll(replacements);
        edited.addAll(stages.subList(index + count, stages.size()));
        return new Plan(edited);
    }
}
