package org.aibyhand.engine.formula;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Locale;
import java.util.Random;
import org.aibyhand.engine.book.Formula;
import org.aibyhand.engine.book.FormulaKind;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.formula.FormulaPrinter.Style;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.value.NumberValue;
import org.junit.jupiter.api.Test;

/**
 * 100,000 random and mutated formula texts: the parser either reads one or says why, never throws anything
 * else and never hangs; what it reads prints back to text that reads and prints the same, and evaluates to a
 * value without an exception.
 */
class ParserFuzzTest {
    private static final String[] SEEDS = {
        "MMULT($J5:$K5,M$11:M$12)", "EXP(P34)/SUM(EXP(P$34:P$36))", "IF(J15>0,H20,0)", "-2^2+3%*A1&\"x\"",
        "_xlfn.LET(_xlpm.x,A1:B2,_xlpm.x*2)", "'My Sheet'!A1:B3", "{1,2;3,4}*2", "SUM((A1,B2))", "A1#",
        "_xlfn.ANCHORARRAY(C3)+1", "IFERROR(1/0,\"none\")", "INDEX(A1:C3,2,2)", "A1:INDEX(B1:B9,3)",
        "ROUND(LOG(1+EXP(A1)),3)", "AND(A1>0,B1<=2,NOT(C1))", "CONCATENATE(\"a\",1,TRUE)", "#REF!+1",
    };
    private static final String ALPHABET = "AB1$:!'\"(),;{}+-*/^&=<>%#@ .E_xlfn.SUM12IF";

    @Test
    void parserNeverThrowsAnythingElseAndNeverHangs() {
        Workbook book = new Workbook();
        Sheet sheet = book.addSheet("Sheet1");
        book.addSheet("My Sheet");
        sheet.cellForWrite(0, 0).setValue(new NumberValue(2));
        Calculator calculator = new Calculator(book);
        Random random = new Random(Long.getLong("fuzz.seed", 20261122L));
        int[] parsed = new int[1];
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (int i = 0; i < 100_000; i++) {
                String text = i % 2 == 0 ? mutate(SEEDS[random.nextInt(SEEDS.length)], random) : noise(random);
                Expr expr;
                try {
                    expr = FormulaParser.parse(text, 5, 5);
                } catch (FormulaSyntaxException expected) {
                    continue;
                }
                parsed[0]++;
                // printing is stable: what it writes reads back and prints the same (a prefixed name such as
                // _xlfn.AN:ORA may honestly read back as the columns AN:ORA, as Excel would read it)
                String printed = FormulaPrinter.print(expr, 5, 5, Style.STORAGE);
                // (names and references are case-insensitive, so f:x may come back as the columns F:X)
                String again = FormulaPrinter.print(reparse(printed), 5, 5, Style.STORAGE);
                assertEquals(printed.toUpperCase(Locale.ROOT), again.toUpperCase(Locale.ROOT), () -> text + " printed as " + printed);
                calculator.setFormula(sheet, 5, 5, Formula.of(expr, i % 3 == 0 ? FormulaKind.DYNAMIC_ARRAY : FormulaKind.PLAIN));
            }
        });
        assertTrue(parsed[0] > 10_000, "too few texts parsed to exercise the evaluator: " + parsed[0]);
    }

    private static Expr reparse(String printed) {
        try {
            return FormulaParser.parse(printed, 5, 5);
        } catch (FormulaSyntaxException e) {
            throw new AssertionError("printed text does not parse: " + printed + ": " + e.getMessage(), e);
        }
    }

    private static String mutate(String seed, Random random) {
        StringBuilder text = new StringBuilder(seed);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && text.length() > 0; e++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(3)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                default -> text.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return random.nextInt(10) == 0 ? text.toString() : text.toString().replace("Z", "");
    }

    private static String noise(Random random) {
        int length = 1 + random.nextInt(30);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(random.nextInt(20) == 0 ? (char) random.nextInt(0x3000) : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }
}
