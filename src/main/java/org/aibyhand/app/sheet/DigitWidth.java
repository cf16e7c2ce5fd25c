package org.aibyhand.app.sheet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.book.drawing.Anchor;
import org.aibyhand.engine.book.drawing.Drawing;
import org.aibyhand.engine.book.drawing.Shape;
import org.aibyhand.engine.book.format.SheetFormat;

/**
 * The width of a digit a sheet's columns are counted in, in pixels at 100%. Excel counts a column's width in the
 * widest digit of the workbook's normal font, but that digit is not the same everywhere: Excel for the Mac rounds
 * it in points (Arial 10 counts as 8 pixels there, 7 on Windows), and a font that is not installed is drawn with
 * a stand-in of other widths. Where the sheet has shapes, their boxes say where Excel put them in EMUs from the
 * sheet's corner, and their anchors in which cell: the digit width whose columns put the anchors at those points
 * is the one the author's Excel used, for all the workbook's sheets. Without shapes the normal font's own digit
 * is measured.
 */
public final class DigitWidth {
    private static final double EMU_PER_PIXEL = 9525;
    private static final int SMALLEST = 5;
    private static final int LARGEST = 16;
    /** Columns that put the shapes within this many pixels of their boxes, on average, are the author's. */
    private static final double AGREEING = 3;

    private DigitWidth() {
    }

    /** Learnt once per workbook: every sheet's view and every rendering asks, and each answer walks every sheet. */
    private static final Map<Workbook, Double> LEARNT = Collections.synchronizedMap(new WeakHashMap<>());

    /** The digit width for a sheet's columns: one for the whole workbook, as one Excel made all its sheets. */
    public static double of(Sheet sheet) {
        return LEARNT.computeIfAbsent(sheet.workbook(), book -> {
            List<SheetFormat> formats = new ArrayList<>();
            for (Sheet each : book.sheets()) {
                formats.add(each.format());
            }
            return of(sheet.format(), formats); // the normal font, which the measured digit comes from, is the book's
        });
    }

    /** The digit width for a sheet's columns, learnt from the shapes of {@code formats} (the workbook's sheets). */
    static double of(SheetFormat format, List<SheetFormat> formats) {
        double measured = Fonts.maxDigitWidth(format.defaultStyle().font());
        double best = measured;
        double bestError = error(formats, measured);
        if (Double.isNaN(bestError)) {
            return measured; // no shape to learn from
        }
        for (int digit = SMALLEST; digit <= LARGEST; digit++) {
            double error = error(formats, digit);
            if (error < bestError - 0.5) {
                best = digit;
                bestError = error;
            }
        }
        return bestError <= AGREEING ? best : measured;
    }

    /** The mean distance in pixels between the shapes' anchors and their boxes with this digit; NaN without shapes. */
    private static double error(List<SheetFormat> formats, double digit) {
        double total = 0;
        int count = 0;
        for (SheetFormat format : formats) {
            SheetLayout layout = null;
            for (Drawing drawing : format.drawings()) {
                if (drawing.anchor() instanceof Anchor.TwoCell anchor && drawing.object() instanceof Shape shape
                        && shape.transform().width() > 0) {
                    if (layout == null) {
                        layout = SheetLayout.unfrozen(format, digit);
                    }
                    double x = layout.columnX(anchor.from().column()) + anchor.from().columnOffsetEmu() / EMU_PER_PIXEL;
                    total += Math.abs(x - shape.transform().x() / EMU_PER_PIXEL);
                    count++;
                }
            }
        }
        return count == 0 ? Double.NaN : total / count;
    }
}
