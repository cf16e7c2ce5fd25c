package org.aibyhand.engine.function;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The database functions on the orchard table of Microsoft's documentation: criteria in A1:F3 (Apple with a
 * height over 10 and under 16; Pear), the records in A4:E10. Expected values are the documentation's, or for
 * the ones it does not print, worked out by hand from the records (noted beside them).
 */
class DatabaseFunctionsTest {
    private static Grid orchard() {
        Grid grid = new Grid().host("H1");
        String[] header = {"Tree", "Height", "Age", "Yield", "Profit"};
        Object[][] records = {
            {"Apple", 18, 20, 14, 105}, {"Pear", 12, 12, 10, 96}, {"Cherry", 13, 14, 9, 105},
            {"Apple", 14, 15, 10, 75}, {"Pear", 9, 8, 8, 76.8}, {"Apple", 8, 9, 6, 45}};
        String columns = "ABCDEF";
        for (int c = 0; c < header.length; c++) {
            grid.put(columns.charAt(c) + "1", header[c]).put(columns.charAt(c) + "4", header[c]);
            for (int r = 0; r < records.length; r++) {
                grid.put(columns.charAt(c) + String.valueOf(5 + r), records[r][c]);
            }
        }
        return grid.put("F1", "Height").put("A2", "=Apple").put("B2", ">10").put("F2", "<16").put("A3", "=Pear");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            DCOUNT(A4:E10,"Age",A1:F2)        | 1
            DCOUNTA(A4:E10,"Profit",A1:F2)    | 1
            DMAX(A4:E10,"Profit",A1:A3)       | 105
            DMIN(A4:E10,"Profit",A1:B2)       | 75
            DSUM(A4:E10,"Profit",A1:A2)       | 225
            DSUM(A4:E10,"Profit",A1:F2)       | 75
            DPRODUCT(A4:E10,"Yield",A1:F2)    | 10
            DAVERAGE(A4:E10,"Yield",A1:B2)    | 12
            DAVERAGE(A4:E10,3,A4:E10)         | 13
            DSTDEV(A4:E10,"Yield",A1:A3)      | 2.97
            DSTDEVP(A4:E10,"Yield",A1:A3)     | 2.65
            DVAR(A4:E10,"Yield",A1:A3)        | 8.8
            DVARP(A4:E10,"Yield",A1:A3)       | 7.04
            DGET(A4:E10,"Yield",A1:A3)        | #NUM!
            DGET(A4:E10,"Yield",A1:F2)        | 10
            DSUM(A4:E10,"Weight",A1:A2)       | #VALUE!
            """)
    void documentedExamples(String formula, String expected) {
        Documented.check(orchard(), formula, expected);
    }
}
