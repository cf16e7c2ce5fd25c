package org.aibyhand.app;

import org.aibyhand.app.sheet.DrawingLayer;
import org.aibyhand.app.sheet.drawing.SheetDrawingLayer;
import org.aibyhand.engine.book.Sheet;

/** The drawing layer of a sheet: the pictures, shapes, equations and charts of its file. */
final class Drawings {
    private Drawings() {
    }

    static DrawingLayer layer(Sheet sheet) {
        return SheetDrawingLayer.of(sheet.format());
    }
}
