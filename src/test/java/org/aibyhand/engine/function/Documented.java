package org.aibyhand.engine.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.Value;

/**
 * Compares a formula with the result Microsoft's documentation gives for it, to the digits the documentation
 * shows: {@code 0.9087888} accepts anything that rounds to it (within half a unit of its last digit), while
 * text, logicals and errors must be exact. So a test states the documented figure as printed and still fails
 * when a function is wrong in any digit the documentation shows.
 */
final class Documented {
    private Documented() {
    }

    static void check(Grid grid, String formula, String documented) {
        Value actual = grid.evaluate(formula);
        Value wanted = Expect.parse(documented);
        if (wanted instanceof NumberValue number && actual instanceof NumberValue got) {
            BigDecimal shown = new BigDecimal(documented.strip());
            double halfUnit = 0.5 * Math.pow(10, -Math.max(shown.scale(), 0));
            assertTrue(Math.abs(got.value() - number.value()) <= halfUnit * (1 + 1e-9),
                    formula + ": documented " + documented + ", computed " + got.value());
        } else {
            assertEquals(wanted, actual, formula);
        }
    }
}
