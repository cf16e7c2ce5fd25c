package org.aibyhand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.aibyhand.xlsx.SharedWorkbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecalcCommandTest {
    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsAOneLineSummary() throws Exception {
        Path target = temp.resolve("out.xlsx");
        assertEquals(0, run("recalc", SharedWorkbooks.get("Softmax.xlsx").toString(), target.toString()));
        String summary = out.toString(StandardCharsets.UTF_8).strip();
        assertFalse(summary.contains("\n"), summary);
        assertTrue(summary.matches("recalc Softmax\\.xlsx: \\d+ cells, \\d+ formulas, 0 errors, \\d+ ms to compute.*"), summary);
        assertTrue(Files.size(target) > 0);
    }

    @Test
    void unreadableInputIsOneClearLineExitCodeTwoAndNoOutput() throws Exception {
        Path notXlsx = Files.writeString(temp.resolve("notes.xlsx"), "these are not the cells you are looking for");
        Path target = temp.resolve("out.xlsx");
        assertEquals(2, run("recalc", notXlsx.toString(), target.toString()));
        assertFalse(Files.exists(target));
        String message = errors().strip();
        assertFalse(message.contains("\n") || message.contains("Exception"), message);
        assertTrue(message.startsWith("recalc: cannot read notes.xlsx: "), message);
    }

    @Test
    void aMissingInputOrWrongArgumentsAreUsageErrors() {
        assertEquals(2, run("recalc", temp.resolve("absent.xlsx").toString(), temp.resolve("out.xlsx").toString()));
        assertTrue(errors().contains("does not exist"), errors());
        assertEquals(2, run("recalc", "only-one.xlsx"));
        assertEquals(2, run("frobnicate"));
        assertTrue(errors().contains("unknown command 'frobnicate'"), errors());
    }
}
