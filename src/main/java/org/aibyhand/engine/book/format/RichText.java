package org.aibyhand.engine.book.format;

import java.util.List;

/**
 * A cell's text in runs of their own look, as a shared string with rich text holds it ("W" in bold, "₁" as a
 * subscript, a red word in a black label). A run's font says only what it changes from the cell's.
 */
public record RichText(List<Run> runs) {

    public RichText {
        runs = List.copyOf(runs);
    }

    /** Characters in one look; {@code font} null means the cell's own font. */
    public record Run(String text, RunFont font) {
    }

    /**
     * What a run changes of the cell's font: each field null where the run keeps the cell's. {@code baseline} is
     * 1 for superscript, -1 for subscript, 0 for ordinary text.
     */
    public record RunFont(String family, Double sizePoints, Boolean bold, Boolean italic, Boolean underline, Rgb color,
            int baseline) {

        /** The run's whole font over a cell's font. */
        public Font on(Font cell) {
            return new Font(family == null ? cell.family() : family,
                    sizePoints == null ? cell.sizePoints() : sizePoints,
                    bold == null ? cell.bold() : bold,
                    italic == null ? cell.italic() : italic,
                    underline == null ? cell.underline() : underline,
                    color == null ? cell.color() : color);
        }
    }

    /** The runs' characters joined: the cell's plain text. */
    public String text() {
        StringBuilder text = new StringBuilder();
        runs.forEach(run -> text.append(run.text()));
        return text.toString();
    }

    /** Whether any run looks different from the cell: rich text worth drawing run by run. */
    public boolean isRich() {
        return runs.stream().anyMatch(run -> run.font() != null);
    }
}
