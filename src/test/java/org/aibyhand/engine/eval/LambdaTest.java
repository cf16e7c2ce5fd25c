package org.aibyhand.engine.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.aibyhand.engine.TestBooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * LET, LAMBDA, LAMBDA-valued names and the helpers that call a LAMBDA per element. Expected values are worked
 * out by hand from Microsoft's descriptions. A1:A3 hold 1, 2, 3; B1:C2 hold 1, 2 / 3, 4.
 */
class LambdaTest {

    private static TestBooks book() {
        return TestBooks.create().put("A1", "1").put("A2", "2").put("A3", "3")
                .put("B1", "1").put("C1", "2").put("B2", "3").put("C2", "4")
                .name("DOUBLE", "LAMBDA(x, x*2)")
                .name("FACT", "LAMBDA(n, IF(n<2, 1, n*FACT(n-1)))")
                .name("FOREVER", "LAMBDA(n, FOREVER(n+1))")
                .name("SOFTMAX", "_xlfn.LAMBDA(_xlpm.x, _xlfn.LET(_xlpm.s, SUM(EXP(_xlpm.x)), EXP(_xlpm.x) / _xlpm.s))")
                .name("TWICE", "LAMBDA(f, v, f(f(v)))")
                .name("SCALE", "LAMBDA(v, k, IF(ISOMITTED(k), v, v*k))");
    }

    /** Formula typed in E1 (a dynamic-array formula, as Excel 365 enters it) and the value E1 must show. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "LET(x, 2, x*x)                                    | 4",
        "LET(x, 2, y, x+1, x*y)                            | 6",
        "LET(x, 2, LET(x, 5, x) + x)                       | 7",
        "LET(r, A1:A3, SUM(r))                             | 6",
        "_xlfn.LET(_xlpm.x, 2, _xlpm.x+1)                  | 3",
        "LET(x, 1)                                         | #VALUE!",
        "LET(1, 2, 3)                                      | #VALUE!",
        "LAMBDA(x, x+1)(2)                                 | 3",
        "LAMBDA(x, y, x*y)(3, 4)                           | 12",
        "LAMBDA(x, x+1)(1, 2)                              | #VALUE!",
        "LAMBDA(x, x+1)                                    | #CALC!",
        "LAMBDA(x, x, 1)                                   | #VALUE!",
        "DOUBLE(21)                                        | 42",
        "DOUBLE(A1:A3)                                     | 2",
        "E2+DOUBLE(A1:A3)                                  | #CYCLE!",
        "SUM(DOUBLE(A1:A3))                                | 12",
        "FACT(5)                                           | 120",
        "FACT(10)                                          | 3628800",
        "FOREVER(1)                                        | #NUM!",
        "TWICE(DOUBLE, 3)                                  | 12",
        "LET(f, LAMBDA(x, x-1), f(10))                     | 9",
        "LET(k, 10, g, LAMBDA(x, x*k), LET(k, 1, g(2)))    | 20",
        "SCALE(3)                                          | 3",
        "SCALE(3, 2)                                       | 6",
        "SCALE(3, )                                        | 3",
        "ISOMITTED(A1)                                     | FALSE",
        "NOSUCH(1)                                         | #NAME?",
        "LET(n, 5, n(1))                                   | #VALUE!",
        "SUM(MAP(A1:A3, LAMBDA(v, v*v)))                   | 14",
        "SUM(MAP(A1:A3, B1:B3, LAMBDA(a, b, a+b)))         | 10",
        "MAP(A1:A3, LAMBDA(a, b, a))                       | #VALUE!",
        "MAP(A1:A3, 5)                                     | #VALUE!",
        "INDEX(MAP(A1:A3, LAMBDA(v, A1:A2)), 1)            | #CALC!",
        "REDUCE(0, A1:A3, LAMBDA(acc, v, acc+v))           | 6",
        "REDUCE(1, B1:C2, LAMBDA(acc, v, acc*v))           | 24",
        "REDUCE(, A1:A3, LAMBDA(acc, v, acc+v))            | 6",
        "INDEX(SCAN(0, A1:A3, LAMBDA(acc, v, acc+v)), 3)   | 6",
        "INDEX(SCAN(\"\", {\"a\",\"b\"}, LAMBDA(t, c, t&c)), 1, 2) | ab",
        "SUM(MAKEARRAY(2, 3, LAMBDA(r, c, r*c)))           | 18",
        "INDEX(MAKEARRAY(2, 3, LAMBDA(r, c, r*10+c)), 2, 3) | 23",
        "MAKEARRAY(0, 3, LAMBDA(r, c, 1))                  | #VALUE!",
        "INDEX(BYROW(B1:C2, LAMBDA(r, SUM(r))), 2)         | 7",
        "INDEX(BYCOL(B1:C2, LAMBDA(c, MAX(c))), 1, 2)      | 4",
        "ROWS(BYROW(B1:C2, LAMBDA(r, SUM(r))))             | 2",
        "COLUMNS(BYCOL(B1:C2, LAMBDA(c, SUM(c))))          | 2",
        "BYROW(B1:C2, LAMBDA(r, r))                        | #CALC!",
        "ROUND(SUM(SOFTMAX(A1:A3)), 12)                    | 1",
    })
    void computesAsExcelDoes(String formula, String expected) {
        TestBooks b = book().putDynamic("E1", "=" + formula.strip());
        b.calculate();
        assertEquals(TestBooks.constant(expected.strip()), b.value("E1"), formula);
    }

    @Test
    void aLambdaNameSpillsInADynamicArray() {
        TestBooks b = book().putDynamic("E1", "=DOUBLE(A1:A3)").putDynamic("F1", "=SOFTMAX(A1:A3)");
        b.calculate();
        assertEquals(TestBooks.constant("6"), b.value("E3"));
        double e = Math.exp(1) + Math.exp(2) + Math.exp(3);
        assertEquals(Math.exp(3) / e, ((org.aibyhand.engine.value.NumberValue) b.value("F3")).value(), 1e-15);
    }

    @Test
    void anImmediatelyInvokedLambdaIgnoresAnErrorArgumentItDoesNotUse() {
        TestBooks b = book().putDynamic("E1", "=_xlfn.LAMBDA(_xlpm.L,_xlpm.t, _xlfn.MAKEARRAY(_xlpm.L,_xlpm.L,"
                + "_xlfn.LAMBDA(_xlpm.I,_xlpm.J,IF(OR(_xlpm.J<_xlpm.I),-99,0))))(3,#REF!)");
        b.calculate();
        assertEquals(TestBooks.constant("0"), b.value("E1"));
        assertEquals(TestBooks.constant("-99"), b.value("E2"));
        assertEquals(TestBooks.constant("0"), b.value("G2"));
    }
}
