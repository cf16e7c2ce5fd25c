package org.aibyhand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.value.Value;
import org.aibyhand.xlsx.FormulaResults;
import org.aibyhand.xlsx.XlsxReader;

/**
 * Runs a headless command in this process and checks the contract every input must meet: exit 0 with an OUT
 * that the reader opens, or exit 2 with one line naming the cause and no OUT; never a stack trace, always
 * within 60 seconds.
 */
record CommandOutcome(int code, String out, String err) {
    static final Duration LIMIT = Duration.ofSeconds(60);

    static CommandOutcome run(String... args) {
        return assertTimeoutPreemptively(LIMIT, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            return new CommandOutcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        });
    }

    /** Asserts exit 0 and returns OUT as read back, with the results it holds in place of its formulas. */
    Workbook readable(Path target) throws Exception {
        assertEquals(0, code, err);
        assertTrue(Files.isRegularFile(target), "no OUT");
        Workbook book = XlsxReader.read(target).workbook();
        Map<String, Value> results = new HashMap<>();
        FormulaResults.forEach(target, (sheet, row, column, saved) -> results.put(sheet + "!" + row + "," + column, saved));
        for (Sheet sheet : book.sheets()) {
            for (Cell cell : sheet) {
                Value saved = results.get(sheet.name() + "!" + cell.row() + "," + cell.column());
                if (saved != null) {
                    cell.setValue(saved); // the formula stays; the value is the one OUT holds
                }
            }
        }
        return book;
    }

    /** Asserts exit 2, one line that contains {@code cause}, and no OUT. */
    void refused(Path target, String cause) {
        assertEquals(2, code, "exit code; stderr: " + err + " stdout: " + out);
        String[] lines = err.strip().split("\n");
        assertEquals(1, lines.length, "one line: " + err);
        assertFalse(err.contains("\tat "), "a stack trace: " + err);
        assertTrue(err.contains(cause), "'" + cause + "' in: " + err);
        if (target != null && Files.exists(target) && !Files.isDirectory(target) && Files.isRegularFile(target)) {
            fail("OUT was written: " + target);
        }
    }
}
