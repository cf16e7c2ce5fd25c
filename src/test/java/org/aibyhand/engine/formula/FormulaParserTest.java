package org.aibyhand.engine.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.aibyhand.engine.formula.FormulaPrinter.Style;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormulaParserTest {

    private static Expr parse(String text) throws FormulaSyntaxException {
        return FormulaParser.parse(text, 4, 2); // held by C5
    }

    /** Formula text as written in a file, and how the parser must group it (fully parenthesised display). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "1+2*3            | (1+(2*3))",
        "(1+2)*3          | ((1+2)*3)",
        "-2^2             | ((-2)^2)",
        "2^3^2            | ((2^3)^2)",
        "2^-1             | (2^(-1))",
        "50%*2            | ((50%)*2)",
        "-A1:B2           | (-A1:B2)",
        "-A1:INDEX(B1:B3,2) | (-(A1:INDEX(B1:B3,2)))",
        "1&2=12           | ((1&2)=12)",
        "1+2&3            | ((1+2)&3)",
        "A1<=B1           | (A1<=B1)",
        "A1<>B1           | (A1<>B1)",
        "1-2-3            | ((1-2)-3)",
        "8/4/2            | ((8/4)/2)",
        "-A1%             | ((-A1)%)",
    })
    void followsExcelPrecedence(String text, String grouped) throws FormulaSyntaxException {
        assertEquals(grouped.strip(), Grouping.show(parse(text.strip()), 4, 2));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "SUM(A1:B3)                       | SUM(A1:B3)",
        "$A$1+A$1+$A1                     | $A$1+A$1+$A1",
        "Sheet2!A1                        | Sheet2!A1",
        "'My Sheet'!$B$2:C3               | 'My Sheet'!$B$2:C3",
        "'Transformer '!A1                | 'Transformer '!A1",
        "'it''s'!A1                       | 'it''s'!A1",
        "A:A                              | A:A",
        "$B:$D                            | $B:$D",
        "2:5                              | 2:5",
        "{1,2;3,4}                        | {1,2;3,4}",
        "{-1,\"a\";TRUE,#N/A}             | {-1,\"a\";TRUE,#N/A}",
        "IF(A1,,2)                        | IF(A1,,2)",
        "\"say \"\"hi\"\"\"               | \"say \"\"hi\"\"\"",
        "#DIV/0!                          | #DIV/0!",
        "1E+100                           | 1E+100",
        "0.000001                         | 0.000001",
        "MMULT($J5:$K5,M$11:M$12)         | MMULT($J5:$K5,M$11:M$12)",
        "_xlfn.ANCHORARRAY(B2)            | B2#",
        "B2#*2                            | B2#*2",
        "_xlfn._xlws.SORT(A1:A3)          | SORT(A1:A3)",
        "_xlfn.LET(_xlpm.x,1,_xlpm.x+1)   | LET(x,1,x+1)",
        "_xlfn.SINGLE(A1:A3)              | @A1:A3",
        "[1]Sheet1!$A$1                   | [1]Sheet1!$A$1",
        "SUM((A1,B2))                     | SUM((A1,B2))",
        "LAMBDA(x,x+1)(2)                 | LAMBDA(x,x+1)(2)",
        "true                             | TRUE",
        "sum(a1)                          | SUM(A1)",
        "FORWARD                          | FORWARD",
        "_alpha1*2                        | _alpha1*2",
    })
    void printsBackForDisplay(String text, String display) throws FormulaSyntaxException {
        assertEquals(display.strip(), FormulaPrinter.print(parse(text.strip()), 4, 2, Style.DISPLAY));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "_xlfn._xlws.SORT(A1:A3)                    | _xlfn._xlws.SORT(A1:A3)",
        "SORT(A1:A3)                                | _xlfn._xlws.SORT(A1:A3)",
        "SEQUENCE(3)                                | _xlfn.SEQUENCE(3)",
        "B2#                                        | _xlfn.ANCHORARRAY(B2)",
        "LET(x,1,y,x+1,x*y)                         | _xlfn.LET(_xlpm.x,1,_xlpm.y,_xlpm.x+1,_xlpm.x*_xlpm.y)",
        "LAMBDA(a,b,a+b)(1,2)                       | _xlfn.LAMBDA(_xlpm.a,_xlpm.b,_xlpm.a+_xlpm.b)(1,2)",
        "_xlfn.FUTUREFN(1)                          | _xlfn.FUTUREFN(1)",
        "@A1:A3                                     | _xlfn.SINGLE(A1:A3)",
        "STDEV.S(A1:A3)                             | _xlfn.STDEV.S(A1:A3)",
        "SUM(A1)                                    | SUM(A1)",
    })
    void printsStoragePrefixesExcelExpects(String text, String storage) throws FormulaSyntaxException {
        assertEquals(storage.strip(), FormulaPrinter.print(parse(text.strip()), 4, 2, Style.STORAGE));
    }

    @Test
    void relativeReferencesAreOffsetsSoOneTreeServesAFilledBlock() throws FormulaSyntaxException {
        Expr inC5 = FormulaParser.parse("B4+$A$1", 4, 2);
        Expr inD6 = FormulaParser.parse("C5+$A$1", 5, 3);
        assertEquals(inC5, inD6);
        assertEquals("C5+$A$1", FormulaPrinter.print(inC5, 5, 3, Style.DISPLAY));
    }

    @Test
    void aReferenceMovedOffTheSheetPrintsAsRefError() throws FormulaSyntaxException {
        Expr expr = FormulaParser.parse("A1", 4, 2);
        assertEquals("#REF!", FormulaPrinter.print(expr, 0, 0, Style.DISPLAY));
    }

    @Test
    void callsKeepArgumentsAndStripPrefixes() throws FormulaSyntaxException {
        Expr.Call call = assertInstanceOf(Expr.Call.class, parse("_xlfn.XLOOKUP(1,A1:A3,B1:B3)"));
        assertEquals("XLOOKUP", call.name());
        assertEquals("", call.prefix(), "a known function's prefix is canonical, not kept");
        Expr.Call unknown = assertInstanceOf(Expr.Call.class, parse("_xlfn.FUTUREFN(1)"));
        assertEquals("_xlfn.", unknown.prefix());
        assertEquals(3, call.arguments().size());
        Expr.Call none = assertInstanceOf(Expr.Call.class, parse("PI()"));
        assertEquals(List.of(), none.arguments());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "SUM(1,           ",
        "1+               ",
        "(1+2             ",
        "\"open           ",
        "{1,2;3}          ",
        "1 2              ",
        "*3               ",
        "'Sheet           ",
        "A1:              ",
        "{A1}             ",
        "SUM(1))          ",
        "=                ",
    })
    void rejectsBrokenTextWithAMessage(String text) {
        FormulaSyntaxException error = assertThrows(FormulaSyntaxException.class, () -> parse(text.strip()));
        assertTrue(error.getMessage().contains("position"), error.getMessage());
    }

    @Test
    void tenThousandNestedParenthesesAreRejectedNotOverflowed() {
        String deep = "(".repeat(10_000) + "1" + ")".repeat(10_000);
        FormulaSyntaxException error = assertThrows(FormulaSyntaxException.class, () -> parse(deep));
        assertTrue(error.getMessage().contains("nested"), error.getMessage());
        String deepCalls = "ABS(".repeat(10_000) + "1" + ")".repeat(10_000);
        assertThrows(FormulaSyntaxException.class, () -> parse(deepCalls));
        String deepMinus = "-".repeat(10_000) + "1";
        assertThrows(FormulaSyntaxException.class, () -> parse(deepMinus));
    }

    @Test
    void longFlatChainsParseAndPrint() throws FormulaSyntaxException {
        StringBuilder text = new StringBuilder("A1");
        for (int i = 2; i <= 20_000; i++) {
            text.append("+A").append(i);
        }
        Expr expr = parse(text.toString());
        assertEquals(text.toString(), FormulaPrinter.print(expr, 4, 2, Style.DISPLAY));
    }
}
