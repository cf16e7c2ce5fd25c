package org.aibyhand.engine.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.aibyhand.engine.TestBooks;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.value.NumberValue;
import org.junit.jupiter.api.Test;

/**
 * A formula whose references are decided when it runs ({@code A1:INDEX(...)}) depends on what it read last time:
 * an edit there or to its written references recomputes it; an edit anywhere else leaves it alone.
 */
class RunTimeReferencesTest {

    /** Data in A1:A5; G1 sums the rectangle A1:E(H1), G2 the rectangle A(H2):E5; J1 reads D7 only. */
    private static TestBooks book() {
        return TestBooks.create().put("A1", "1").put("A2", "2").put("A3", "3").put("A4", "4").put("A5", "5")
                .put("H1", "2").put("G1", "=SUM(A1:INDEX(E1:E5,H1))")
                .put("H2", "4").put("G2", "=SUM(INDEX(A1:A5,H2):E5)*10")
                .put("D7", "7").put("J1", "=D7*2");
    }

    @Test
    void anEditOutsideWhatTheyReadDoesNotRecomputeThem() {
        TestBooks b = book();
        Calculator calculator = b.calculate();
        assertEquals(new NumberValue(3), b.value("G1"));
        assertEquals(new NumberValue(90), b.value("G2"));
        ChangeSet edit = calculator.setValue(b.sheet(), 6, 3, new NumberValue(8)); // D7
        assertEquals(1, edit.evaluations(), "only J1 reads D7");
        assertEquals(new NumberValue(16), b.value("J1"));
        edit = calculator.setValue(b.sheet(), 2, 2, new NumberValue(8)); // C3: between the two rectangles
        assertEquals(0, edit.evaluations());
    }

    @Test
    void anEditInsideWhatTheyReadRecomputesThemThoughNoReferenceNamesIt() {
        TestBooks b = book();
        Calculator calculator = b.calculate();
        Sheet sheet = b.sheet();
        calculator.setValue(sheet, 0, 1, new NumberValue(10)); // B1, inside A1:E2
        assertEquals(new NumberValue(13), b.value("G1"));
        calculator.setValue(sheet, 3, 1, new NumberValue(6)); // B4, inside A4:E5
        assertEquals(new NumberValue(150), b.value("G2"));
    }

    @Test
    void whenTheirWrittenReferencesChangeThemTheyReadSomewhereElseFromThenOn() {
        TestBooks b = book();
        Calculator calculator = b.calculate();
        Sheet sheet = b.sheet();
        calculator.setValue(sheet, 0, 7, new NumberValue(3)); // H1: G1 now sums A1:E3
        assertEquals(new NumberValue(6), b.value("G1"));
        ChangeSet edit = calculator.setValue(sheet, 2, 3, new NumberValue(4)); // D3: read by G1 only, and now
        assertEquals(1, edit.evaluations());
        assertEquals(new NumberValue(10), b.value("G1"));
        calculator.setValue(sheet, 1, 7, new NumberValue(5)); // H2: G2 now sums A5:E5
        assertEquals(new NumberValue(50), b.value("G2"));
        edit = calculator.setValue(sheet, 3, 2, new NumberValue(1)); // C4: read by neither any more
        assertEquals(0, edit.evaluations());
        calculator.setValue(sheet, 4, 4, new NumberValue(1)); // E5
        assertEquals(new NumberValue(60), b.value("G2"));
    }
}
