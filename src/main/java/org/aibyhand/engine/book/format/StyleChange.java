package org.aibyhand.engine.book.format;

/**
 * What a conditional format changes when its rule holds (Excel's "dxf"): each field null leaves the cell's own
 * style alone. {@code clearFill} removes the fill and {@code clearBorders} the borders, which is how the
 * AI-by-Hand sheets hide results (white text, no fill, no borders); the edges of {@code borders} that are not
 * null are then drawn over what is left.
 */
public record StyleChange(Rgb fontColor, Boolean bold, Boolean italic, Boolean underline, Rgb fill, boolean clearFill,
        Borders borders, boolean clearBorders) {

    /** Changes nothing. */
    public static final StyleChange NONE = new StyleChange(null, null, null, null, null, false, null, false);

    /** Only a fill: what colour scales apply. */
    public static StyleChange fill(Rgb color) {
        return new StyleChange(null, null, null, null, color, false, null, false);
    }

    public CellStyle applyTo(CellStyle style) {
        Font font = style.font();
        if (fontColor != null) {
            font = font.withColor(fontColor);
        }
        if (bold != null) {
            font = font.withBold(bold);
        }
        if (italic != null) {
            font = font.withItalic(italic);
        }
        if (underline != null) {
            font = font.withUnderline(underline);
        }
        CellStyle result = font == style.font() ? style : style.withFont(font);
        if (clearFill) {
            result = result.withFill(null);
        }
        if (fill != null) {
            result = result.withFill(fill);
        }
        if (clearBorders) {
            result = result.withBorders(Borders.NONE);
        }
        if (borders != null && !borders.isEmpty()) {
            Borders old = result.borders();
            result = result.withBorders(new Borders(pick(borders.top(), old.top()), pick(borders.right(), old.right()),
                    pick(borders.bottom(), old.bottom()), pick(borders.left(), old.left())));
        }
        return result;
    }

    private static Border pick(Border wanted, Border old) {
        return wanted != null ? wanted : old;
    }
}
