package org.aibyhand.engine.function;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * XLOOKUP and XMATCH: every match_mode (exact, next smaller, next larger, wildcard) and search_mode (either end,
 * binary over ascending and descending data), 2-D return arrays giving a row or a column, references returned
 * for references (so XLOOKUP(...):XLOOKUP(...) is a range), arrays of lookup values, and the documented errors.
 * Examples from Microsoft's XMATCH page; the rest worked out by hand.
 */
class XLookupFunctionsTest {
    /**
     * A1:C5 = India, 91, New Delhi / China, 86, Beijing / USA, 1, Washington / Brazil, 55, Brasilia / Chile, 56,
     * Santiago; E1:E5 = 10..50; F1:F5 = a..e; G1:G5 = 50..10; A7:E7 = 1..5; A8:E9 = one..five / uno..cinco;
     * I1:I3 = 1, blank, 3; J1:J3 = x, y, z; K1:K5 = Apple, Grape, Pear, Banana, Cherry.
     */
    private static Grid grid() {
        return new Grid()
                .column("A1", "India", "China", "USA", "Brazil", "Chile")
                .column("B1", 91, 86, 1, 55, 56)
                .column("C1", "New Delhi", "Beijing", "Washington", "Brasilia", "Santiago")
                .column("E1", 10, 20, 30, 40, 50)
                .column("F1", "a", "b", "c", "d", "e")
                .column("G1", 50, 40, 30, 20, 10)
                .put("A7", 1).put("B7", 2).put("C7", 3).put("D7", 4).put("E7", 5)
                .put("A8", "one").put("B8", "two").put("C8", "three").put("D8", "four").put("E8", "five")
                .put("A9", "uno").put("B9", "dos").put("C9", "tres").put("D9", "cuatro").put("E9", "cinco")
                .column("I1", 1, null, 3).column("J1", "x", "y", "z")
                .column("K1", "Apple", "Grape", "Pear", "Banana", "Cherry");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            XLOOKUP("China", A1:A5, B1:B5)                 | ref(B2)
            XLOOKUP("china", A1:A5, C1:C5)                 | ref(C2)
            XLOOKUP("USA", A1:A5, B1:B5) * 2               | 2
            XLOOKUP("China", A1:A5, B1:C5)                 | ref(B2:C2)
            XLOOKUP(3, A7:E7, A8:E8)                       | ref(C8)
            XLOOKUP(3, A7:E7, A8:E9)                       | ref(C8:C9)
            SUM(XLOOKUP("China", A1:A5, B1:B5):XLOOKUP("Brazil", A1:A5, B1:B5)) | 142
            XLOOKUP("Japan", A1:A5, B1:B5)                 | #N/A
            XLOOKUP("Japan", A1:A5, B1:B5, "none")         | "none"
            XLOOKUP("Japan", A1:A5, B1:B5, , 0)            | #N/A
            XLOOKUP("10", E1:E5, F1:F5)                    | #N/A
            XLOOKUP(25, E1:E5, F1:F5, , -1)                | ref(F2)
            XLOOKUP(25, E1:E5, F1:F5, , 1)                 | ref(F3)
            XLOOKUP(30, E1:E5, F1:F5, , -1)                | ref(F3)
            XLOOKUP(5, E1:E5, F1:F5, , -1)                 | #N/A
            XLOOKUP(55, E1:E5, F1:F5, , 1)                 | #N/A
            XLOOKUP(55, E1:E5, F1:F5, , -1)                | ref(F5)
            XLOOKUP(25, G1:G5, F1:F5, , -1)                | ref(F4)
            XLOOKUP(25, G1:G5, F1:F5, , 1)                 | ref(F3)
            XLOOKUP("C*", A1:A5, C1:C5, , 2)               | ref(C2)
            XLOOKUP("C*", A1:A5, C1:C5, , 2, -1)           | ref(C5)
            XLOOKUP("?SA", A1:A5, B1:B5, , 2)              | ref(B3)
            XLOOKUP("C*", A1:A5, C1:C5)                    | #N/A
            XLOOKUP(1, {1;2;1}, {"a";"b";"c"})             | "a"
            XLOOKUP(1, {1;2;1}, {"a";"b";"c"}, , 0, -1)    | "c"
            XLOOKUP(30, E1:E5, F1:F5, , 0, 2)              | ref(F3)
            XLOOKUP(35, E1:E5, F1:F5, , 0, 2)              | #N/A
            XLOOKUP(35, E1:E5, F1:F5, , -1, 2)             | ref(F3)
            XLOOKUP(35, E1:E5, F1:F5, , 1, 2)              | ref(F4)
            XLOOKUP(30, G1:G5, F1:F5, , 0, -2)             | ref(F3)
            XLOOKUP(35, G1:G5, F1:F5, , 1, -2)             | ref(F2)
            XLOOKUP(35, G1:G5, F1:F5, , -1, -2)            | ref(F3)
            XLOOKUP(2, {1;2;3}, {10;20;30})                | 20
            XLOOKUP(2, {1,2,3}, {10,20,30})                | 20
            XLOOKUP(2, {1;2;3}, {10,11;20,21;30,31})       | {20,21}
            XLOOKUP(2, {1,2,3}, {10,20,30;11,21,31})       | {20;21}
            XLOOKUP(TRUE, {1;TRUE}, {"n";"b"})             | "b"
            XLOOKUP(, I1:I3, J1:J3)                        | ref(J2)
            XLOOKUP("China", A1:A5, B1:B4)                 | #VALUE!
            XLOOKUP("China", A1:B5, B1:B5)                 | #VALUE!
            XLOOKUP(1, E1:E5, F1:F5, , 3)                  | #VALUE!
            XLOOKUP(1, E1:E5, F1:F5, , 0, 0)               | #VALUE!
            XLOOKUP(1, E1:E5, F1:F5, , 0, 3)               | #VALUE!
            XLOOKUP("C*", A1:A5, C1:C5, , 2, 2)            | #VALUE!
            XLOOKUP(#N/A, E1:E5, F1:F5)                    | #N/A
            XLOOKUP(#DIV/0!, E1:E5, F1:F5, "x")            | #DIV/0!
            """)
    void xlookup(String formula, String expected) {
        Expect.formula(grid(), formula, expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            XLOOKUP({2;3}, {1;2;3}, {10;20;30})            | {20;30}
            XLOOKUP({2,9}, {1;2;3}, {10;20;30}, "no")      | {20,"no"}
            XLOOKUP({"China";"USA"}, A1:A5, C1:C5)         | {"Beijing";"Washington"}
            XLOOKUP({2;3}, {1;2;3}, {10,11;20,21;30,31})   | {20;30}
            XMATCH({2,3}, {1,2,3})                         | {2,3}
            """)
    void severalLookupValuesGiveAnArray(String formula, String expected) {
        Expect.formula(grid().arrayMode(true), formula, expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            XMATCH(4, {5,4,3,2,1})                         | 2
            XMATCH(4.5, {5,4,3,2,1}, 1)                    | 1
            XMATCH("Gra", K1:K5, 1)                        | 2
            XMATCH("Grape", {"Apple";"Grape";"Pear"})      | 2
            XMATCH("grape", {"Apple";"Grape";"Pear"})      | 2
            XMATCH("G*", {"Apple";"Grape";"Pear"}, 2)      | 2
            XMATCH("G*", {"Apple";"Grape";"Pear"})         | #N/A
            XMATCH("~*", {"a";"*";"b"}, 2)                 | 2
            XMATCH(1, {1;2;1}, 0, -1)                      | 3
            XMATCH(25, {10,20,30}, -1)                     | 2
            XMATCH(25, {10,20,30}, 1)                      | 3
            XMATCH(35, {10,20,30}, 1)                      | #N/A
            XMATCH(20, {10,20,30}, 0, 2)                   | 2
            XMATCH(25, {10,20,30}, -1, 2)                  | 2
            XMATCH(25, {10,20,30}, 1, 2)                   | 3
            XMATCH(25, {30,20,10}, -1, -2)                 | 2
            XMATCH(25, {30,20,10}, 1, -2)                  | 1
            XMATCH(40, E1:E5)                              | 4
            XMATCH(45, E1:E5)                              | #N/A
            XMATCH(TRUE, {1,TRUE})                         | 2
            XMATCH(1, {TRUE,1})                            | 2
            XMATCH(1, {1,2;3,4})                           | #VALUE!
            XMATCH(1, {1,2}, 5)                            | #VALUE!
            XMATCH(1, {1,2}, 0, 0)                         | #VALUE!
            XMATCH("a*", {"ab"}, 2, 2)                     | #VALUE!
            XMATCH(#N/A, {1})                              | #N/A
            XMATCH(1, #N/A)                                | #N/A
            """)
    void xmatch(String formula, String expected) {
        Expect.formula(grid(), formula, expected);
    }
}
