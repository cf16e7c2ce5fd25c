package org.aibyhand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.BooleanValue;
import org.aibyhand.xlsx.XlsxReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonCommandTest {
    @TempDir
    Path temp;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Workbook lesson(String name, String... args) throws Exception {
        Path out = temp.resolve(name);
        String[] command = new String[args.length + 3];
        command[0] = "lesson";
        command[1] = "rnn";
        System.arraycopy(args, 0, command, 2, args.length);
        command[command.length - 1] = out.toString();
        assertEquals(0, run(command), err.toString(StandardCharsets.UTF_8));
        return XlsxReader.read(out).workbook();
    }

    @Test
    void writesALessonWithTheGivenSizesAndSeed() throws Exception {
        Workbook book = lesson("a.xlsx", "--seed", "7", "--hidden", "2", "--steps", "5");
        String h = book.resolveName("H", null).text();
        Area area = Area.parse(h.substring(h.indexOf('!') + 1).replace("$", ""));
        assertEquals(2, area.rows());
        assertEquals(5, area.columns());
        assertEquals(DefaultLessonsTest.contents(book), DefaultLessonsTest.contents(lesson("b.xlsx", "--seed", "7", "--hidden", "2", "--steps", "5")));
        assertNotEquals(DefaultLessonsTest.contents(book), DefaultLessonsTest.contents(lesson("c.xlsx", "--seed", "8", "--hidden", "2", "--steps", "5")));
    }

    /** --lang zh changes the words of the lesson and nothing else: every formula and number stays. */
    @Test
    void chineseLessonsDifferOnlyInTheirWords() throws Exception {
        Path english = temp.resolve("en.xlsx");
        Path chinese = temp.resolve("zh.xlsx");
        assertEquals(0, run("lesson", "mlp", "--lang", "en", english.toString()), err.toString(StandardCharsets.UTF_8));
        assertEquals(0, run("lesson", "mlp", "--lang", "zh", chinese.toString()), err.toString(StandardCharsets.UTF_8));
        Map<String, String> en = DefaultLessonsTest.contents(XlsxReader.read(english).workbook());
        Map<String, String> zh = DefaultLessonsTest.contents(XlsxReader.read(chinese).workbook());
        assertEquals(en.keySet(), zh.keySet());
        en.entrySet().removeIf(cell -> cell.getValue().startsWith("Text"));
        zh.entrySet().removeIf(cell -> cell.getValue().startsWith("Text"));
        assertEquals(en, zh);
        assertTrue(XlsxReader.read(chinese).workbook().sheet(0).value(0, 0).toString().contains("多层感知机"));
        assertEquals(2, run("lesson", "mlp", "--lang", "fr", temp.resolve("fr.xlsx").toString()));
    }

    @Test
    void wrongKindsAndOptionsAreOneLineUsageErrors() {
        assertEquals(2, run("lesson", "cnn", temp.resolve("x.xlsx").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no lesson called 'cnn'"));
        assertEquals(2, run("lesson", "mlp", "--steps", "3", temp.resolve("x.xlsx").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown option '--steps' for mlp"));
        assertEquals(2, run("lesson", "mlp", "--hidden", "0", temp.resolve("x.xlsx").toString()));
        assertEquals(2, run("lesson", "lstm", "--hidden", "33", temp.resolve("x.xlsx").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--hidden must be between 1 and 32 for lstm, not 33"));
        assertEquals(2, run("lesson", "gru", "--causal", temp.resolve("x.xlsx").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown option '--causal' for gru"));
        assertEquals(2, run("lesson", "attention", "--tokens", "257", temp.resolve("x.xlsx").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--tokens must be between 1 and 256 for attention, not 257"));
        assertFalse(Files.exists(temp.resolve("x.xlsx")));
    }

    @Test
    void switchesAreReadFromTheLessonsOptions() throws Exception {
        Path out = temp.resolve("causal.xlsx");
        assertEquals(0, run("lesson", "attention", "--causal", "--tokens", "3", out.toString()), err.toString(StandardCharsets.UTF_8));
        Workbook book = XlsxReader.read(out).workbook();
        String causal = book.resolveName("causal", null).text();
        Area cell = Area.parse(causal.substring(causal.indexOf('!') + 1).replace("$", ""));
        assertEquals(BooleanValue.TRUE, book.sheet(0).value(cell.top(), cell.left()));
    }
}
