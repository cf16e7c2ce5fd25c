package org.aibyhand.app.sheet.drawing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aibyhand.engine.book.drawing.Anchor;
import org.aibyhand.engine.book.drawing.Drawing;
import org.aibyhand.engine.book.drawing.DrawingColor;
import org.aibyhand.engine.book.drawing.Geometry;
import org.aibyhand.engine.book.drawing.Group;
import org.aibyhand.engine.book.drawing.Outline;
import org.aibyhand.engine.book.drawing.Shape;
import org.aibyhand.engine.book.drawing.TextBody;
import org.aibyhand.engine.book.drawing.Transform;
import org.aibyhand.engine.book.format.Rgb;
import org.aibyhand.engine.book.format.SheetFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A gallery of preset shapes: each fills its own outline (not its box), lines reach their ends, text turns with its shape. */
class PresetShapesPaintTest {
    private static final List<String> FILLED = List.of("rect", "roundRect", "ellipse", "triangle", "rtTriangle", "diamond",
            "parallelogram", "hexagon", "homePlate", "chevron", "rightArrow", "leftArrow", "upArrow", "downArrow");
    private static final List<String> LINES = List.of("line", "straightConnector1", "bentConnector2", "bentConnector3",
            "curvedConnector3", "curvedConnector4");
    private static final DrawingColor FILL = DrawingColor.opaque(Rgb.hex("70AD47"));
    private static final Outline OUTLINE = new Outline(DrawingColor.BLACK, 12700, "solid", null,
            new Outline.ArrowHead("triangle", "med", "med"));
    private static final Map<String, double[]> INSIDE = Map.of("rtTriangle", new double[] {0.3, 0.7}, "chevron",
            new double[] {0.75, 0.5});
    private static final long CELL = 100 * 9525L;

    @BeforeAll
    static void toolkit() throws Exception {
        Snapshots.startToolkit();
    }

    @Test
    void everyPresetFillsItsOutlineAndLinesReachTheirEnds() throws Exception {
        List<Drawing> drawings = new ArrayList<>();
        List<String> all = new ArrayList<>(FILLED);
        all.addAll(LINES);
        for (int i = 0; i < all.size(); i++) {
            String preset = all.get(i);
            boolean line = LINES.contains(preset);
            drawings.add(new Drawing(box(i), new Shape(preset, Transform.NONE, Geometry.preset(preset, Map.of()),
                    line ? null : FILL, line ? OUTLINE : null, null, false)));
        }
        TextBody label = new TextBody(List.of(new TextBody.Paragraph("ctr", List.of(new TextBody.TextRun("turned", 11, true,
                false, DrawingColor.BLACK, "Calibri", 0)))), "ctr", 91440, 45720, 91440, 45720, true);
        drawings.add(new Drawing(box(all.size()), new Shape("turned", new Transform(0, 0, CELL, CELL / 2, 45, false, false),
                Geometry.preset("rect", Map.of()), DrawingColor.opaque(Rgb.hex("FFC000")), null, label, false)));
        GridGeometry geometry = new GridGeometry(new SheetFormat(), 60, 60, 1);
        Snapshots.Painted painted = Snapshots.paint(drawings, geometry, 760, 480);
        painted.save("presets");

        for (int i = 0; i < FILLED.size(); i++) {
            Box box = AnchorBoxes.box(drawings.get(i).anchor(), geometry);
            // inside every one of them: the centre, but for the two whose edge passes through it
            double[] inside = INSIDE.getOrDefault(FILLED.get(i), new double[] {0.5, 0.5});
            assertEquals(0x70AD47, rgb(painted, box.x() + box.width() * inside[0], box.y() + box.height() * inside[1]),
                    FILLED.get(i) + " is filled");
            if (!FILLED.get(i).equals("rect")) {
                boolean cornerLeft = rgb(painted, box.x() + 1, box.y() + 1) == 0xFFFFFF
                        || rgb(painted, box.right() - 1, box.y() + 1) == 0xFFFFFF;
                assertTrue(cornerLeft, FILLED.get(i) + " leaves a corner of its box");
            }
        }
        for (int i = FILLED.size(); i < all.size(); i++) {
            Box box = AnchorBoxes.box(drawings.get(i).anchor(), geometry);
            // every connector ends at the box's bottom-right corner
            Box end = new Box(box.right() - 2, box.bottom() - 2, 2, 2);
            assertTrue(SampleDrawingsPaintTest.inked(painted.pixels(), end, 760, 480), all.get(i) + " reaches its end");
        }
        Box turned = AnchorBoxes.box(drawings.get(all.size()).anchor(), geometry);
        assertEquals(0xFFFFFF, rgb(painted, turned.x() + 2, turned.y() + 2), "a turned shape leaves its box's corners");
    }

    /** Box n of a grid of 80 x 80 pixel boxes, 8 to a row, 20 pixels apart. */
    private static Anchor box(int n) {
        long x = (n % 8) * 90 * 9525L + 10 * 9525L;
        long y = (n / 8) * 110 * 9525L + 10 * 9525L;
        return new Anchor.Absolute(x, y, 80 * 9525L, 80 * 9525L);
    }

    private static int rgb(Snapshots.Painted painted, double x, double y) {
        return painted.pixels().getArgb((int) Math.round(x), (int) Math.round(y)) & 0xFFFFFF;
    }

    @Test
    void aFlippedGroupMirrorsItsChildren() throws Exception {
        Shape arrow = new Shape("arrow", new Transform(0, 0, CELL, CELL, 0, false, false),
                Geometry.preset("rightArrow", Map.of()), FILL, null, null, false);
        List<Drawing> drawings = new ArrayList<>();
        for (boolean flipped : new boolean[] {false, true}) {
            Group group = new Group("group", new Transform(0, 0, CELL, CELL, 0, flipped, false), 0, 0, CELL, CELL,
                    List.of(arrow));
            drawings.add(new Drawing(box(flipped ? 1 : 0), group));
        }
        GridGeometry geometry = new GridGeometry(new SheetFormat(), 60, 60, 1);
        Snapshots.Painted painted = Snapshots.paint(drawings, geometry, 200, 100);
        painted.save("flipped-group");
        Box plain = AnchorBoxes.box(drawings.get(0).anchor(), geometry);
        Box mirrored = AnchorBoxes.box(drawings.get(1).anchor(), geometry);
        // the shaft's tail is at the left of a right arrow; in the flipped group the arrow points left
        assertEquals(0x70AD47, rgb(painted, plain.x() + 3, plain.y() + 30), "the shaft's tail");
        assertEquals(0xFFFFFF, rgb(painted, plain.right() - 4, plain.y() + 30), "above the head's slope");
        assertEquals(0xFFFFFF, rgb(painted, mirrored.x() + 4, mirrored.y() + 30), "mirrored: above the head's slope");
        assertEquals(0x70AD47, rgb(painted, mirrored.right() - 3, mirrored.y() + 30), "mirrored: the shaft's tail");
        assertEquals(new org.aibyhand.engine.book.drawing.DrawingCounts(0, 2, 0, 0, 0, 2), painted.counts());
    }
}
