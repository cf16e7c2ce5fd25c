package org.aibyhand.engine.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aibyhand.engine.TestBooks;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.Value;
import org.junit.jupiter.api.Test;

/**
 * Volatile functions recompute on every edit, and a workbook seed (the defined name AIBYHAND.SEED) makes their
 * numbers reproducible; OFFSET and INDIRECT follow what they read when an edit moves it.
 */
class VolatileAndBuiltReferencesTest {

    private static double number(TestBooks book, String address) {
        Value value = book.value(address);
        assertTrue(value instanceof NumberValue, address + " is " + value);
        return ((NumberValue) value).value();
    }

    @Test
    void randRecomputesOnAnEditThatDoesNotTouchIt() {
        TestBooks b = TestBooks.create().put("A1", "=RAND()").put("B1", "=A1*2").put("C1", "1");
        Calculator calculator = b.calculate();
        double first = number(b, "A1");
        assertTrue(first >= 0 && first < 1);
        assertEquals(2 * first, number(b, "B1"));
        calculator.setValue(b.sheet(), 0, 2, new NumberValue(2)); // C1: nothing reads it
        assertNotEquals(first, number(b, "A1"), "a volatile cell draws again on every recalculation");
        assertEquals(2 * number(b, "A1"), number(b, "B1"), "and what reads it follows");
    }

    @Test
    void aSeedGivesTheSameNumbersInEveryWorkbookAndOnEveryRecalculation() {
        TestBooks one = seeded("42");
        TestBooks two = seeded("42");
        one.calculate();
        Calculator calculator = two.calculate();
        for (String cell : new String[] {"A1", "A2", "B1"}) {
            assertEquals(number(one, cell), number(two, cell), cell);
        }
        double before = number(two, "A1");
        calculator.setValue(two.sheet(), 0, 2, new NumberValue(7));
        assertEquals(before, number(two, "A1"), "a seeded cell keeps its numbers");
        TestBooks other = seeded("43");
        other.calculate();
        assertNotEquals(number(one, "A1"), number(other, "A1"), "another seed, other numbers");
        assertNotEquals(number(one, "A1"), number(one, "A2"), "each cell its own numbers");
        double die = number(one, "B1");
        assertTrue(die >= 1 && die <= 6 && die == Math.rint(die), "RANDBETWEEN(1,6) gave " + die);
    }

    private static TestBooks seeded(String seed) {
        return TestBooks.create().name("AIBYHAND.SEED", seed)
                .put("A1", "=RAND()").put("A2", "=RAND()").put("B1", "=RANDBETWEEN(1,6)").put("C1", "1");
    }

    @Test
    void offsetAndIndirectReadWhereTheirArgumentsNowPoint() {
        TestBooks b = TestBooks.create().put("A1", "1")
                .put("B1", "10").put("B2", "20").put("B3", "30")
                .put("C1", "=OFFSET(B1,A1,0)").put("D1", "=INDIRECT(\"B\"&(A1+1))")
                .put("E1", "=SUM(OFFSET(B1,0,0,A1+1,1))").put("F1", "=INDIRECT(\"R\"&(A1+1)&\"C2\",FALSE)");
        Calculator calculator = b.calculate();
        assertEquals(new NumberValue(20), b.value("C1"));
        assertEquals(new NumberValue(20), b.value("D1"));
        assertEquals(new NumberValue(30), b.value("E1"));
        assertEquals(new NumberValue(20), b.value("F1"));
        calculator.setValue(b.sheet(), 0, 0, new NumberValue(2)); // A1: they now read B3, and B1:B3
        assertEquals(new NumberValue(30), b.value("C1"));
        assertEquals(new NumberValue(30), b.value("D1"));
        assertEquals(new NumberValue(60), b.value("E1"));
        assertEquals(new NumberValue(30), b.value("F1"));
        calculator.setValue(b.sheet(), 2, 1, new NumberValue(33)); // B3, which only the built references name
        assertEquals(new NumberValue(33), b.value("C1"));
        assertEquals(new NumberValue(33), b.value("D1"));
        assertEquals(new NumberValue(63), b.value("E1"));
        assertEquals(new NumberValue(33), b.value("F1"));
    }
}
