package org.aibyhand.bench;

import java.nio.file.Path;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.xlsx.XlsxReader;

/** A given workbook loaded once, with its calculator, shared by the sections that measure it. */
record GivenWorkbook(Path file, Workbook book, Calculator calculator, int formulas) {

    /** Loads {@code file} and recalculates it in full once, so every cell holds the engine's value. */
    static GivenWorkbook load(Path file) throws Exception {
        Workbook book = XlsxReader.read(file).workbook();
        Calculator calculator = new Calculator(book);
        calculator.recalculateAll();
        return new GivenWorkbook(file, book, calculator, GivenWorkbooks.formulaCells(book));
    }

    String name() {
        return GivenWorkbooks.name(file);
    }
}
