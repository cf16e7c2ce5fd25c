package org.aibyhand.engine.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import java.util.Random;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Formula;
import org.aibyhand.engine.book.FormulaKind;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.ref.A1;
import org.aibyhand.engine.value.BooleanValue;
import org.aibyhand.engine.value.EmptyValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.TextValue;
import org.aibyhand.engine.value.Value;
import org.junit.jupiter.api.Test;

/**
 * Seeded random edit sequences: after every edit, the incrementally recalculated workbook must equal one
 * rebuilt from scratch (its formulas and last spill extents, as a saved file holds them) and fully
 * recalculated. Formulas mix operators, ranges, spills, conditionals and functions, and may form cycles; a second
 * sequence mixes references decided at run time into sheets without cycles.
 */
class IncrementalEqualsRebuildTest {
    private static final int SIZE = 7;
    private static final String[] FUNCTIONS = {
        "IF(%s>2,%s,%s)", "IFERROR(1/%s,%s)", "SUM(%r)", "MMULT(%r,%r)", "INDEX(%r,1,1)", "MAX(%s,%s)",
        "TRANSPOSE(%r)", "%r*%s", "{1,2;3,4}+%s", "ABS(%s)-%s", "(%s&\"x\")", "%s=%s", "ROUND(%s/3,2)",
    };

