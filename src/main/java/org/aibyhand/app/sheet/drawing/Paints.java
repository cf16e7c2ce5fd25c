package org.aibyhand.app.sheet.drawing;

import javafx.scene.paint.Color;
import org.aibyhand.engine.book.drawing.DrawingColor;

/** Drawing colours as JavaFX colours. */
final class Paints {
    private Paints() {
    }

    static Color of(DrawingColor color) {
        return Color.rgb(color.rgb().red(), color.rgb().green(), color.rgb().blue(), color.alpha());
    }
}
