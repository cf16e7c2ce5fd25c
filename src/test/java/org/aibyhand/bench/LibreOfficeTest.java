package org.aibyhand.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.aibyhand.Prerequisites;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.ReferenceValue;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.Lessons;
import org.aibyhand.xlsx.FormulaResults;
import org.aibyhand.xlsx.XlsxWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LibreOffice as the benchmark runs it recomputes the file on load: a workbook saved with a deliberately stale
 * result comes back with the right one, so what is timed is a real recalculation.
 */
class LibreOfficeTest {
    @TempDir
    Path temp;

    @Test
    void conversionRecomputesEveryFormula() throws Exception {
        Optional<Path> soffice = LibreOffice.find();
        Prerequisites.require(soffice.isPresent(), "LIBREOFFICE NOT INSTALLED: no 'soffice' on PATH; install the"
                + " Debian package libreoffice-calc-nogui");
        Workbook book = Lessons.build("mamba", new LessonOptions(1)).workbook();
        new Calculator(book).recalculateAll();
        ReferenceValue y = NamedTensors.area(book, "Y");
        double right = ((NumberValue) book.sheet(y.sheet()).value(y.top(), y.left())).value();
        book.sheet(y.sheet()).cell(y.top(), y.left()).setValue(new NumberValue(right + 1)); // a stale result in the file
        Path file = temp.resolve("mamba.xlsx");
        XlsxWriter.write(book, null, file);

        LibreOffice.Conversion run = LibreOffice.convert(soffice.get(), file, Files.createDirectories(temp.resolve("out")),
                Duration.ofSeconds(120));

        assertNull(run.failure());
        assertTrue(run.nanos() > 0);
        AtomicInteger checked = new AtomicInteger();
        FormulaResults.forEach(run.converted(), (sheet, row, column, saved) -> {
            if (row == y.top() && column == y.left()) {
                assertEquals(right, ((NumberValue) saved).value(), 1e-12);
                checked.incrementAndGet();
            }
        });
        assertEquals(1, checked.get());
    }
}
