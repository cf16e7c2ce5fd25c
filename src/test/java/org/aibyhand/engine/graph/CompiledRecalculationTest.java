package org.aibyhand.engine.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.aibyhand.engine.TestBooks;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Formula;
import org.aibyhand.engine.book.FormulaKind;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.ref.A1;
import org.aibyhand.engine.value.ErrorType;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.TextValue;
import org.aibyhand.engine.value.Value;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.Lessons;
import org.junit.jupiter.api.Test;

/**
 * A full recalculation runs the arithmetic formulas as a compiled program over the workbook's dense numbers and
 * leaves the rest, and any compiled formula whose inputs are not plain numbers, to the general evaluation. These
 * tests hold the results to an independent model of Excel's arithmetic, check that the lessons' formulas really
 * run compiled, and that cells read out of order, spills and edits between recalculations still come out right.
 */
class CompiledRecalculationTest {
    private static final String[] FUNCTIONS = {"EXP", "LN", "SQRT", "ABS"};
    private static final String[] OPERATORS = {"+", "-", "*", "/", "^"};
    private static final String[] COMPARISONS = {"<", "<=", ">", ">=", "=", "<>"};
    private static final int COLUMNS = 8;
    private static final int FORMULA_ROWS = 12;

    @Test
    void randomArithmeticMatchesAnIndependentModelOfExcel() {
        for (long seed = 1; seed <= 200; seed++) {
            Random random = new Random(seed);
            Workbook book = new Workbook();
            Sheet sheet = book.addSheet("S");
            Object[][] model = new Object[FORMULA_ROWS + 1][COLUMNS];
            Object[][] inRanges = new Object[FORMULA_ROWS + 1][];
            inRanges[0] = new Object[COLUMNS];
            for (int c = 0; c < COLUMNS; c++) {
                model[0][c] = putConstant(sheet, c, random);
                Value constant = sheet.value(0, c); // text and blanks are skipped in ranges
                inRanges[0][c] = constant instanceof NumberValue || constant instanceof ErrorValue ? model[0][c] : null;
            }
            List<String> formulas = new ArrayList<>();
            for (int r = 1; r <= FORMULA_ROWS; r++) {
                inRanges[r] = model[r]; // formulas give numbers or errors, which ranges see as they are
                for (int c = 0; c < COLUMNS; c++) {
                    StringBuilder text = new StringBuilder();
                    model[r][c] = expression(random, r, 3, true, new Model(model, inRanges), text);
                    sheet.cellForWrite(r, c).setFormula(Formula.parse("=" + text, r, c, FormulaKind.PLAIN));
                    formulas.add(A1.columnName(c) + (r + 1) + " =" + text);
                }
            }
            Calculator calculator = new Calculator(book);
            calculator.recalculateAll();
            assertMatches(sheet, model, seed, formulas);
            calculator.recalculateAll(); // the kept program, on values it computed itself
            assertMatches(sheet, model, seed, formulas);
        }
    }

    @Test
    void theLessonsFormulasRunCompiled() {
        for (String kind : List.of("mlp", "rnn", "mamba")) {
            Workbook book = Lessons.build(kind, new LessonOptions(1)).workbook();
            Calculator calculator = new Calculator(book);
            calculator.recalculateAll();
            int formulas = 0;
            for (Sheet sheet : book.sheets()) {
                for (Cell cell : sheet) {
                    formulas += cell.hasFormula() ? 1 : 0;
                }
            }
            int compiled = calculator.compiledCells();
            // the only formulas left to the general way read whole ranges (losses and summed gradients)
            assertTrue(compiled >= formulas * 0.9, kind + ": " + compiled + " of " + formulas + " formulas compiled");
        }
    }

    @Test
    void aLogicalInAComparisonComparesAsALogicalNotAsItsNumber() {
        // Excel orders every logical after every number: (4=4)>2 is TRUE>2, which is TRUE
        TestBooks b = TestBooks.create().put("A1", "=IF(4=4>2,1,2)").put("A2", "=IF((1<2)<5,1,2)").put("A3", "=(1<2)*5+(3>4)");
        b.calculate();
        assertEquals(new NumberValue(1), b.value("A1"));
        assertEquals(new NumberValue(2), b.value("A2"));
        assertEquals(new NumberValue(5), b.value("A3"), "in arithmetic TRUE is 1");
    }

