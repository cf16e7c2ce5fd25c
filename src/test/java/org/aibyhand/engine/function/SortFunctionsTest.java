package org.aibyhand.engine.function;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SORT and SORTBY, with expectations worked out by hand: the sort is stable (equal keys keep their order), text
 * compares without case, kinds order as numbers, text, logicals, errors, and blanks come last in both
 * directions. The documented errors: #VALUE! for an index outside the array, an order other than 1 or -1, and
 * by_arrays of the wrong shape.
 */
class SortFunctionsTest {
    /**
     * A1:B5 = b,2 / a,5 / C,1 / a,3 / B,4; D1:D4 = 3, blank, 1, 2; F1:H4 = Tom,30,East / Amy,25,West /
     * Bob,30,West / Eve,20,East.
     */
    private static Grid grid() {
        return new Grid()
                .column("A1", "b", "a", "C", "a", "B").column("B1", 2, 5, 1, 3, 4)
                .column("D1", 3, null, 1, 2)
                .column("F1", "Tom", "Amy", "Bob", "Eve").column("G1", 30, 25, 30, 20)
                .column("H1", "East", "West", "West", "East");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            SORT(A1:B5)                        | {"a",5;"a",3;"b",2;"B",4;"C",1}
            SORT(A1:B5, 1, -1)                 | {"C",1;"b",2;"B",4;"a",5;"a",3}
            SORT(A1:B5, 2)                     | {"C",1;"b",2;"a",3;"B",4;"a",5}
            SORT(A1:B5, 2, -1)                 | {"a",5;"B",4;"a",3;"b",2;"C",1}
            SORT(A1:B5, {1,2}, {1,-1})         | {"a",5;"a",3;"B",4;"b",2;"C",1}
            SORT(A1:B5, {1,2}, -1)             | {"C",1;"B",4;"b",2;"a",5;"a",3}
            SORT(A1:B5, , -1)                  | {"C",1;"b",2;"B",4;"a",5;"a",3}
            SORT({3;1;2})                      | {1;2;3}
            SORT({3;1;2}, , -1)                | {3;2;1}
            SORT({3,1,2})                      | {3,1,2}
            SORT({3,1,2}, 1, 1, TRUE)          | {1,2,3}
            SORT({3,1,2;"c","a","b"}, 2, -1, TRUE) | {3,2,1;"c","b","a"}
            SORT({2,"x";1,"y";2,"z";1,"w"})    | {1,"y";1,"w";2,"x";2,"z"}
            SORT({"b";1;TRUE;#N/A;"a";0})      | {0;1;"a";"b";TRUE;#N/A}
            SORT({"b";1;TRUE;#N/A;"a";0}, 1, -1) | {#N/A;TRUE;"b";"a";1;0}
            SORT({FALSE;TRUE;FALSE})           | {FALSE;FALSE;TRUE}
            INDEX(SORT(D1:D4), 1)              | 1
            INDEX(SORT(D1:D4), 3)              | 3
            INDEX(SORT(D1:D4), 4)              | <blank>
            INDEX(SORT(D1:D4, 1, -1), 1)       | 3
            INDEX(SORT(D1:D4, 1, -1), 4)       | <blank>
            SORT(5)                            | {5}
            SORT(A1:B5, 3)                     | #VALUE!
            SORT(A1:B5, 0)                     | #VALUE!
            SORT(A1:B5, 1, 2)                  | #VALUE!
            SORT(A1:B5, 1, 0)                  | #VALUE!
            SORT(A1:B5, "x")                   | #VALUE!
            SORT(A1:B5, {1,2}, {1,-1,1})       | #VALUE!
            SORT({3,1,2}, 4, 1, TRUE)          | #VALUE!
            SORT(#N/A)                         | #N/A
            SORT(A1:B5, 1, #DIV/0!)            | #DIV/0!
            """)
    void sort(String formula, String expected) {
        Expect.formula(grid(), formula, expected);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            SORTBY(F1:F4, G1:G4)               | {"Eve";"Amy";"Tom";"Bob"}
            SORTBY(F1:F4, G1:G4, -1)           | {"Tom";"Bob";"Amy";"Eve"}
            SORTBY(F1:G4, H1:H4, 1, G1:G4, -1) | {"Tom",30;"Eve",20;"Bob",30;"Amy",25}
            SORTBY(F1:F4, H1:H4, 1, G1:G4)     | {"Eve";"Tom";"Amy";"Bob"}
            SORTBY(F1:F4, {4;3;2;1})           | {"Eve";"Bob";"Amy";"Tom"}
            SORTBY({"a","b","c"}, {3,1,2})     | {"b","c","a"}
            SORTBY({1,2;3,4}, {2;1})           | {3,4;1,2}
            SORTBY({1,2;3,4}, {2,1}, -1)       | {1,2;3,4}
            SORTBY({1,2;3,4}, {1,2}, -1)       | {2,1;4,3}
            SORTBY(F1:F4, G1:G3)               | #VALUE!
            SORTBY(F1:F4, G1:H4)               | #VALUE!
            SORTBY(F1:F4, G1:G4, 2)            | #VALUE!
            SORTBY(F1:F4, G1:G4, 1, {1,2,3,4}) | #VALUE!
            SORTBY(#N/A, G1:G4)                | #N/A
            SORTBY(F1:F4, #N/A)                | #N/A
            """)
    void sortBy(String formula, String expected) {
        Expect.formula(grid(), formula, expected);
    }
}
