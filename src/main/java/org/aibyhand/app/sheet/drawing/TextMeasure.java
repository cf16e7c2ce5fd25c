package org.aibyhand.app.sheet.drawing;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.aibyhand.app.sheet.Fonts;

/** Fonts for drawing text at a size in canvas pixels, and the widths and heights of text in them. */
final class TextMeasure {
    private final Map<String, Font> fonts = new HashMap<>();
    private final Text probe = new Text();

    /** The font for a family (a stand-in where it is missing), weight, slant and size in canvas pixels. */
    Font font(String family, boolean bold, boolean italic, double sizePixels) {
        String key = family + '|' + bold + '|' + italic + '|' + sizePixels;
        return fonts.computeIfAbsent(key, k -> Font.font(Fonts.family(family == null ? "Calibri" : family),
                bold ? FontWeight.BOLD : FontWeight.NORMAL, italic ? FontPosture.ITALIC : FontPosture.REGULAR, sizePixels));
    }

    double width(String text, Font font) {
        probe.setFont(font);
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }

    /** A line's height in the font, as JavaFX lays out one line. */
    double lineHeight(Font font) {
        probe.setFont(font);
        probe.setText("Xg");
        return probe.getLayoutBounds().getHeight();
    }

    /** From a line's top to its baseline. */
    double ascent(Font font) {
        probe.setFont(font);
        probe.setText("Xg");
        return probe.getBaselineOffset();
    }
}
