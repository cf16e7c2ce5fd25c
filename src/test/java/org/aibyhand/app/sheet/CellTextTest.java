package org.aibyhand.app.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.aibyhand.engine.book.format.CellStyle;
import org.aibyhand.engine.book.format.Font;
import org.aibyhand.engine.value.BooleanValue;
import org.aibyhand.engine.value.ErrorType;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.TextValue;
import org.junit.jupiter.api.Test;

/** Excel's rules for one cell's text, with a font whose every character is 7 pixels wide at 100%. */
class CellTextTest {
    static final TextWidth SEVEN = (text, font, zoom) -> text.length() * 7 * zoom;
    private static final CellStyle GENERAL = CellStyle.DEFAULT;

    @Test
    void generalNumbersLoseDecimalsToFitAndNeverShowMoreDigitsThanFit() {
        double room = 5 * 7 + 2 * CellText.PADDING; // five characters
        assertEquals("0.264", CellText.shown(new NumberValue(0.2644), GENERAL, room, 1, SEVEN));
        assertEquals("0.26", CellText.shown(new NumberValue(0.2644), GENERAL, room - 7, 1, SEVEN));
        assertEquals("1E+09", CellText.shown(new NumberValue(1234567890), GENERAL, room, 1, SEVEN), "then scientific");
        assertEquals("12", CellText.shown(new NumberValue(12), GENERAL, room, 1, SEVEN));
    }

    @Test
    void aTinyResultWithNoRoomForItsExponentShowsZeroAsLibreOfficeDoes() {
        double room = 3 * 7 + 2 * CellText.PADDING; // three characters: "3E-17" does not fit
        assertEquals("0", CellText.shown(new NumberValue(2.8e-17), GENERAL, room, 1, SEVEN));
        assertEquals("3E-17", CellText.shown(new NumberValue(2.8e-17), GENERAL, 5 * 7 + 2 * CellText.PADDING, 1, SEVEN),
                "with room, the exponent shows");
        assertEquals("###", CellText.shown(new NumberValue(2.8e17), GENERAL, room, 1, SEVEN), "a huge one is hashes");
    }

    @Test
    void onlyWhenNoRoundingFitsDoesANumberBecomeHashes() {
        double room = 2 * 7 + 2 * CellText.PADDING;
        assertEquals("##", CellText.shown(new NumberValue(123), GENERAL, room, 1, SEVEN));
        CellStyle twoDecimals = GENERAL.withNumberFormat("0.00");
        assertEquals("###", CellText.shown(new NumberValue(3.14159), twoDecimals, 4 * 7 + 2 * CellText.PADDING - 1, 1, SEVEN),
                "a fixed format that does not fit fills the cell with #");
        assertEquals("3.14", CellText.shown(new NumberValue(3.14159), twoDecimals, 4 * 7 + 2 * CellText.PADDING, 1, SEVEN));
    }

    @Test
    void textAndErrorsAreShownWhole() {
        assertEquals("a long label", CellText.shown(new TextValue("a long label"), GENERAL, 10, 1, SEVEN));
        assertEquals("#DIV/0!", CellText.shown(new ErrorValue(ErrorType.DIV0), GENERAL, 10, 1, SEVEN));
    }

    @Test
    void aLogicalIsWholeWhereItFitsAndHashesWhereItDoesNotNeverCut() {
        assertEquals("TRUE", CellText.shown(BooleanValue.TRUE, GENERAL, 4 * 7 + 2 * CellText.PADDING, 1, SEVEN));
        assertEquals("###", CellText.shown(BooleanValue.TRUE, GENERAL, 3 * 7 + 2 * CellText.PADDING, 1, SEVEN),
                "three characters of room: Excel and LibreOffice show ###, not TRU");
    }

    @Test
    void generalAlignmentPutsNumbersRightTextLeftAndLogicalsAndErrorsInTheMiddle() {
        assertEquals(CellText.Align.RIGHT, CellText.align(new NumberValue(1), GENERAL));
        assertEquals(CellText.Align.LEFT, CellText.align(new TextValue("x"), GENERAL));
        assertEquals(CellText.Align.CENTER, CellText.align(BooleanValue.FALSE, GENERAL));
        assertEquals(CellText.Align.CENTER, CellText.align(new ErrorValue(ErrorType.NA), GENERAL));
        assertEquals(CellText.Align.LEFT, CellText.align(new NumberValue(1), GENERAL.withHorizontal(CellStyle.Horizontal.LEFT)));
    }

    @Test
    void onlyPlainTextRunsOn() {
        assertTrue(CellText.overflows(new TextValue("x"), GENERAL));
        assertTrue(!CellText.overflows(new NumberValue(1), GENERAL));
        assertTrue(!CellText.overflows(new TextValue("x"), GENERAL.withWrap(true)));
        assertTrue(!CellText.overflows(new TextValue("x"), GENERAL.withRotation(90)));
        assertTrue(!CellText.overflows(new TextValue("x"), GENERAL.withShrink(true)));
    }

    @Test
    void wrappingBreaksAtSpacesAndInsideWordsTooLongForALine() {
        Font font = Font.DEFAULT;
        assertEquals(List.of("one two", "three"), CellText.wrap("one two three", font, 1, 7 * 7, SEVEN));
        assertEquals(List.of("abcd", "efgh", "ij"), CellText.wrap("abcdefghij", font, 1, 4 * 7, SEVEN));
        assertEquals(List.of("a", "b"), CellText.wrap("a\nb", font, 1, 100, SEVEN), "line breaks in the text");
    }

    @Test
    void shrinkToFitLowersTheSizeUntilTheTextFits() {
        Font font = new Font("Arial", 10, false, false, false, org.aibyhand.engine.book.format.Rgb.BLACK);
        TextWidth bySize = (text, f, zoom) -> text.length() * f.sizePoints() * zoom;
        Font shrunk = CellText.shrunk("abcdef", font, 1, 30, bySize);
        assertTrue(bySize.of("abcdef", shrunk, 1) <= 30 && shrunk.sizePoints() >= 4.9, shrunk.toString());
    }
}
