package org.aibyhand.engine.book.drawing;

import java.util.List;

/**
 * The text of a shape: paragraphs, where it sits vertically ({@code t}, {@code ctr}, {@code b}), the insets
 * between box and text in EMUs, and whether lines wrap at the box's width.
 */
public record TextBody(List<Paragraph> paragraphs, String verticalAnchor, long leftInsetEmu, long topInsetEmu,
        long rightInsetEmu, long bottomInsetEmu, boolean wrap) {

    /** A paragraph: its alignment ({@code l}, {@code ctr}, {@code r}, {@code just}) and its runs of text. */
    public record Paragraph(String alignment, List<TextRun> runs) {

        /** The paragraph's characters, runs joined. */
        public String text() {
            StringBuilder text = new StringBuilder();
            runs.forEach(run -> text.append(run.text()));
            return text.toString();
        }
    }

    /**
     * A run of text in one look; a line break is a run whose text is "\n". Font null means the theme's.
     * {@code baseline} raises (superscript, positive) or lowers (subscript, negative) the run by that fraction
     * of its size; 0 for ordinary text.
     */
    public record TextRun(String text, double sizePoints, boolean bold, boolean italic, DrawingColor color,
            String font, double baseline) {
    }

    /** All the text, paragraphs separated by new lines. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (Paragraph paragraph : paragraphs) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(paragraph.text());
        }
        return text.toString();
    }

    public boolean isBlank() {
        return text().isBlank();
    }
}
