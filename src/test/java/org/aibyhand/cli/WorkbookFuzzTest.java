package org.aibyhand.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.aibyhand.xlsx.SharedWorkbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A structure-aware fuzzer over the sample workbooks, for a fixed number of mutants from a fixed seed: every
 * mutant given to {@code recalc} ends in a readable OUT or a one-line refusal, never a crash or a hang.
 */
class WorkbookFuzzTest {
    private static final long SEED = 14;
    private static final int MUTANTS = 60;

    @TempDir
    Path temp;

    @Test
    void everyMutantOfTheSampleWorkbooksEndsInAnAnswer() throws Exception {
        List<Path> samples = SharedWorkbooks.all();
        Random random = new Random(SEED);
        int readable = 0;
        int refused = 0;
        for (int i = 0; i < MUTANTS; i++) {
            Path sample = samples.get(random.nextInt(samples.size()));
            Path mutant = temp.resolve("mutant" + i + ".xlsx");
            Path out = temp.resolve("out" + i + ".xlsx");
            WorkbookMutator.mutate(sample, mutant, random);
            CommandOutcome outcome = CommandOutcome.run("recalc", mutant.toString(), out.toString());
            try {
                if (outcome.code() == 0) {
                    outcome.readable(out);
                    readable++;
                } else {
                    outcome.refused(out, "recalc: ");
                    refused++;
                }
            } catch (AssertionError | Exception e) {
                throw new AssertionError("mutant " + i + " of " + sample.getFileName() + ": " + e.getMessage(), e);
            }
        }
        System.out.println("fuzz: " + MUTANTS + " mutants, " + readable + " recalculated, " + refused + " refused in one line");
        assertTrue(readable > 0 && refused > 0, "the mutations should both keep and break workbooks");
    }
}
