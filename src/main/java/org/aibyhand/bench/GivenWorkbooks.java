package org.aibyhand.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.xlsx.FormulaResults;
import org.aibyhand.xlsx.WorkbookFormatException;

/** The given Excel workbooks (the "AI by Hand" exercises) and what every section needs to know about a workbook. */
final class GivenWorkbooks {
    private GivenWorkbooks() {
    }

    /** Every .xlsx in {@code folder}, by name; empty when the folder does not exist. */
    static List<Path> in(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".xlsx") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int formulaCells(Workbook book) {
        int count = 0;
        for (Sheet sheet : book.sheets()) {
            for (Cell cell : sheet) {
                count += cell.hasFormula() ? 1 : 0;
            }
        }
        return count;
    }

    /** How many formula cells of the computed {@code book} differ from the results {@code file} holds. */
    static int differencesFromFile(Workbook book, Path file) throws IOException, WorkbookFormatException {
        AtomicInteger differ = new AtomicInteger();
        FormulaResults.forEach(file, (sheetName, row, column, saved) -> {
            Sheet sheet = book.sheet(sheetName);
            if (saved != null && (sheet == null || !FormulaResults.matches(saved, sheet.value(row, column)))) {
                differ.incrementAndGet();
            }
        });
        return differ.get();
    }

    static String name(Path file) {
        return file.getFileName().toString();
    }
}