    @Test
    void randomEditsMatchAFullRebuild() {
        long seeds = Long.getLong("random.edit.seeds", 200L);
        long first = Long.getLong("random.edit.first", 1L);
        for (long seed = first; seed < first + seeds; seed++) {
            long current = seed;
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> runSequence(current, 60), () -> "seed " + current + " hangs");
        }
    }

    private void runSequence(long seed, int edits) {
        Random random = new Random(seed);
        Workbook book = new Workbook();
        Sheet sheet = book.addSheet("S");
        book.addSheet("T").cellForWrite(0, 0).setValue(new NumberValue(7));
        Calculator calculator = new Calculator(book);
        calculator.recalculateAll();
        for (int step = 0; step < edits; step++) {
            int row = random.nextInt(SIZE);
            int column = random.nextInt(SIZE);
            String edit;
            if (random.nextInt(3) == 0) {
                Value constant = constant(random);
                edit = constant.toString();
                calculator.setValue(sheet, row, column, constant);
            } else {
                String text = expression(random, 2);
                // spills are at most 2x2 and start only on rows and columns 1, 4 and 7, so two spills never
                // compete for a cell: which of two overlapping spills wins depends on calculation order
                boolean spillAnchor = row % 3 == 0 && column % 3 == 0;
                FormulaKind kind = spillAnchor && random.nextInt(2) == 0 ? FormulaKind.DYNAMIC_ARRAY : FormulaKind.PLAIN;
                edit = text + " " + kind;
                calculator.setFormula(sheet, row, column, Formula.parse(text, row, column, kind));
            }
            String where = "seed " + seed + " step " + step + " " + A1.columnName(column) + (row + 1) + " := " + edit;
            assertSameValues(book, rebuild(book), where);
        }
    }

    @Test
    void randomEditsWithRunTimeReferencesMatchAFullRebuild() {
        for (long seed = 1; seed <= Long.getLong("random.edit.seeds", 200L); seed++) {
            Random random = new Random(seed);
            Workbook book = new Workbook();
            Sheet sheet = book.addSheet("S");
            book.addSheet("T");
            Calculator calculator = new Calculator(book);
            for (int step = 0; step < 80; step++) {
                int row = random.nextInt(SIZE);
                int column = random.nextInt(SIZE);
                String edit;
                if (row == 0 || random.nextInt(3) == 0) {
                    Value constant = constant(random);
                    edit = constant.toString();
                    calculator.setValue(sheet, row, column, constant);
                } else {
                    edit = aboveOnly(random, row);
                    calculator.setFormula(sheet, row, column, Formula.parse(edit, row, column, FormulaKind.PLAIN));
                }
                assertSameValues(book, rebuild(book), "seed " + seed + " step " + step + " "
                        + A1.columnName(column) + (row + 1) + " := " + edit);
            }
        }
    }

    /**
     * A formula reading only rows above {@code row} (so the sheet has no cycle), through a range it decides when
     * it runs: from A1, or from a cell of a block above, to a cell of a block picked by a computed index.
     */
    private static String aboveOnly(Random random, int row) {
        String block = block(random, row);
        String index = "1+MOD(IFERROR(ABS(" + cellAbove(random, row) + "),0),2)";
        String range = random.nextBoolean() ? "A1:INDEX(" + block + "," + index + ",1)"
                : "INDEX(" + block + ",1," + index + "):" + cellAbove(random, row);
        String[] forms = {"SUM(%s)", "MAX(%s)+" + cellAbove(random, row), "SUMPRODUCT(%s,%s)", "COUNT(%s)*2"};
        return forms[random.nextInt(forms.length)].replace("%s", range);
    }

    private static String cellAbove(Random random, int row) {
        return A1.columnName(random.nextInt(SIZE)) + (1 + random.nextInt(row));
    }

    /** A block of up to 2x2 cells in the rows above {@code row}. */
    private static String block(Random random, int row) {
        int top = random.nextInt(row);
        int bottom = Math.min(row - 1, top + random.nextInt(2));
        int left = random.nextInt(SIZE - 1);
        return A1.columnName(left) + (top + 1) + ":" + A1.columnName(left + 1) + (bottom + 1);
    }

    private static Value constant(Random random) {
        switch (random.nextInt(6)) {
            case 0: return EmptyValue.INSTANCE;
            case 1: return new TextValue("a");
            case 2: return BooleanValue.of(random.nextBoolean());
            default: return new NumberValue(random.nextInt(9) - 3);
        }
    }

    private static String expression(Random random, int depth) {
        int choice = random.nextInt(depth == 0 ? 3 : 6);
        switch (choice) {
            case 0: return cell(random);
            case 1: return Integer.toString(random.nextInt(5));
            case 2: return random.nextInt(4) == 0 ? "T!A1" : cell(random) + (random.nextInt(5) == 0 ? "#" : "");
            case 3: return expression(random, depth - 1) + "+-*/^&"
                    .charAt(random.nextInt(6)) + expression(random, depth - 1);
            default:
                String template = FUNCTIONS[random.nextInt(FUNCTIONS.length)];
                StringBuilder out = new StringBuilder();
                for (int i = 0; i < template.length(); i++) {
                    char c = template.charAt(i);
                    if (c == '%' && template.charAt(i + 1) == 's') {
                        out.append(expression(random, depth - 1));
                        i++;
                    } else if (c == '%' && template.charAt(i + 1) == 'c') {
                        out.append(cell(random));
                        i++;
                    } else if (c == '%' && template.charAt(i + 1) == 'r') {
                        out.append(range(random));
                        i++;
                    } else {
                        out.append(c);
                    }
                }
                return out.toString();
        }
    }

    private static String cell(Random random) {
        return A1.columnName(random.nextInt(SIZE)) + (1 + random.nextInt(SIZE));
    }

    private static String range(Random random) {
        int r = random.nextInt(SIZE - 1);
        int c = random.nextInt(SIZE - 1);
        return A1.columnName(c) + (r + 1) + ":" + A1.columnName(c + random.nextInt(2)) + (r + 1 + random.nextInt(2));
    }

    private static Workbook rebuild(Workbook original) {
        Workbook copy = new Workbook();
        for (Sheet sheet : original.sheets()) {
            Sheet target = copy.addSheet(sheet.name());
            for (Cell cell : sheet) {
                if (cell.hasFormula()) {
                    // as a saved file would: the formula and the extent it last spilled to
                    Cell copied = target.cellForWrite(cell.row(), cell.column());
                    copied.setFormula(cell.formula());
                    copied.setSpillArea(cell.spillArea());
                } else if (!cell.isBlankContent()) {
                    target.cellForWrite(cell.row(), cell.column()).setValue(cell.value());
                }
            }
        }
        new Calculator(copy).recalculateAll();
        return copy;
    }

    /** Every cell of the first sheet with its formula, spill and value, to read a failure. */
    private static String dump(Workbook book) {
        StringBuilder out = new StringBuilder();
        for (Cell cell : book.sheet(0)) {
            out.append(cell.address()).append(' ')
                    .append(cell.hasFormula() ? cell.formula().sourceText() + " " + cell.formula().kind() + " spill=" + cell.spillArea() : "")
                    .append(cell.spillAnchor() != null ? " member of " + cell.spillAnchor().address() : "")
                    .append(" = ").append(cell.value()).append('\n');
        }
        return out.toString();
    }

    private static void assertSameValues(Workbook incremental, Workbook rebuilt, String where) {
        for (int s = 0; s < incremental.sheets().size(); s++) {
            Sheet a = incremental.sheet(s);
            Sheet b = rebuilt.sheet(s);
            for (int row = 0; row < SIZE + 3; row++) {
                for (int column = 0; column < SIZE + 3; column++) {
                    String at = a.name() + "!" + A1.columnName(column) + (row + 1);
                    assertEquals(b.value(row, column), a.value(row, column), () -> at + " after " + where + "\nincremental:\n"
                            + dump(incremental) + "rebuilt:\n" + dump(rebuilt));
                }
            }
        }
    }
}
