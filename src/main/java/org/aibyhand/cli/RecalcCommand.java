package org.aibyhand.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.TooManyCellsException;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.xlsx.LoadedWorkbook;
import org.aibyhand.xlsx.WorkbookFormatException;
import org.aibyhand.xlsx.XlsxReader;
import org.aibyhand.xlsx.XlsxWriter;

/**
 * {@code recalc IN OUT}: loads IN, ignores every saved formula result, recomputes every formula and writes OUT
 * with the formulas intact, fresh results and every other part of IN kept. Prints one summary line.
 */
final class RecalcCommand {
    private RecalcCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 2) {
            err.println("usage: java -jar ai-by-hand.jar recalc IN.xlsx OUT.xlsx");
            return 2;
        }
        Path in = Paths.get(args[0]);
        Path target = Paths.get(args[1]);
        if (!Files.isRegularFile(in)) {
            err.println("recalc: " + in + " does not exist or is not a file");
            return 2;
        }
        String unwritable = OutputPath.problem(target);
        if (unwritable != null) {
            err.println("recalc: cannot write " + target + ": " + unwritable);
            return 2;
        }
        long start = System.nanoTime();
        LoadedWorkbook loaded;
        try {
            loaded = XlsxReader.read(in);
        } catch (WorkbookFormatException unreadable) {
            err.println("recalc: cannot read " + in.getFileName() + ": " + unreadable.getMessage());
            return 2;
        } catch (IOException io) {
            err.println("recalc: cannot read " + in.getFileName() + ": " + io.getMessage());
            return 2;
        }
        long loadedAt = System.nanoTime();
        Workbook book = loaded.workbook();
        try {
            new Calculator(book).recalculateAll();
        } catch (TooManyCellsException tooLarge) {
            err.println("recalc: cannot compute " + in.getFileName() + ": " + tooLarge.getMessage());
            return 2;
        }
        long computedAt = System.nanoTime();
        try {
            XlsxWriter.write(book, loaded, target);
        } catch (IOException io) {
            err.println("recalc: cannot write " + target + ": " + io.getMessage());
            return 2;
        }
        Summary summary = Summary.of(book);
        out.printf("recalc %s: %d cells, %d formulas, %d errors, %d ms to compute (load %d ms, save %d ms)%n",
                in.getFileName(), summary.cells, summary.formulas, summary.errors, millis(computedAt - loadedAt),
                millis(loadedAt - start), millis(System.nanoTime() - computedAt));
        return 0;
    }

    private static long millis(long nanos) {
        return Math.round(nanos / 1e6);
    }

    /** Counts of what a workbook holds: cells with content or results, formula cells, cells showing an error. */
    private record Summary(int cells, int formulas, int errors) {
        static Summary of(Workbook book) {
            int cells = 0;
            int formulas = 0;
            int errors = 0;
            for (Sheet sheet : book.sheets()) {
                for (Cell cell : sheet) {
                    if (cell.isBlankContent() && cell.spillAnchor() == null) {
                        continue;
                    }
                    cells++;
                    formulas += cell.hasFormula() ? 1 : 0;
                    errors += cell.value().isError() && (cell.hasFormula() || cell.spillAnchor() != null) ? 1 : 0;
                }
            }
            return new Summary(cells, formulas, errors);
        }
    }
}
