package org.aibyhand.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's training section trains both lessons with both optimizers and reports a rate for each. */
class TrainingSectionTest {
    @Test
    void reportsStepsPerSecondForTheMlpAndRnnLessons() {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        List<TrainingSection.Result> results = TrainingSection.run(true,
                new PrintStream(text, true, StandardCharsets.UTF_8), new Progress(new PrintStream(new ByteArrayOutputStream())));
        String table = text.toString(StandardCharsets.UTF_8);
        System.out.print(table);
        assertEquals(4, results.size());
        for (TrainingSection.Result r : results) {
            assertTrue(r.stepsPerSecond() > 0, r.toString());
            assertTrue(r.lastLoss() < r.firstLoss(), "training lowers the loss: " + r);
        }
        assertTrue(table.contains(TrainingSection.HEADER) && table.contains("rnn") && table.contains("adam"), table);
        assertTrue(TrainingSection.target(results).run());
    }
}
