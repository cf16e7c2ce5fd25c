package org.aibyhand.engine.book.format;

/**
 * What a conditional format changes when its rule holds (Excel's "dxf"): each field null leaves the cell's own
 * style alone. {@code clearFill} removes the fill and {@code clearBorders} the borders, which is how the
 * AI-by-Hand sheets hide results (white text, no fill, no borders).
 */
public record StyleChange(Rgb fontColor, Boolean bold, Boolean italic, Rgb fill, boolean clearFill, boolean clearBorders) {

    public CellStyle applyTo(CellStyle style) {
        Font font = style.font();
        if (fontColor != null) {
            font = font.withColor(fontColor);
        }
        if (bold != null) {
            font = font.withBold(bold);
        }
        if (italic != null) {
            font = new Font(font.family(), font.sizePoints(), font.bold(), italic, font.underline(), font.color());
        }
        CellStyle result = style.withFont(font);
        if (clearFill) {
            result = result.withFill(null);
        }
        if (fill != null) {
            result = result.withFill(fill);
        }
        if (clearBorders) {
            result = result.withBorders(Borders.NONE);
        }
        return result;
    }
}
