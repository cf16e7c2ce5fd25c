package org.aibyhand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.value.TextValue;
import org.aibyhand.xlsx.XlsxReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

    @Test
    void printsTheTableAndWritesItAsAWorkbook(@TempDir Path temp) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path file = temp.resolve("compare.xlsx");
        int code = Main.run(new String[] {"lesson", "compare", "--from", "8", "--up-to", "16", "--runs", "1", file.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("growth exponents"), text);
        for (String model : new String[] {"RNN", "LSTM", "GRU", "Attention", "Mamba"}) {
            assertTrue(text.contains(model + " "), model + " in " + text);
        }
        Workbook book = XlsxReader.read(file).workbook();
        assertEquals(new TextValue("model"), book.sheet(0).value(3, 0));
        assertEquals(new TextValue("RNN"), book.sheet(0).value(4, 0));
    }

    @Test
    void aWrongOptionIsAUsageError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"lesson", "compare", "--sizes", "3"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown option '--sizes'"));
    }
}
