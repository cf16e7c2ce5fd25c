package org.aibyhand.engine.function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every required built-in is registered with Excel's argument counts; the lazy ones are left to the evaluator. */
class FunctionRegistryTest {
    @ParameterizedTest(name = "{0} takes {1}..{2}")
    @CsvSource(delimiter = '|', textBlock = """
            SUM|1|255
            PRODUCT|1|255
            SUMPRODUCT|1|255
            AVERAGE|1|255
            MIN|1|255
            MAX|1|255
            COUNT|1|255
            COUNTA|1|255
            COUNTBLANK|1|1
            STDEV|1|255
            STDEV.S|1|255
            STDEV.P|1|255
            VAR|1|255
            VAR.S|1|255
            VAR.P|1|255
            MEDIAN|1|255
            ABS|1|1
            SIGN|1|1
            SQRT|1|1
            POWER|2|2
            EXP|1|1
            LN|1|1
            LOG|1|2
            LOG10|1|1
            ROUND|2|2
            ROUNDUP|2|2
            ROUNDDOWN|2|2
            INT|1|1
            TRUNC|1|2
            MOD|2|2
            PI|0|0
            SIN|1|1
            COS|1|1
            TAN|1|1
            ASIN|1|1
            ACOS|1|1
            ATAN|1|1
            ATAN2|2|2
            SINH|1|1
            COSH|1|1
            TANH|1|1
            AND|1|255
            OR|1|255
            NOT|1|1
            XOR|1|254
            TRUE|0|0
            FALSE|0|0
            ISBLANK|1|1
            ISNUMBER|1|1
            ISTEXT|1|1
            ISLOGICAL|1|1
            ISERROR|1|1
            ISERR|1|1
            ISNA|1|1
            NA|0|0
            CONCATENATE|1|255
            LEN|1|1
            LEFT|1|2
            RIGHT|1|2
            MID|3|3
            UPPER|1|1
            LOWER|1|1
            TEXT|2|2
            VALUE|1|1
            INDEX|2|4
            MATCH|2|3
            CHOOSE|2|255
            ROW|0|1
            ROWS|1|1
            COLUMN|0|1
            COLUMNS|1|1
            MMULT|2|2
            TRANSPOSE|1|1
            MINVERSE|1|1
            MDETERM|1|1
            SEQUENCE|1|4
            SORT|1|4
            SORTBY|2|255
            FILTER|2|3
            UNIQUE|1|3
            HSTACK|1|255
            VSTACK|1|255
            TAKE|2|3
            DROP|2|3
            CHOOSEROWS|2|255
            CHOOSECOLS|2|255
            TOCOL|1|3
            TOROW|1|3
            WRAPROWS|2|3
            WRAPCOLS|2|3
            EXPAND|2|4
            XLOOKUP|3|6
            XMATCH|2|4
            """)
    void registered(String name, int min, int max) {
        FunctionDefinition definition = FunctionRegistry.standard().lookup(name.toLowerCase(java.util.Locale.ROOT));
        assertNotNull(definition, name);
        assertEquals(min, definition.minArguments(), name);
        assertEquals(max, definition.maxArguments(), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"IF", "IFERROR", "IFNA", "LET", "LAMBDA"})
    void lazyFunctionsAreTheEvaluatorsJob(String name) {
        assertNull(FunctionRegistry.standard().lookup(name));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ROUND(1)              | #VALUE!
            PI(1)                 | #VALUE!
            NOSUCHFUNCTION(1)     | #NAME?
            SEQUENCE()            | #VALUE!
            SORT()                | #VALUE!
            FILTER({1})           | #VALUE!
            TAKE({1})             | #VALUE!
            XLOOKUP(1, {1})       | #VALUE!
            XMATCH(1, {1}, 0, 1, 1) | #VALUE!
            EXPAND({1}, 1, 1, 0, 0) | #VALUE!
            """)
    void wrongArgumentCounts(String formula, String expected) {
        Expect.formula(new Grid(), formula, expected);
    }
}
