package org.aibyhand.app.sheet;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.paint.Color;
import org.aibyhand.engine.book.format.Rgb;

/** Engine colours as JavaFX colours, made once each. */
final class Colors {
    private static final Map<Rgb, Color> MADE = new HashMap<>();

    private Colors() {
    }

    static synchronized Color of(Rgb rgb) {
        return MADE.computeIfAbsent(rgb, c -> Color.rgb(c.red(), c.green(), c.blue()));
    }

    /** A 0xRRGGBB colour at an opacity. */
    static Color of(int rgb, double opacity) {
        return Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, opacity);
    }
}
