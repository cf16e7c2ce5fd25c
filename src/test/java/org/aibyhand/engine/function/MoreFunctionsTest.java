package org.aibyhand.engine.function;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.aibyhand.engine.TestBooks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Text search and order statistics, with expectations from Microsoft's examples or worked out by hand.
 * A1:A5 hold 3, 1, 4, 1, 5; B1 holds "Hello World"; B2 is blank; B3 holds "x"; C1:D4 is a table
 * 1 one / 2 ten / 5 thirty / 7 forty; G1:I2 is a table a b c / 10 20 30.
 */
class MoreFunctionsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "FIND(\"o\", B1)                          | 5",
        "FIND(\"o\", B1, 6)                       | 8",
        "FIND(\"O\", B1)                          | #VALUE!",
        "FIND(\"\", B1)                           | 1",
        "FIND(\"o\", B1, 20)                      | #VALUE!",
        "SEARCH(\"O\", B1)                        | 5",
        "SEARCH(\"w?r\", B1)                      | 7",
        "SEARCH(\"l*d\", B1)                      | 3",
        "SEARCH(\"z\", B1)                        | #VALUE!",
        "SUBSTITUTE(B1, \"o\", \"0\")             | Hell0 W0rld",
        "SUBSTITUTE(B1, \"o\", \"0\", 2)          | Hello W0rld",
        "SUBSTITUTE(B1, \"o\", \"0\", 3)          | Hello World",
        "SUBSTITUTE(B1, \"o\", \"0\", 0)          | #VALUE!",
        "TRIM(\"  a   b  \")                      | a b",
        "REPT(\"ab\", 3)                          | ababab",
        "REPT(\"ab\", -1)                         | #VALUE!",
        "CONCAT(A1:A3, \"!\")                     | 314!",
        "TEXTJOIN(\"-\", TRUE, B1:B3)             | Hello World-x",
        "TEXTJOIN(\"-\", FALSE, B1:B3)            | Hello World--x",
        "TEXTJOIN(\", \", TRUE, A1:A2, TRUE)      | 3, 1, TRUE",
        "LARGE(A1:A5, 1)                          | 5",
        "LARGE(A1:A5, 2)                          | 4",
        "SMALL(A1:A5, 2)                          | 1",
        "SMALL(A1:A5, 3)                          | 3",
        "LARGE(A1:A5, 6)                          | #NUM!",
        "SMALL(A1:A5, 0)                          | #NUM!",
        "RANK(4, A1:A5)                           | 2",
        "RANK.EQ(1, A1:A5)                        | 4",
        "RANK.EQ(1, A1:A5, 1)                     | 1",
        "RANK.AVG(1, A1:A5, 1)                    | 1.5",
        "RANK(2, A1:A5)                           | #N/A",
        "SUMSQ(A1:A3, 2)                          | 30",
        "VLOOKUP(2, C1:D4, 2)                     | ten",
        "VLOOKUP(4.5, C1:D4, 2)                   | ten",
        "VLOOKUP(5.5, C1:D4, 2)                   | thirty",
        "VLOOKUP(99, C1:D4, 2)                    | forty",
        "VLOOKUP(0, C1:D4, 2)                     | #N/A",
        "VLOOKUP(3, C1:D4, 2, FALSE)              | #N/A",
        "VLOOKUP(5, C1:D4, 2, FALSE)              | thirty",
        "VLOOKUP(1, C1:D4, 3)                     | #REF!",
        "VLOOKUP(1, C1:D4, 0)                     | #VALUE!",
        "HLOOKUP(\"b\", G1:I2, 2, FALSE)          | 20",
        "HLOOKUP(\"?\", G1:I2, 2, FALSE)          | 10",
        "HLOOKUP(\"bb\", G1:I2, 2)                | 20",
    })
    void computesAsExcelDoes(String formula, String expected) {
        TestBooks b = TestBooks.create().put("A1", "3").put("A2", "1").put("A3", "4").put("A4", "1").put("A5", "5")
                .put("B1", "Hello World").put("B3", "x")
                .put("C1", "1").put("D1", "one").put("C2", "2").put("D2", "ten").put("C3", "5").put("D3", "thirty")
                .put("C4", "7").put("D4", "forty").put("G1", "a").put("H1", "b").put("I1", "c")
                .put("G2", "10").put("H2", "20").put("I2", "30").putDynamic("E1", "=" + formula.strip());
        b.calculate();
        assertEquals(TestBooks.constant(expected.strip()), b.value("E1"), formula);
    }
}
