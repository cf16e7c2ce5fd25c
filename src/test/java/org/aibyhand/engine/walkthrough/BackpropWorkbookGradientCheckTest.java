package org.aibyhand.engine.walkthrough;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.book.WorkbookCopy;
import org.aibyhand.engine.book.Formula;
import org.aibyhand.engine.book.FormulaKind;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.walkthrough.GradientCheck.Request;
import org.aibyhand.engine.walkthrough.GradientCheck.Target;
import org.aibyhand.engine.walkthrough.GradientCheckRow.Verdict;
import org.aibyhand.xlsx.SharedWorkbooks;
import org.aibyhand.xlsx.XlsxReader;
import org.junit.jupiter.api.Test;

/**
 * The check on the shared Backpropgation.xlsx, whose layout NOTES.md describes: X J5:K9 (samples in columns,
 * row 9 the ones), [W1|b1] D15:H17 with gradients in M5:O9, [W2|b2] H24:K27 with gradients in P15:S18, [W3|b3]
 * J34:N36 with gradients in S24:U28 (every gradient block laid out transposed), softmax S34:T36 and one-hot targets
 * V34:W36. The workbook has no loss cell; its ∂L/∂Z3 = S − Y (Y34:Z36) is that of the summed cross-entropy, which
 * the test adds. NOTES says layer 2 lacks its ReLU derivative: which parameters that corrupts is predicted here by
 * backpropagating the workbook's own numbers twice, with and without that mask.
 */
class BackpropWorkbookGradientCheckTest {
    private static final String LOSS = "=-SUMPRODUCT(V34:W36,LN(S34:T36))";

    @Test
    void exactlyTheParametersBehindTheMissingReluDerivativeDisagree() throws Exception {
        Workbook book = XlsxReader.read(SharedWorkbooks.get("Backpropgation.xlsx")).workbook();
        Workbook snapshot = WorkbookCopy.of(book);
        Sheet sheet = snapshot.sheet("Backprop");
        assertEquals(null, sheet.cell(33, 27), "AB34 is free for the loss");
        sheet.cellForWrite(33, 27).setFormula(Formula.parse(LOSS, 33, 27, FormulaKind.PLAIN));

        List<Target> targets = new ArrayList<>();
        targets.add(new Target(range(snapshot, "D15:H17"), range(snapshot, "M5:O9")));
        targets.addAll(Target.eachRowAgainstColumn(range(snapshot, "H24:K27"), range(snapshot, "P15:S18")));
        targets.add(new Target(range(snapshot, "J34:N36"), range(snapshot, "S24:U28")));
        Request request = new Request(range(snapshot, "AB34"), targets);
        long start = System.nanoTime();
        GradientCheck.run(WorkbookCopy.of(snapshot), request, null);
        double first = (System.nanoTime() - start) / 1e6;
        start = System.nanoTime();
        List<GradientCheckRow> rows = GradientCheck.run(snapshot, request, null); // leaves snapshot calculated
        double millis = (System.nanoTime() - start) / 1e6;

        BackpropModel model = new BackpropModel(sheet);
        assertEquals(List.of(0), model.deadLayer2Units(), "NOTES: Z2's first unit is negative for both samples");
        model.assertWorkbookClaimsTheUnmaskedGradients(sheet);
        Set<String> predicted = model.corruptedParameters();
        Set<String> disagreeing = new TreeSet<>();
        for (GradientCheckRow row : rows) {
            if (row.verdict() == Verdict.DISAGREES) {
                disagreeing.add(row.parameter().toA1());
                System.out.printf("Backpropgation.xlsx %s = %s: claimed %.6g, finite difference %.6g, relative error %.3g%n",
                        row.parameter(), ValueText.number(row.value()), row.claimed(), row.finiteDifference(), row.relativeError());
            } else {
                assertEquals(Verdict.AGREES, row.verdict(), row.toString());
            }
            if (row.parameter().row() == 23) { // W2's dead unit: the loss does not move at all
                assertEquals(0.0, row.finiteDifference(), row.toString());
            }
        }
        assertEquals(46, rows.size());
        assertTrue(predicted.containsAll(Set.of("H24", "I24", "J24", "K24")), "the dead unit's weights and bias");
        assertEquals(predicted, disagreeing);
        System.out.printf("Backpropgation.xlsx: %d parameters checked in %.1f ms (the first run, on a fresh copy: %.1f ms), "
                + "%d disagree: %s%n", rows.size(), millis, first, disagreeing.size(), disagreeing);
    }

    private static org.aibyhand.engine.value.ReferenceValue range(Workbook book, String text) {
        return Ranges.resolve(book, book.sheet("Backprop"), text);
    }
}