    @Test
    void longChainsComputeWhetherOrNotTheyAreCompiled() {
        String shortChain = "=" + "A1*A2+".repeat(99) + "A1*A2"; // 100 terms: compiled
        String longChain = "=" + "A1*A2+".repeat(2999) + "A1*A2"; // 3,000: nested too deep, left to the general way
        TestBooks b = TestBooks.create().put("A1", "0.1").put("A2", "3").put("B1", shortChain).put("B2", longChain);
        Calculator calculator = b.calculate();
        assertEquals(new NumberValue(leftToRightSum(0.1 * 3, 100)), b.value("B1"));
        assertEquals(new NumberValue(leftToRightSum(0.1 * 3, 3000)), b.value("B2"));
        assertEquals(1, calculator.compiledCells());
    }

    private static double leftToRightSum(double term, int terms) {
        double total = term;
        for (int i = 1; i < terms; i++) {
            total += term;
        }
        return total;
    }

    @Test
    void aSpillWhoseAnchorReadsCompiledCellsLaterInReadingOrderIsRightTheFirstTime() {
        // the spilled cell B2 has no precedent of its own, so it may be listed before the chain its anchor reads
        TestBooks b = TestBooks.create().put("A1", "5").put("D6", "=A1*2").put("C5", "=D6+1")
                .putDynamic("B1", "=SEQUENCE(2)*C5").put("E1", "=B2/2");
        b.calculate();
        assertEquals(new NumberValue(11), b.value("B1"));
        assertEquals(new NumberValue(22), b.value("B2"));
        assertEquals(new NumberValue(11), b.value("E1"));
    }

    @Test
    void editsBetweenFullRecalculationsMoveCellsBetweenCompiledAndGeneral() {
        TestBooks b = TestBooks.create().put("A1", "2").put("B1", "=A1*3").put("C1", "=B1^2-1");
        Calculator calculator = b.calculate();
        assertEquals(new NumberValue(35), b.value("C1"));
        Sheet sheet = b.sheet();
        calculator.setValue(sheet, 0, 0, new TextValue("x"));
        calculator.recalculateAll();
        assertEquals(ErrorValue.VALUE, b.value("B1"));
        assertEquals(ErrorValue.VALUE, b.value("C1"));
        calculator.setValue(sheet, 0, 0, new TextValue("4")); // numeric text counts as its number
        calculator.recalculateAll();
        assertEquals(new NumberValue(143), b.value("C1"));
        calculator.setValue(sheet, 0, 0, new NumberValue(1));
        ChangeSet changes = calculator.recalculateAll();
        assertEquals(new NumberValue(8), b.value("C1"));
        assertEquals(0, changes.changedCells().size(), "the edit already recomputed both: nothing changes again");
    }

    @Test
    void aFullRecalculationReportsWhatChangedAndEveryEvaluation() {
        TestBooks b = TestBooks.create().put("A1", "2").put("B1", "=A1*3").put("B2", "=-B1*0").put("B3", "=SUM(B1:B2)");
        Calculator calculator = new Calculator(b.book());
        ChangeSet first = calculator.recalculateAll();
        assertEquals(3, first.evaluations());
        assertEquals(3, first.changedCells().size());
        assertEquals(new NumberValue(0.0), b.value("B2"), "-0 shows as 0");
        ChangeSet again = calculator.recalculateAll();
        assertEquals(3, again.evaluations());
        assertEquals(0, again.changedCells().size());
    }

    private static void assertMatches(Sheet sheet, Object[][] model, long seed, List<String> formulas) {
        for (int r = 1; r <= FORMULA_ROWS; r++) {
            for (int c = 0; c < COLUMNS; c++) {
                Object expected = model[r][c];
                Value want = expected instanceof ErrorType error ? ErrorValue.of(error) : new NumberValue((Double) expected);
                int row = r;
                int column = c;
                assertEquals(want, sheet.value(r, c), () -> "seed " + seed + ", " + A1.columnName(column) + (row + 1)
                        + "; formulas " + formulas);
            }
        }
    }

