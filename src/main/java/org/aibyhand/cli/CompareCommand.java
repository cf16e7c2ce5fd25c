package org.aibyhand.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.lesson.compare.ComparedModel;
import org.aibyhand.lesson.compare.Comparison;
import org.aibyhand.lesson.compare.ComparisonWorkbook;
import org.aibyhand.xlsx.XlsxWriter;

/**
 * {@code lesson compare [--from T] [--up-to T] [--runs N] [OUT.xlsx]}: the same input sequence through RNN, LSTM,
 * GRU, attention and Mamba at doubling lengths, measured by the engine; prints the table and the growth exponents
 * and, when OUT is given, writes them as a workbook.
 */
final class CompareCommand {
    static final String NAME = "compare";

    private CompareCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        int from = 8;
        int upTo = 4_096;
        int runs = 5;
        Path target = null;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--from": from = positive(args, ++i); break;
                    case "--up-to": upTo = positive(args, ++i); break;
                    case "--runs": runs = positive(args, ++i); break;
                    default:
                        if (args[i].startsWith("--") || i != args.length - 1) {
                            throw new IllegalArgumentException("unknown option '" + args[i] + "'");
                        }
                        target = Paths.get(args[i]);
                }
            }
        } catch (IllegalArgumentException wrong) {
            err.println("lesson compare: " + wrong.getMessage()
                    + "; usage: lesson compare [--from T] [--up-to T] [--runs N] [OUT.xlsx]");
            return 2;
        }
        out.printf(Locale.ROOT, "Comparing %d models at T = %d … %d (I = %d inputs, H = %d hidden, Mamba N = %d)%n",
                ComparedModel.ALL.size(), from, upTo, ComparedModel.INPUTS, ComparedModel.HIDDEN, ComparedModel.STATE);
        Comparison comparison = Comparison.run(ComparedModel.ALL, from, upTo, runs,
                m -> out.printf(Locale.ROOT, "  %s T = %d: %,d formula cells%n", m.model(), m.steps(), m.formulaCells()));
        out.println();
        out.print(comparison.table());
        if (target != null) {
            Workbook book = ComparisonWorkbook.of(comparison);
            try {
                if (target.getParent() != null) {
                    Files.createDirectories(target.getParent());
                }
                XlsxWriter.write(book, null, target);
            } catch (IOException io) {
                err.println("lesson compare: cannot write " + target + ": " + io.getMessage());
                return 1;
            }
            out.println("written to " + target);
        }
        return 0;
    }

    private static int positive(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a number");
        }
        int value = Integer.parseInt(args[i]);
        if (value < 1) {
            throw new IllegalArgumentException(args[i - 1] + " must be at least 1");
        }
        return value;
    }
}
