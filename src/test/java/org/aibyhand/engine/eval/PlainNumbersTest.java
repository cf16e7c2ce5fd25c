package org.aibyhand.engine.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.aibyhand.engine.TestBooks;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.TextValue;
import org.junit.jupiter.api.Test;

/**
 * Formulas that look numeric but leave the plain-number path part way (blanks, text, errors, division by zero,
 * overflow, a function outside its domain) give what Excel gives, and numeric ones give the exact double.
 */
class PlainNumbersTest {

    private static TestBooks book() {
        return TestBooks.create().put("A1", "3").put("A2", "=\"7\"").put("A3", "TRUE").put("A4", "#N/A").put("A5", "0")
                .put("A6", "1E+300").put("A7", "-2");
    }

    @Test
    void numericFormulasGiveTheExactDouble() {
        TestBooks b = book().put("B1", "=EXP(A1*0.5)+A1/4-A7").put("B2", "=-(A5)*A7").put("B3", "=(A1-1)/A7*EXP(-A1)");
        b.calculate();
        assertEquals(new NumberValue(Math.exp(1.5) + 0.75 + 2), b.value("B1"));
        assertEquals(new NumberValue(0.0), b.value("B2")); // -0 shows as 0
        assertEquals(new NumberValue(2.0 / -2 * Math.exp(-3)), b.value("B3"));
    }

    @Test
    void otherKindsOfOperandAreCoercedOrPropagateAsInExcel() {
        TestBooks b = book().put("B1", "=A2*2").put("B2", "=A3+1").put("B3", "=A4*2").put("B4", "=C9*2+1").put("B5", "=A2&A1");
        b.calculate();
        assertEquals(new TextValue("7"), b.value("A2"));
        assertEquals(new NumberValue(14), b.value("B1")); // numeric text is read as a number
        assertEquals(new NumberValue(2), b.value("B2")); // TRUE is 1
        assertEquals(ErrorValue.NA, b.value("B3"));
        assertEquals(new NumberValue(1), b.value("B4")); // a blank is 0
        assertEquals(new TextValue("73"), b.value("B5"));
    }

    @Test
    void resultsWithoutAFiniteValueAreErrors() {
        TestBooks b = book().put("B1", "=A1/A5").put("B2", "=A6*A6").put("B3", "=EXP(A6)").put("B4", "=LN(A7)")
                .put("B5", "=SQRT(A7)+1").put("B6", "=(A6*A6)-A6*A6");
        b.calculate();
        assertEquals(ErrorValue.DIV0, b.value("B1"));
        assertEquals(ErrorValue.NUM, b.value("B2"));
        assertEquals(ErrorValue.NUM, b.value("B3"));
        assertEquals(ErrorValue.NUM, b.value("B4"));
        assertEquals(ErrorValue.NUM, b.value("B5"));
        assertEquals(ErrorValue.NUM, b.value("B6"));
    }

    @Test
    void aSumOfAFunctionOverARangeInAnArrayFormulaAddsTheTermsInReadingOrder() {
        TestBooks b = TestBooks.create().put("A1", "0.5").put("A2", "-1.25").put("A3", "2").put("C1", "1").put("C3", "3")
                .put("D1", "1E+300").put("D2", "1")
                .putDynamic("B1", "=SUM(EXP(A1:A3))").putDynamic("B2", "=EXP(A2)/SUM(EXP(A1:A3))")
                .putDynamic("B3", "=SUM(EXP(C1:C3))").putDynamic("B4", "=SUM(EXP(D1:D2))").put("B5", "=SUM(EXP(A1:A3))");
        b.calculate();
        double total = 0.0;
        total += Math.exp(0.5);
        total += Math.exp(-1.25);
        total += Math.exp(2);
        assertEquals(new NumberValue(total), b.value("B1"));
        assertEquals(new NumberValue(Math.exp(-1.25) / total), b.value("B2"));
        assertEquals(new NumberValue(Math.exp(1) + 1 + Math.exp(3)), b.value("B3")); // a blank is 0, EXP(0) is 1
        assertEquals(ErrorValue.NUM, b.value("B4"));
        // a plain formula in another row intersects the range with its own row instead of reading it whole
        assertEquals(ErrorValue.VALUE, b.value("B5"));
    }
}
