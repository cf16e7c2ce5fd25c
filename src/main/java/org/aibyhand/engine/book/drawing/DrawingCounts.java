package org.aibyhand.engine.book.drawing;

import java.util.ArrayList;
import java.util.List;

/**
 * How many drawing objects of each kind: those a sheet holds ({@link #of}), or those a painter drew. Objects
 * inside groups count by their own kind, and each group counts once as a group; an equation counts as an
 * equation only, not as the text box or picture that stands for it.
 */
public record DrawingCounts(int pictures, int shapes, int textBoxes, int equations, int charts, int groups) {

    public static final DrawingCounts NONE = new DrawingCounts(0, 0, 0, 0, 0, 0);

    /** The counts of everything in these drawings. */
    public static DrawingCounts of(List<Drawing> drawings) {
        DrawingCounts total = NONE;
        for (Drawing drawing : drawings) {
            total = total.plus(of(drawing.object()));
        }
        return total;
    }

    /** The counts of one object and, for a group, everything in it. */
    public static DrawingCounts of(DrawingObject object) {
        if (object instanceof Group group) {
            DrawingCounts total = new DrawingCounts(0, 0, 0, 0, 0, 1);
            for (DrawingObject child : group.children()) {
                total = total.plus(of(child));
            }
            return total;
        }
        return one(object);
    }

    /** One object by its own kind, without looking inside groups. */
    public static DrawingCounts one(DrawingObject object) {
        if (object instanceof Picture) {
            return new DrawingCounts(1, 0, 0, 0, 0, 0);
        }
        if (object instanceof Shape shape) {
            return shape.textBox() ? new DrawingCounts(0, 0, 1, 0, 0, 0) : new DrawingCounts(0, 1, 0, 0, 0, 0);
        }
        if (object instanceof Equation) {
            return new DrawingCounts(0, 0, 0, 1, 0, 0);
        }
        if (object instanceof Chart) {
            return new DrawingCounts(0, 0, 0, 0, 1, 0);
        }
        return new DrawingCounts(0, 0, 0, 0, 0, 1);
    }

    public DrawingCounts plus(DrawingCounts other) {
        return new DrawingCounts(pictures + other.pictures, shapes + other.shapes, textBoxes + other.textBoxes,
                equations + other.equations, charts + other.charts, groups + other.groups);
    }

    /** Every object counted, groups included. */
    public int total() {
        return pictures + shapes + textBoxes + equations + charts + groups;
    }

    /** Such as "2 pictures, 40 shapes, 3 text boxes, 1 chart": the kinds present, in a fixed order. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        add(parts, pictures, "picture", "pictures");
        add(parts, shapes, "shape", "shapes");
        add(parts, textBoxes, "text box", "text boxes");
        add(parts, equations, "equation", "equations");
        add(parts, charts, "chart", "charts");
        add(parts, groups, "group", "groups");
        return parts.isEmpty() ? "no drawings" : String.join(", ", parts);
    }

    private static void add(List<String> parts, int count, String one, String many) {
        if (count > 0) {
            parts.add(count + " " + (count == 1 ? one : many));
        }
    }
}
