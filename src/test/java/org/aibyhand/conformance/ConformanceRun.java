package org.aibyhand.conformance;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.ref.A1;
import org.aibyhand.engine.value.ArrayValue;
import org.aibyhand.engine.value.EmptyValue;
import org.aibyhand.engine.value.TextValue;
import org.aibyhand.engine.value.Value;
import org.aibyhand.engine.value.Values;
import org.aibyhand.xlsx.FormulaResults;
import org.aibyhand.xlsx.XlsxReader;

/**
 * Recomputes one conformance workbook (the reader ignores every saved result, so the input is the stripped
 * workbook) and compares each formula cell with the result Excel saved. A cell whose formula calls a function
 * whose value Excel cannot reproduce either (random numbers, the clock) is listed as excluded, not compared.
 */
final class ConformanceRun {
    private static final Pattern UNREPRODUCIBLE = Pattern.compile(
            "\\b(RAND|RANDBETWEEN|RANDARRAY|NOW|TODAY)\\s*\\(", Pattern.CASE_INSENSITIVE);

    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private ConformanceRun() {
    }

    /** Saved text with the file format's escapes of control characters ({@code _x0001_}) decoded. */
    private static Value unescaped(Value saved) {
        if (!(saved instanceof TextValue text) || !text.text().contains("_x")) {
            return saved;
        }
        return Values.text(ESCAPE.matcher(text.text())
                .replaceAll(m -> Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16)))));
    }

    static ConformanceResult run(Path file) throws Exception {
        ConformanceResult result = new ConformanceResult(ConformanceWorkbooks.category(file), file.getFileName().toString());
        Workbook book = XlsxReader.read(file).workbook();
        new Calculator(book).recalculateAll();
        FormulaResults.forEach(file, (sheetName, row, column, saved) -> {
            Sheet sheet = book.sheet(sheetName);
            Cell cell = sheet == null ? null : sheet.cell(row, column);
            String where = sheetName + "!" + A1.columnName(column) + (row + 1);
            if (cell != null && cell.hasFormula() && UNREPRODUCIBLE.matcher(cell.formula().displayText(row, column)).find()) {
                result.excluded.add(where + " " + cell.formula().displayText(row, column));
                return;
            }
            Value expected = saved == null ? EmptyValue.INSTANCE : unescaped(saved);
            Value actual = sheet == null ? EmptyValue.INSTANCE : sheet.value(row, column);
            if (actual instanceof ArrayValue array) {
                actual = array.get(0, 0);
            }
            result.compared++;
            if (FormulaResults.matches(expected, actual)) {
                result.matched++;
            } else {
                result.mismatches.add(where + " " + (cell != null && cell.hasFormula() ? cell.formula().displayText(row, column) : "")
                        + ": Excel " + FormulaResults.show(expected) + ", ours " + FormulaResults.show(actual));
            }
        });
        return result;
    }
}
