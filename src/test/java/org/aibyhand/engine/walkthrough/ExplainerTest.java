package org.aibyhand.engine.walkthrough;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.aibyhand.engine.TestBooks;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.ref.CellAddress;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.ReferenceValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Explanations on a small workbook whose expected texts were worked out by hand: B2 = 0.5, C2 = 1, B3 = -0.2,
 * C3 = 0.3, B4 = 0.1, E1:E20 = 1..20, G1 = "cat", G2 = TRUE, H1 = 1/0, the names rate (B4) and weights (B2:C3),
 * and a second sheet whose A1 is 7.
 */
class ExplainerTest {
    private TestBooks b;
    private Calculator calculator;

    @BeforeEach
    void build() {
        b = TestBooks.create().put("B2", "0.5").put("C2", "1").put("B3", "-0.2").put("C3", "0.3").put("B4", "0.1")
                .put("G1", "cat").put("G2", "TRUE").put("H1", "=1/0")
                .put("J1", "0.421832").put("J2", "12345.6").put("J3", "0.0000001234").put("J4", "1.2345E+15")
                .name("rate", "Sheet1!$B$4").name("weights", "Sheet1!$B$2:$C$3");
        for (int i = 1; i <= 20; i++) {
            b.put("E" + i, String.valueOf(i));
        }
        b.book().addSheet("Other").cellForWrite(0, 0).setValue(new NumberValue(7));
    }

    /** Puts a formula in a free cell (A10 and below) and explains it after a full calculation. */
    private Explanation explain(String formula) {
        b.put("A10", formula);
        calculator = b.calculate();
        return Explainer.explain(calculator, cell("A10"));
    }

    private Cell cell(String address) {
        CellAddress at = CellAddress.parse(address);
        return b.sheet().cell(at.row(), at.column());
    }

    private void assertExplains(String formula, String withNumbers, String result) {
        Explanation e = explain(formula);
        assertEquals(formula, e.formula());
        assertEquals(withNumbers, e.withNumbers(), formula);
        assertEquals(result, e.result(), formula);
    }

    @Test
    void theIssuesExample() {
        Explanation e = explain("=TANH(B2*C2+B3*C3+B4)");
        assertEquals("=TANH(B2*C2+B3*C3+B4)", e.formula());
        assertEquals("TANH(0.5*1 + (-0.2)*0.3 + 0.1)", e.withNumbers());
        assertEquals("0.493", e.result()); // tanh(0.54) = 0.492988
        assertEquals("= TANH(0.5*1 + (-0.2)*0.3 + 0.1) = 0.493", e.line());
    }

    @Test
    void arithmeticOperatorsAndSpacing() {
        assertExplains("=B2+B3-B4", "0.5 + (-0.2) - 0.1", "0.2");
        assertExplains("=B2*C3/B4^2", "0.5*0.3/0.1^2", "15");
        assertExplains("=-B3*50%", "-(-0.2)*50%", "0.1");
        assertExplains("=((B2+B3)*(C2-C3))/2", "((0.5 + (-0.2))*(1 - 0.3))/2", "0.105");
    }

    @Test
    void comparisonsAndJoining() {
        assertExplains("=IF(B2<>C2,B2<C2,B2>=C2)", "IF(0.5 <> 1,0.5 < 1,0.5 >= 1)", "TRUE");
        assertExplains("=OR(B2>C2,B2<=C2,B2=C2)", "OR(0.5 > 1,0.5 <= 1,0.5 = 1)", "TRUE");
        assertExplains("=B2&\"/\"&C2", "0.5 & \"/\" & 1", "\"0.5/1\"");
    }

    @Test
    void textBooleansErrorsAndBlanks() {
        assertExplains("=G1&\" \"&\"dog\"", "\"cat\" & \" \" & \"dog\"", "\"cat dog\"");
        assertExplains("=IF(G2,1,2)", "IF(TRUE,1,2)", "1");
        assertExplains("=IFERROR(H1,-1)", "IFERROR(#DIV/0!,-1)", "-1");
        assertExplains("=B2/0", "0.5/0", "#DIV/0!");
        assertExplains("=Z99+1", "0 + 1", "1");
    }

    @Test
    void numbersKeepFourSignificantDigitsOrTheWholePart() {
        assertExplains("=J1+J2", "0.4218 + 12346", "12346"); // 12346.0218...: the whole part
        assertExplains("=J3*2", "1.234E-07*2", "2.468E-07");
        assertExplains("=J4/1000", "1.235E+15/1000", "1.235E+12");
    }

    @Test
    void smallRangesBecomeArraysAndLargeOnesStayAddresses() {
        assertExplains("=SUM(B2:C3)", "SUM({0.5,1;-0.2,0.3})", "1.6");
        assertExplains("=SUM(E1:E12)", "SUM({1;2;3;4;5;6;7;8;9;10;11;12})", "78");
        assertExplains("=AVERAGE($E$1:$E$13)", "AVERAGE($E$1:$E$13(13 values))", "7");
        assertExplains("=SUM(E1:E20)", "SUM(E1:E20(20 values))", "210");
    }

    @Test
    void namesAndOtherSheetsShowWhatTheyReferTo() {
        assertExplains("=rate*SUMPRODUCT(weights,weights)",
                "0.1*SUMPRODUCT({0.5,1;-0.2,0.3},{0.5,1;-0.2,0.3})", "0.138");
        assertExplains("=Other!A1*2", "7*2", "14");
    }

    @Test
    void letAndLambdaParametersStayNames() {
        assertExplains("=LET(x,B2*2,y,x+C2,x*y)", "LET(x,0.5*2,y,x + 1,x*y)", "2");
        assertExplains("=LAMBDA(a,a*B2)(3)", "LAMBDA(a,a*0.5)(3)", "1.5");
    }

    @Test
    void aSpillShowsItsFirstValueAndItsSize() {
        b.putDynamic("K1", "=B2:C3*2");
        calculator = b.calculate();
        Explanation e = Explainer.explain(calculator, cell("K1"));
        assertEquals("{0.5,1;-0.2,0.3}*2", e.withNumbers());
        assertEquals("1 (spills 2\u00d72)", e.result());
    }

    @Test
    void aConstantHasNoFormula() {
        calculator = b.calculate();
        Explanation e = Explainer.explain(calculator, cell("B3"));
        assertNull(e.formula());
        assertNull(e.withNumbers());
        assertEquals("-0.2", e.result());
        assertEquals("= -0.2", e.line());
    }

    @Test
    void anUnreadableFormulaIsShownAsTyped() {
        Explanation e = explain("=1+");
        assertEquals("=1+", e.formula());
        assertEquals("1+", e.withNumbers());
        assertEquals("#NAME?", e.result());
    }

    @Test
    void precedentsAndDependentsComeFromTheGraph() {
        b.put("A11", "=A10*2").put("A12", "=A10+A11");
        Explanation e = explain("=B2*C2+SUM(E1:E3)");
        assertEquals(List.of(new ReferenceValue(0, 1, 1, 1, 1), new ReferenceValue(0, 1, 2, 1, 2),
                new ReferenceValue(0, 0, 4, 2, 4)), e.precedents());
        assertEquals(List.of(cell("A11"), cell("A12")), e.dependents());
        assertEquals(List.of(), Explainer.explain(calculator, cell("B2")).precedents());
    }
}
