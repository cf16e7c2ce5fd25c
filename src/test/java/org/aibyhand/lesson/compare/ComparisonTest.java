package org.aibyhand.lesson.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The comparison's figures, produced by the engine at small T, against what the equations say: a recurrence's
 * critical path grows by the formulas each step chains (RNN: h_t forward and dH_t backward; LSTM and GRU: three
 * forward, gate → cell → state, and three back), attention's does not grow at all, and the exponents of work
 * and depth fall near 1 for the recurrences and near 2 and 0 for attention; Mamba's prefix scan adds one level,
 * and so one formula of depth, each time T doubles.
 */
class ComparisonTest {
    /** Formulas chained per step, read off the equations: forward plus backward. */
    private static final Map<String, Integer> CHAINED_PER_STEP = Map.of("RNN", 1 + 1, "LSTM", 3 + 3, "GRU", 3 + 3,
            "Attention", 0, "Mamba", 1, "Mamba parallel", 0);
    private static Comparison comparison;

    @BeforeAll
    static void measure() {
        comparison = Comparison.run(ComparedModel.ALL, 16, 128, 1, m -> { });
        System.out.print(comparison.table());
    }

    @Test
    void everyModelIsMeasuredAtEveryDoubling() {
        assertEquals(List.of("RNN", "LSTM", "GRU", "Attention", "Mamba", "Mamba parallel"), comparison.models());
        for (String model : comparison.models()) {
            assertEquals(List.of(16, 32, 64, 128), comparison.of(model).stream().map(Measurement::steps).toList(), model);
        }
    }

    @Test
    void theCriticalPathGrowsByTheFormulasEachStepChains() {
        for (String model : comparison.models()) {
            List<Measurement> own = comparison.of(model);
            for (int n = 1; n < own.size(); n++) {
                int added = own.get(n).steps() - own.get(n - 1).steps();
                // The prefix scan adds one level of formulas each time T doubles, however many steps that adds.
                int expected = model.equals("Mamba parallel") ? 1 : CHAINED_PER_STEP.get(model) * added;
                assertEquals(expected, own.get(n).depth() - own.get(n - 1).depth(),
                        model + " from T = " + own.get(n - 1).steps() + " to " + own.get(n).steps());
            }
        }
    }

    @Test
    void theExponentsFallWhereTheTheorySays() {
        for (String model : List.of("RNN", "LSTM", "GRU", "Mamba")) {
            Comparison.Exponents e = comparison.exponents(model);
            assertTrue(e.cells() > 0.9 && e.cells() < 1.1, model + " cells grow linearly: T^" + e.cells());
            assertTrue(e.depth() > 0.85 && e.depth() < 1.1, model + " depth grows linearly: T^" + e.depth());
        }
        Comparison.Exponents parallel = comparison.exponents("Mamba parallel");
        assertTrue(parallel.cells() > 1.1 && parallel.cells() < 1.5, "the prefix scan's work grows as T log T: T^" + parallel.cells());
        assertTrue(parallel.depth() < 0.3, "and its depth as log T: T^" + parallel.depth());
        Comparison.Exponents attention = comparison.exponents("Attention");
        assertTrue(attention.cells() > 1.75 && attention.cells() < 2.1, "attention's cells grow as T²: T^" + attention.cells());
        assertEquals(0.0, attention.depth(), 1e-9, "attention's depth does not grow with T");
    }

    @Test
    void theStateKeptPerStepIsFixedForTheScansAndGrowsForAttention() {
        for (Measurement m : comparison.measurements()) {
            long expected = stateOf(m);
            assertEquals(expected, m.statePerStep(), m.model() + " at T = " + m.steps());
        }
    }

    /** h_t: H numbers; (h_t, c_t): 2H; Mamba: D×N; attention: a key and a value of dk per token seen. */
    private static long stateOf(Measurement m) {
        int h = ComparedModel.HIDDEN;
        if (m.model().equals("LSTM")) {
            return 2L * h;
        }
        if (m.model().equals("Attention")) {
            return 2L * h * m.steps();
        }
        if (m.model().startsWith("Mamba")) {
            return (long) ComparedModel.INPUTS * ComparedModel.STATE;
        }
        return h;
    }
}
