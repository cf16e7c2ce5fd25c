package org.aibyhand.engine.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.aibyhand.engine.TestBooks;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** IF, IFERROR, IFNA, IFS and SWITCH, evaluated lazily and over arrays. A1:A3 hold 1, 0, "x". */
class ConditionalsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "IF(TRUE, 1, 2)                           | 1",
        "IF(FALSE, 1, 2)                          | 2",
        "IF(FALSE, 1)                             | FALSE",
        "IF(TRUE, , 2)                            | 0",
        "IF(A1, \"yes\", 1/0)                     | yes",
        "IF(\"maybe\", 1, 2)                      | #VALUE!",
        "IF(1/0, 1, 2)                            | #DIV/0!",
        "IF(A2, 1, 2)                             | 2",
        "SUM(IF(A1:A2 > 0, 10, 20))               | 30",
        "IF(1, 2, 3, 4)                           | #VALUE!",
        "IFERROR(1/0, \"none\")                   | none",
        "IFERROR(5, 1/0)                          | 5",
        "SUM(IFERROR(1/A1:A2, 7))                 | 8",
        "IFNA(NA(), 3)                            | 3",
        "IFNA(1/0, 3)                             | #DIV/0!",
        "IFS(A1 > 5, \"big\", A1 > 0, \"small\")  | small",
        "IFS(FALSE, 1, TRUE, 2)                   | 2",
        "IFS(FALSE, 1)                            | #N/A",
        "IFS(TRUE)                                | #VALUE!",
        "IFS(1/0, 1, TRUE, 2)                     | #DIV/0!",
        "SWITCH(2, 1, \"one\", 2, \"two\")        | two",
        "SWITCH(3, 1, \"one\", 2, \"two\", \"many\") | many",
        "SWITCH(3, 1, \"one\")                    | #N/A",
        "SWITCH(\"X\", \"x\", 1, 2)               | 1",
        "SWITCH(1, \"1\", \"text\", 1, \"number\") | number",
        "SWITCH(1, 1)                             | #VALUE!",
        "SWITCH(1/0, 1, 2)                        | #DIV/0!",
    })
    void computesAsExcelDoes(String formula, String expected) {
        TestBooks b = TestBooks.create().put("A1", "1").put("A2", "0").put("A3", "x").putDynamic("E1", "=" + formula.strip());
        b.calculate();
        assertEquals(TestBooks.constant(expected.strip()), b.value("E1"), formula);
    }
}