    /** Puts a random constant in row 1 and returns what arithmetic reads from it: a Double or an ErrorType. */
    private static Object putConstant(Sheet sheet, int column, Random random) {
        switch (random.nextInt(10)) {
            case 0:
                return 0.0; // no cell at all: a blank reads as 0
            case 1:
                sheet.cellForWrite(0, column).setValue(new TextValue("7"));
                return 7.0;
            case 2:
                sheet.cellForWrite(0, column).setValue(new TextValue("x"));
                return ErrorType.VALUE;
            case 3:
                sheet.cellForWrite(0, column).setValue(ErrorValue.NA);
                return ErrorType.NA;
            case 4:
                sheet.cellForWrite(0, column).setValue(new NumberValue(1e300));
                return 1e300;
            case 5:
                sheet.cellForWrite(0, column).setValue(new NumberValue(0));
                return 0.0;
            default: {
                double number = Math.round((random.nextDouble() * 6 - 3) * 100) / 100.0;
                sheet.cellForWrite(0, column).setValue(new NumberValue(number));
                return number;
            }
        }
    }

    /** What a formula reading a cell sees: as an operand ({@code cells}) and inside a range ({@code inRanges}). */
    private record Model(Object[][] cells, Object[][] inRanges) {
    }

    /**
     * Writes a random formula over rows above {@code row} into {@code text}; returns its value in the model.
     * {@code calculation} rules out a bare reference: a formula that is only one shows the text it reads rather
     * than a number, and IF and MAX read references differently from arithmetic (text is not a number there).
     */
    private static Object expression(Random random, int row, int depth, boolean calculation, Model model, StringBuilder text) {
        if (calculation && depth == 0) {
            text.append("0+"); // a reference in arithmetic
            return operator("+", 0.0, expression(random, row, 0, false, model, text));
        }
        int choice = depth == 0 ? random.nextInt(2) : (calculation ? 1 : 0) + random.nextInt(calculation ? 8 : 9);
        switch (choice) {
            case 0: {
                int r = random.nextInt(row);
                int c = random.nextInt(COLUMNS);
                text.append(A1.columnName(c)).append(r + 1);
                return model.cells()[r][c];
            }
            case 1: {
                double number = random.nextInt(5) - 1 + random.nextInt(4) * 0.25;
                text.append(number);
                return number;
            }
            case 2: {
                String function = FUNCTIONS[random.nextInt(FUNCTIONS.length)];
                text.append(function).append('(');
                Object x = expression(random, row, depth - 1, false, model, text);
                text.append(')');
                return function(function, x);
            }
            case 3: {
                text.append("-(");
                Object x = expression(random, row, depth - 1, false, model, text);
                text.append(')');
                return x instanceof Double d ? finite(-d) : x;
            }
            case 4: {
                // IF and MAX read references differently from arithmetic (text is not a number there): their
                // operands here are calculations or numbers
                String comparison = COMPARISONS[random.nextInt(COMPARISONS.length)];
                text.append("IF(");
                Object x = expression(random, row, depth - 1, true, model, text);
                text.append(comparison);
                Object y = expression(random, row, depth - 1, true, model, text);
                text.append(',');
                StringBuilder trueText = new StringBuilder();
                Object chosenTrue = expression(random, row, depth - 1, true, model, trueText);
                text.append(trueText).append(',');
                StringBuilder falseText = new StringBuilder();
                Object chosenFalse = expression(random, row, depth - 1, true, model, falseText);
                text.append(falseText).append(')');
                Object test = compare(comparison, x, y);
                return test instanceof ErrorType ? test : (Boolean) test ? chosenTrue : chosenFalse;
            }
            case 5: {
                boolean max = random.nextBoolean();
                text.append(max ? "MAX(" : "MIN(");
                Object x = expression(random, row, depth - 1, true, model, text);
                text.append(',');
                Object y = expression(random, row, depth - 1, true, model, text);
                text.append(')');
                return x instanceof ErrorType ? x : y instanceof ErrorType ? y
                        : max ? Math.max((Double) x, (Double) y) : Math.min((Double) x, (Double) y);
            }
            case 6:
                return rangeFunction(random, row, model, text);
            default: {
                String operator = OPERATORS[random.nextInt(OPERATORS.length)];
                text.append('(');
                Object x = expression(random, row, depth - 1, false, model, text);
                text.append(operator);
                if (operator.equals("+") && random.nextBoolean()) { // a term of a dot product: x+A1*B2
                    Object a = expression(random, row, 0, false, model, text);
                    text.append('*');
                    Object b = expression(random, row, 0, false, model, text);
                    text.append(')');
                    return operator("+", x, operator("*", a, b));
                }
                Object y = expression(random, row, depth - 1, false, model, text);
                text.append(')');
                return operator(operator, x, y);
            }
        }
    }

