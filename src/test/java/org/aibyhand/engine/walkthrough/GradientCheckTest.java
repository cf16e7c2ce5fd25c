package org.aibyhand.engine.walkthrough;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aibyhand.engine.TestBooks;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.value.ReferenceValue;
import org.aibyhand.engine.value.Value;
import org.aibyhand.engine.walkthrough.GradientCheck.Request;
import org.aibyhand.engine.walkthrough.GradientCheck.Target;
import org.aibyhand.engine.walkthrough.GradientCheckRow.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The check on a loss worked out by hand: L = (w·x − y)² + 1e-9·t with w = 3, x = 2, y = 1, so L = 25,
 * dL/dw = 2(wx − y)x = 20, dL/dx = 2(wx − y)w = 30, dL/dy = −2(wx − y) = −10, dL/dt = 1e-9.
 */
class GradientCheckTest {
    private final TestBooks b = TestBooks.create()
            .put("A1", "3").put("A2", "2").put("A3", "1").put("A4", "label").put("A5", "=A1").put("A6", "0.5")
            .put("B1", "=(A1*A2-A3)^2+1E-9*A6")
            .put("C1", "=2*(A1*A2-A3)*A2")       // right
            .put("C2", "=2*(A1*A2-A3)*A1*1.001") // off by 0.1 %
            .put("C3", "=10")                    // wrong sign
            .put("C4", "0").put("C5", "0")
            .put("C6", "0")                      // 1e-9 claimed as 0: both near zero
            .put("D1", "4").put("E1", "not a number");

    private static ReferenceValue ref(String a1) {
        org.aibyhand.engine.ref.Area area = org.aibyhand.engine.ref.Area.parse(a1);
        return new ReferenceValue(0, area.top(), area.left(), area.bottom(), area.right());
    }

    private List<GradientCheckRow> run(String loss, Target... targets) {
        return GradientCheck.run(b.book(), new Request(ref(loss), List.of(targets)), null);
    }

    @Test
    void verdictsOnAHandWorkedLoss() {
        List<GradientCheckRow> rows = run("B1", new Target(ref("A1:A6"), ref("C1:C6")), new Target(ref("D1"), ref("E1")));
        assertEquals(List.of(Verdict.AGREES, Verdict.CLOSE, Verdict.DISAGREES, Verdict.SKIPPED, Verdict.SKIPPED,
                Verdict.AGREES, Verdict.DISAGREES), rows.stream().map(GradientCheckRow::verdict).toList());
        GradientCheckRow w = rows.get(0);
        assertEquals("Sheet1", w.sheet());
        assertEquals("A1", w.parameter().toA1());
        assertEquals(3, w.value());
        assertEquals(20, w.claimed(), 1e-12);
        assertEquals(20, w.finiteDifference(), 1e-6);
        assertTrue(w.relativeError() < 1e-8, "a quadratic's central difference is exact but for rounding: " + w.relativeError());
        assertEquals(0.001 / 1.001, rows.get(1).relativeError(), 1e-6);
        assertEquals(-10, rows.get(2).finiteDifference(), 1e-5);
        assertEquals(2.0, rows.get(2).relativeError(), 1e-6);
        assertTrue(Double.isNaN(rows.get(3).value()) && Double.isNaN(rows.get(3).finiteDifference()));
        assertEquals(3, rows.get(4).value()); // a formula is shown with its value, but not moved
        assertEquals(1e-9, rows.get(5).finiteDifference(), 1e-9);
        assertTrue(Double.isNaN(rows.get(6).claimed()));
    }

    @Test
    void withoutAClaimOnlyTheDifferenceIsGiven() {
        GradientCheckRow row = run("B1", new Target(ref("A2"), null)).get(0);
        assertEquals(Verdict.NO_CLAIM, row.verdict());
        assertEquals(30, row.finiteDifference(), 1e-5);
        assertTrue(Double.isNaN(row.claimed()) && Double.isNaN(row.relativeError()));
    }

    @Test
    void aTransposedClaimIsReadTransposed() {
        b.put("G1", "=C1").put("H1", "=C2").put("I1", "=C3");
        List<GradientCheckRow> rows = run("B1", new Target(ref("A1:A3"), ref("G1:I1")));
        assertEquals(List.of(Verdict.AGREES, Verdict.CLOSE, Verdict.DISAGREES), rows.stream().map(GradientCheckRow::verdict).toList());
    }

    @Test
    void aSquareBlockLaidOutTransposedIsCheckedRowByRow() {
        // L = 1·K1 + 2·L1 + 3·K2 + 4·L2; the gradients of row 1 (K1, L1) stand in column N, those of row 2 in O
        b.put("K1", "1").put("L1", "1").put("K2", "1").put("L2", "1").put("M1", "=K1+2*L1+3*K2+4*L2")
                .put("N1", "1").put("N2", "2").put("O1", "3").put("O2", "4");
        List<Target> byRows = Target.eachRowAgainstColumn(ref("K1:L2"), ref("N1:O2"));
        assertEquals(List.of(new Target(ref("K1:L1"), ref("N1:N2")), new Target(ref("K2:L2"), ref("O1:O2"))), byRows);
        assertTrue(run("M1", byRows.toArray(Target[]::new)).stream().allMatch(r -> r.verdict() == Verdict.AGREES));
        List<GradientCheckRow> asIs = run("M1", new Target(ref("K1:L2"), ref("N1:O2")));
        assertEquals(List.of(Verdict.AGREES, Verdict.DISAGREES, Verdict.DISAGREES, Verdict.AGREES),
                asIs.stream().map(GradientCheckRow::verdict).toList());
    }

    @Test
    void aLossThatIsNoNumberSkipsEveryParameter() {
        b.put("B2", "=A1/0").put("B3", "=SQRT(A6-0.5)");
        assertTrue(run("B2", new Target(ref("A1:A3"), ref("C1:C3"))).stream().allMatch(r -> r.verdict() == Verdict.SKIPPED));
        // at A6 = 0.5 the loss is a number, but not at A6 − h
        assertEquals(Verdict.SKIPPED, run("B3", new Target(ref("A6"), null)).get(0).verdict());
    }

    @Test
    void everyValueIsRestoredExactly() {
        b.calculate();
        Map<String, Value> before = values(b.sheet());
        run("B1", new Target(ref("A1:A6"), ref("C1:C6")));
        assertEquals(before, values(b.sheet()));
    }

    @Test
    void shapesAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new Target(ref("A1:A3"), ref("C1:C2")));
        assertThrows(IllegalArgumentException.class, () -> new Target(ref("A1:B3"), ref("C1:H1")));
        assertThrows(IllegalArgumentException.class, () -> new Request(ref("B1:B2"), List.of()));
        assertThrows(IllegalArgumentException.class, () -> Target.eachRowAgainstColumn(ref("A1:B3"), ref("C1:D3")));
    }

    private static Map<String, Value> values(Sheet sheet) {
        Map<String, Value> values = new TreeMap<>();
        for (Cell cell : sheet) {
            values.put(cell.address(), cell.value());
        }
        return values;
    }
}
