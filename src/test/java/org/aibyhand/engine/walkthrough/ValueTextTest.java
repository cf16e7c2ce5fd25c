package org.aibyhand.engine.walkthrough;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.aibyhand.engine.value.ArrayValue;
import org.aibyhand.engine.value.BooleanValue;
import org.aibyhand.engine.value.EmptyValue;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.TextValue;
import org.aibyhand.engine.value.Value;
import org.junit.jupiter.api.Test;

/** Short number texts, worked out by hand: 4 significant digits, whole parts kept, General's scientific form. */
class ValueTextTest {

    @Test
    void fourSignificantDigitsTrailingZerosTrimmed() {
        assertEquals("0.4218", ValueText.number(0.421832));
        assertEquals("0.4219", ValueText.number(0.42185)); // half away from zero, as Excel rounds
        assertEquals("1.33", ValueText.number(1.33));
        assertEquals("0.03", ValueText.number(0.02999999999999997));
        assertEquals("-0.07154", ValueText.number(-0.07153769662729594));
        assertEquals("1235", ValueText.number(1234.5));
        assertEquals("0", ValueText.number(-0.0));
    }

    @Test
    void wholePartsAreNotRoundedAway() {
        assertEquals("12346", ValueText.number(12345.6));
        assertEquals("10000", ValueText.number(9999.7));
        assertEquals("123456789", ValueText.number(123456789.4));
        assertEquals("99999999999", ValueText.number(99999999999.4));
    }

    @Test
    void tinyAndHugeNumbersInScientificForm() {
        assertEquals("0.0001234", ValueText.number(0.00012341));
        assertEquals("0.0001", ValueText.number(0.000099996)); // rounds up into plain range
        assertEquals("2.5E-05", ValueText.number(0.000025));
        assertEquals("1.234E-07", ValueText.number(1.2341e-7));
        assertEquals("-1E-100", ValueText.number(-1e-100));
        assertEquals("1E+11", ValueText.number(99999999999.6));
        assertEquals("1.235E+15", ValueText.number(1.2345e15));
        assertEquals("1.798E+308", ValueText.number(Double.MAX_VALUE));
    }

    @Test
    void otherValuesAsExcelWritesThem() {
        assertEquals("\"say \"\"hi\"\"\"", ValueText.of(new TextValue("say \"hi\"")));
        assertEquals("FALSE", ValueText.of(BooleanValue.of(false)));
        assertEquals("#N/A", ValueText.of(ErrorValue.NA));
        assertEquals("", ValueText.of(EmptyValue.INSTANCE));
        assertEquals("(-2)", ValueText.operand(new NumberValue(-2)));
        assertEquals("0", ValueText.operand(EmptyValue.INSTANCE));
        Value[] elements = {new NumberValue(-1.5), EmptyValue.INSTANCE, new TextValue("a"), BooleanValue.of(true)};
        assertEquals("{-1.5,0;\"a\",TRUE}", ValueText.of(new ArrayValue(2, 2, elements)));
    }
}
