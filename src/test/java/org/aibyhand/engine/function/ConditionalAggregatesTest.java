package org.aibyhand.engine.function;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.aibyhand.engine.TestBooks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * COUNTIF, SUMIF, AVERAGEIF and the ...IFS forms, with expectations worked out by hand from Microsoft's
 * descriptions. A1:A6 hold 1, 5, "apple", "Apricot", (blank), "5"; B1:B6 hold 10, 20, 30, 40, 50, 60.
 */
class ConditionalAggregatesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "COUNTIF(A1:A6, 5)                       | 2",
        "COUNTIF(A1:A5, \">1\")                  | 1",
        "COUNTIF(A1:A5, \">=1\")                 | 2",
        "COUNTIF(A1:A6, \"<5\")                  | 1",
        "COUNTIF(A1:A6, \"ap*\")                 | 2",
        "COUNTIF(A1:A6, \"APPLE\")               | 1",
        "COUNTIF(A1:A6, \"?pple\")               | 1",
        "COUNTIF(A1:A6, \"<>apple\")             | 5",
        "COUNTIF(A1:A6, \"\")                    | 1",
        "COUNTIF(A1:A6, \"<>\")                  | 5",
        "COUNTIF(B1:B6, \">\"&25)                | 4",
        "SUMIF(A1:A5, \">0\", B1:B5)             | 30",
        "SUMIF(B1:B6, \">=40\")                  | 150",
        "SUMIF(A1:A6, \"a*\", B1)                | 70",
        "AVERAGEIF(B1:B6, \"<35\")               | 20",
        "AVERAGEIF(B1:B6, \">100\")              | #DIV/0!",
        "COUNTIFS(A1:A6, \"a*\", B1:B6, \">35\") | 1",
        "SUMIFS(B1:B6, A1:A6, \"<>\", B1:B6, \"<50\") | 100",
        "AVERAGEIFS(B1:B6, A1:A6, \"ap*\")       | 35",
        "MAXIFS(B1:B6, A1:A6, \"a*\")            | 40",
        "MINIFS(B1:B6, A1:A6, \"a*\")            | 30",
        "MAXIFS(B1:B6, A1:A6, \"zzz\")           | 0",
        "SUMIFS(B1:B6, A1:A5, 1)                 | #VALUE!",
        "COUNTIFS(A1:A6, 1, B1:B6)               | #VALUE!",
        "SUM(COUNTIF(A1:A6, {1,5}))              | 3",
    })
    void aggregatesTheCellsThatMeetTheCriteria(String formula, String expected) {
        TestBooks b = TestBooks.create().put("A1", "1").put("A2", "5").put("A3", "apple").put("A4", "Apricot")
                .put("B1", "10").put("B2", "20").put("B3", "30").put("B4", "40").put("B5", "50").put("B6", "60")
                .putDynamic("E1", "=" + formula.strip());
        b.sheet().cellForWrite(5, 0).setValue(new org.aibyhand.engine.value.TextValue("5"));
        b.calculate();
        assertEquals(TestBooks.constant(expected.strip()), b.value("E1"), formula);
    }
}
