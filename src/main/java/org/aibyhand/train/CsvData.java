package org.aibyhand.train;

import java.util.ArrayList;
import java.util.List;
import org.aibyhand.i18n.Texts;

/**
 * Reads a teacher's data from CSV text (or a block pasted from a spreadsheet): one sample per line, the inputs
 * first and the last {@code targets} columns the targets. Commas, semicolons or tabs separate values (whichever
 * the first line uses); a first line that is not all numbers is a header and skipped; blank lines are ignored.
 * Everything is checked before anything is returned, so a rejected file changes nothing; the message names the
 * first problem in one line.
 */
public final class CsvData {
    private CsvData() {
    }

    /**
     * The data set in {@code text}.
     *
     * @param maxSamples the most samples the lesson takes
     * @param maxInputs  the most inputs it takes
     * @throws IllegalArgumentException with a one-line message: ragged rows, text in a number column, sizes over
     *                                  the limits, too few columns, nothing at all
     */
    public static DataSet parse(String text, int targets, int maxSamples, int maxInputs) {
        String[] lines = (text == null ? "" : text).split("\r\n|\r|\n");
        char separator = separator(lines);
        List<double[]> rows = new ArrayList<>();
        int width = -1;
        for (int n = 0; n < lines.length; n++) {
            if (lines[n].isBlank()) {
                continue;
            }
            String[] cells = lines[n].split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1);
            if (rows.isEmpty() && width < 0 && isHeader(cells)) {
                width = cells.length;
                continue;
            }
            if (width >= 0 && cells.length != width) {
                throw new IllegalArgumentException(Texts.get("train.csv.ragged", n + 1, cells.length, width));
            }
            width = cells.length;
            rows.add(numbers(cells, n + 1));
            if (rows.size() > maxSamples) {
                throw new IllegalArgumentException(Texts.get("train.csv.tooManyRows", maxSamples));
            }
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(Texts.get("train.csv.empty"));
        }
        int inputs = width - targets;
        if (inputs < 1) {
            throw new IllegalArgumentException(Texts.get("train.csv.tooFewColumns", width, targets + 1));
        }
        if (inputs > maxInputs) {
            throw new IllegalArgumentException(Texts.get("train.csv.tooManyInputs", inputs, maxInputs));
        }
        double[][] x = new double[rows.size()][];
        double[][] y = new double[rows.size()][];
        for (int s = 0; s < rows.size(); s++) {
            x[s] = java.util.Arrays.copyOfRange(rows.get(s), 0, inputs);
            y[s] = java.util.Arrays.copyOfRange(rows.get(s), inputs, width);
        }
        return new DataSet(x, y);
    }

    /** A tab if the first non-blank line has one, else a semicolon if it has one, else a comma. */
    private static char separator(String[] lines) {
        for (String line : lines) {
            if (!line.isBlank()) {
                return line.indexOf('\t') >= 0 ? '\t' : line.indexOf(';') >= 0 ? ';' : ',';
            }
        }
        return ',';
    }

    private static boolean isHeader(String[] cells) {
        for (String cell : cells) {
            if (!cell.isBlank() && !looksNumeric(unquoted(cell))) {
                return true;
            }
        }
        return false;
    }

    private static double[] numbers(String[] cells, int line) {
        double[] row = new double[cells.length];
        for (int c = 0; c < cells.length; c++) {
            Double value = parse(cells[c]);
            if (value == null) {
                throw new IllegalArgumentException(Texts.get("train.csv.notNumber", line, c + 1, cells[c].strip()));
            }
            row[c] = value;
        }
        return row;
    }

    /** A finite number written plainly ({@code -0.5}, {@code 1e-3}, quoted or not); null otherwise. */
    private static Double parse(String cell) {
        String text = unquoted(cell);
        if (!looksNumeric(text)) {
            return null;
        }
        double value = Double.parseDouble(text);
        return Double.isFinite(value) ? value : null;
    }

    private static boolean looksNumeric(String text) {
        return text.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    }

    private static String unquoted(String cell) {
        String text = cell.strip();
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
                ? text.substring(1, text.length() - 1).strip() : text;
    }
}