    /** SUM, SUMSQ or SUMPRODUCT over rectangles of the rows above. */
    private static Object rangeFunction(Random random, int row, Model model, StringBuilder text) {
        int rows = 1 + random.nextInt(Math.min(row, 2));
        int columns = 1 + random.nextInt(3);
        int top = random.nextInt(row - rows + 1);
        int left = random.nextInt(COLUMNS - columns + 1);
        int function = random.nextInt(3);
        text.append(function == 0 ? "SUM(" : function == 1 ? "SUMSQ(" : "SUMPRODUCT(").append(area(top, left, rows, columns));
        List<Object> first = cells(model, top, left, rows, columns);
        if (function < 2) {
            text.append(')');
            double total = 0;
            for (Object cell : first) {
                if (cell instanceof ErrorType) {
                    return cell;
                }
                double x = cell == null ? 0 : (Double) cell; // text and blanks are skipped
                total += function == 1 ? x * x : x;
            }
            return finite(total);
        }
        int otherTop = random.nextInt(row - rows + 1);
        int otherLeft = random.nextInt(COLUMNS - columns + 1);
        text.append(',').append(area(otherTop, otherLeft, rows, columns)).append(')');
        List<Object> second = cells(model, otherTop, otherLeft, rows, columns);
        for (List<Object> range : List.of(first, second)) {
            for (Object cell : range) {
                if (cell instanceof ErrorType) {
                    return cell;
                }
            }
        }
        double total = 0;
        for (int k = 0; k < first.size(); k++) {
            total += (first.get(k) == null ? 0 : (Double) first.get(k)) * (second.get(k) == null ? 0 : (Double) second.get(k));
        }
        return finite(total);
    }

    private static String area(int top, int left, int rows, int columns) {
        return A1.columnName(left) + (top + 1) + ":" + A1.columnName(left + columns - 1) + (top + rows);
    }

    private static List<Object> cells(Model model, int top, int left, int rows, int columns) {
        List<Object> cells = new ArrayList<>();
        for (int r = top; r < top + rows; r++) {
            for (int c = left; c < left + columns; c++) {
                cells.add(model.inRanges()[r][c]);
            }
        }
        return cells;
    }

    /** A comparison of two numbers as Excel makes it (equal to 15 significant digits), or the first error. */
    private static Object compare(String comparison, Object x, Object y) {
        if (x instanceof ErrorType) {
            return x;
        }
        if (y instanceof ErrorType) {
            return y;
        }
        double a = (Double) x;
        double b = (Double) y;
        int order = Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * 1e-15 ? 0 : Double.compare(a, b);
        switch (comparison) {
            case "<": return order < 0;
            case "<=": return order <= 0;
            case ">": return order > 0;
            case ">=": return order >= 0;
            case "=": return order == 0;
            default: return order != 0;
        }
    }

    private static Object operator(String operator, Object x, Object y) {
        if (x instanceof ErrorType) {
            return x; // the left operand's error wins
        }
        if (y instanceof ErrorType) {
            return y;
        }
        double a = (Double) x;
        double b = (Double) y;
        switch (operator) {
            case "+": return finite(a + b);
            case "-": return finite(a - b);
            case "*": return finite(a * b);
            case "/": return b == 0 ? ErrorType.DIV0 : finite(a / b);
            default:
                if (a == 0 && b == 0 || a < 0 && b != Math.rint(b)) {
                    return ErrorType.NUM;
                }
                return a == 0 && b < 0 ? ErrorType.DIV0 : finite(Math.pow(a, b));
        }
    }

    private static Object function(String name, Object x) {
        if (x instanceof ErrorType) {
            return x;
        }
        double a = (Double) x;
        switch (name) {
            case "EXP": return finite(Math.exp(a));
            case "LN": return a > 0 ? finite(Math.log(a)) : ErrorType.NUM;
            case "SQRT": return a >= 0 ? finite(Math.sqrt(a)) : ErrorType.NUM;
            default: return Math.abs(a);
        }
    }

    /** Excel has no infinities: an overflow is #NUM!; and -0 shows as 0. */
    private static Object finite(double value) {
        return Double.isInfinite(value) || Double.isNaN(value) ? ErrorType.NUM : value == 0 ? 0.0 : value;
    }
}
