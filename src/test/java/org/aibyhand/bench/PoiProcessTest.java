package org.aibyhand.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.lesson.Lesson;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.Lessons;
import org.aibyhand.xlsx.PoiResult;
import org.aibyhand.xlsx.XlsxWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POI in a process of its own, as the scale section runs it: the child's result comes back whole. */
class PoiProcessTest {
    @TempDir
    Path temp;

    @Test
    void aSmallLessonIsComputedCorrectlyInTheChildProcess() throws Exception {
        Lesson rnn = Lessons.build("rnn", new LessonOptions(1));
        new Calculator(rnn.workbook()).recalculateAll();
        Path file = temp.resolve("rnn.xlsx");
        XlsxWriter.write(rnn.workbook(), null, file);

        PoiResult result = PoiProcess.run(file, Duration.ZERO, 2, Duration.ofSeconds(60));

        assertEquals(PoiResult.Status.CORRECT, result.status(), result.detail());
        assertEquals(org.aibyhand.bench.GivenWorkbooks.formulaCells(rnn.workbook()), result.formulaCells());
        assertEquals(2, result.runNanos().size());
        assertTrue(result.loadNanos() > 0);
    }

    @Test
    void resultsSurviveTheLineTheyTravelIn() {
        PoiResult result = new PoiResult(PoiResult.Status.WRONG, 12, "1 of 12 cells differ\tfirst A1", 345, List.of(6L, 7L));
        PoiResult back = PoiProcess.decode(PoiProcess.encode(result));
        assertEquals(new PoiResult(PoiResult.Status.WRONG, 12, "1 of 12 cells differ first A1", 345, List.of(6L, 7L)), back);
        PoiResult none = new PoiResult(PoiResult.Status.FAILED, 0, "StackOverflowError at RNN!N30", 0, List.of());
        assertEquals(none, PoiProcess.decode(PoiProcess.encode(none)));
    }
}
