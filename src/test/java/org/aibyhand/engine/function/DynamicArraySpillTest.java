package org.aibyhand.engine.function;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.aibyhand.engine.TestBooks;
import org.aibyhand.engine.ref.CellAddress;
import org.aibyhand.engine.value.ArrayValue;
import org.aibyhand.engine.value.NumberValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each spilling function in a dynamic-array cell of a real workbook, recalculated by the Calculator: the cells
 * it spills into, and formulas elsewhere that read the spill through D1# with ROWS, COLUMNS, INDEX and COUNTA.
 * Also INDEX, ROWS, COLUMNS and COUNTA over arrays that functions return, not only over references.
 */
class DynamicArraySpillTest {
    /** A1:B4 = 3,c / 1,a / 2,b / 1,a; the formula under test spills from D1; Z1:Z4 read the spill. */
    private static TestBooks book(String formula) {
        return TestBooks.create()
                .put("A1", "3").put("B1", "c").put("A2", "1").put("B2", "a")
                .put("A3", "2").put("B3", "b").put("A4", "1").put("B4", "a")
                .putDynamic("D1", "=" + formula)
                .put("Z1", "=ROWS(D1#)")
                .put("Z2", "=COLUMNS(D1#)")
                .put("Z3", "=INDEX(D1#, ROWS(D1#), COLUMNS(D1#))")
                .put("Z4", "=COUNTA(D1#)");
    }

    @ParameterizedTest(name = "{0} spills {1}")
    @CsvSource(delimiter = '|', textBlock = """
            SEQUENCE(3, 2)                     | {1,2;3,4;5,6}
            SORT(A1:B4, 2)                     | {1,"a";1,"a";2,"b";3,"c"}
            SORTBY(B1:B4, A1:A4, -1)           | {"c";"b";"a";"a"}
            FILTER(B1:B4, A1:A4>1)             | {"c";"b"}
            UNIQUE(B1:B4)                      | {"c";"a";"b"}
            HSTACK(A1:A2, B1:B3)               | {3,"c";1,"a";#N/A,"b"}
            VSTACK(A1:B1, A2)                  | {3,"c";1,#N/A}
            TAKE(A1:B4, -2)                    | {2,"b";1,"a"}
            DROP(A1:B4, 3)                     | {1,"a"}
            CHOOSEROWS(A1:B4, 4, 1)            | {1,"a";3,"c"}
            CHOOSECOLS(A1:B4, 2)               | {"c";"a";"b";"a"}
            TOCOL(A1:B2)                       | {3;"c";1;"a"}
            TOROW(A1:A4)                       | {3,1,2,1}
            WRAPROWS(A1:A4, 3)                 | {3,1,2;1,#N/A,#N/A}
            WRAPCOLS(A1:A4, 3)                 | {3,1;1,#N/A;2,#N/A}
            EXPAND(A1, 2, 2, "-")              | {3,"-";"-","-"}
            XLOOKUP("b", B1:B4, A1:B4)         | {2,"b"}
            XMATCH({1;2}, A1:A4)               | {2;3}
            """)
    void spillsAndIsReadThroughItsSpillReference(String formula, String expected) {
        TestBooks book = book(formula);
        book.calculate();
        ArrayValue wanted = (ArrayValue) Expect.parse(expected);
        for (int r = 0; r < wanted.rows(); r++) {
            for (int c = 0; c < wanted.columns(); c++) {
                String cell = new CellAddress(r, 3 + c).toA1();
                assertEquals(wanted.get(r, c), book.value(cell), formula + " at " + cell);
            }
        }
        assertEquals(new NumberValue(wanted.rows()), book.value("Z1"), "ROWS(D1#)");
        assertEquals(new NumberValue(wanted.columns()), book.value("Z2"), "COLUMNS(D1#)");
        assertEquals(wanted.get(wanted.size() - 1), book.value("Z3"), "INDEX(D1#, last row, last column)");
        assertEquals(new NumberValue(wanted.size()), book.value("Z4"), "COUNTA(D1#)");
        Expect.value("<blank>", book.value(new CellAddress(wanted.rows(), 3).toA1()), "below the spill");
        Expect.value("<blank>", book.value(new CellAddress(0, 3 + wanted.columns()).toA1()), "right of the spill");
    }

    @Test
    void aSpillFollowsItsInputsAndItsReadersFollowTheSpill() {
        TestBooks book = TestBooks.create()
                .put("A1", "5").put("A2", "=A1*2")
                .putDynamic("C1", "=SEQUENCE(A1)")
                .put("E1", "=INDEX(C1#, 2, 1)")
                .put("E2", "=SUM(C1#)")
                .put("E3", "=ROWS(SORT(C1#, 1, -1))")
                .putDynamic("G1", "=TAKE(SORT(C1#, 1, -1), A1 - 3)");
        var calculator = book.calculate();
        Expect.value("2", book.value("E1"), "INDEX(C1#, 2, 1)");
        Expect.value("15", book.value("E2"), "SUM(C1#)");
        Expect.value("5", book.value("E3"), "ROWS(SORT(C1#))");
        Expect.value("5", book.value("G1"), "G1");
        Expect.value("4", book.value("G2"), "G2");
        calculator.setValue(book.sheet(), 0, 0, new NumberValue(4));
        Expect.value("10", book.value("E2"), "SUM(C1#) after A1 = 4");
        Expect.value("<blank>", book.value("C5"), "C5 after the spill shrank");
        Expect.value("4", book.value("G1"), "G1 after A1 = 4");
        Expect.value("<blank>", book.value("G2"), "G2 after A1 = 4");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ROWS(SEQUENCE(4, 2))               | 4
            COLUMNS(SEQUENCE(4, 2))            | 2
            INDEX(SEQUENCE(4, 2), 3, 2)        | 6
            INDEX(SEQUENCE(4, 2), 3)           | {5,6}
            INDEX(SEQUENCE(4, 2), 0, 2)        | {2;4;6;8}
            INDEX(SORT({3;1;2}), 1)            | 1
            INDEX(XLOOKUP(2, {1;2}, {10,11;20,21}), 2) | 21
            INDEX(SEQUENCE(2), 3)              | #REF!
            COUNTA(SEQUENCE(4, 2))             | 8
            COUNTA(FILTER({1,2,3}, {1,0,1}))   | 2
            COUNTA(HSTACK({1}, {2;3}))         | 4
            ROWS(UNIQUE({1;1;2}))              | 2
            ROWS(TAKE({1;2;3}, -2))            | 2
            COLUMNS(WRAPROWS({1,2,3,4,5}, 2))  | 2
            """)
    void lookupFunctionsTakeArraysFromFunctions(String formula, String expected) {
        Expect.formula(new Grid(), formula, expected);
    }
}
