package org.aibyhand.engine.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Formula;
import org.aibyhand.engine.book.FormulaKind;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.ref.A1;
import org.aibyhand.engine.value.EmptyValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.TextValue;
import org.aibyhand.engine.value.Value;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.Lessons;
import org.junit.jupiter.api.Test;

/**
 * An edit recomputed by the compiled program (over the dirtied cells, or over everything once most of the workbook
 * is marked) gives the same values and reports the same changed cells as the general way, on the lessons and on
 * seeded random sheets mixing compiled arithmetic with formulas the program leaves to the general way.
 */
class CompiledEditTest {
    /** The three ways an edit can be recomputed, each on its own copy of the workbook. */
    private static final int[][] WAYS = {
        {Integer.MAX_VALUE, 0}, // the general way only
        {1, 0},                 // the program over the dirtied cells, however few
        {1, 1_000_000},         // the whole program as soon as anything is marked
    };
    private static final int SIZE = 12;
    private static final String[] FORMULAS = {
        "%s+%s*%s", "%s-%s/2", "SUM(%r)", "IF(%s>0.5,%s,%s)", "EXP(%s/10)", "MAX(%s,%s)", "SUMPRODUCT(%r,%r)",
        "ROUND(%s,2)", "1/%s", "%s&\"\"", "-%s^2", "SUMSQ(%r)",
    };

    @Test
    void editsOfTheLessonsMatchTheGeneralWay() {
        for (String kind : Lessons.KINDS) {
            LessonOptions options = new LessonOptions(1);
            List<Workbook> books = copies(() -> Lessons.build(kind, options).workbook());
            List<Calculator> calculators = calculators(books);
            List<Cell> constants = numericConstants(books.get(0));
            Random random = new Random(17);
            for (int edit = 0; edit < 40; edit++) {
                Cell cell = constants.get(random.nextInt(constants.size()));
                Value value = new NumberValue(random.nextGaussian());
                assertSameEdit(books, calculators, cell, value, kind + " edit " + edit);
            }
        }
    }

    @Test
    void editsOfRandomSheetsMatchTheGeneralWay() {
        for (long seed = 1; seed <= 60; seed++) {
            long current = seed;
            List<Workbook> books = copies(() -> randomSheet(new Random(current)));
            List<Calculator> calculators = calculators(books);
            Random random = new Random(-seed);
            for (int edit = 0; edit < 30; edit++) {
                Cell cell = books.get(0).sheet("S").cellForWrite(random.nextInt(SIZE), random.nextInt(2));
                assertSameEdit(books, calculators, cell, constant(random), "seed " + seed + " edit " + edit);
                if (random.nextInt(8) == 0) { // a blank cell or a new one makes the program stale: make it again
                    calculators.forEach(Calculator::recalculateAll);
                }
            }
        }
    }

    @Test
    void aLargeEditRunsCompiled() {
        List<Workbook> books = copies(() -> Lessons.build("rnn", new LessonOptions(1).with("steps", 30)).workbook());
        List<Calculator> calculators = calculators(books);
        Cell weight = numericConstants(books.get(0)).get(0);
        int[] evaluations = new int[WAYS.length];
        for (int way = 0; way < WAYS.length; way++) {
            Sheet sheet = books.get(way).sheet(weight.sheet().name());
            evaluations[way] = calculators.get(way).setValue(sheet, weight.row(), weight.column(), new NumberValue(0.25))
                    .evaluations();
        }
        // all three count each recomputed formula once: none had to wait for an input computed out of order
        assertTrue(evaluations[1] > 0 && evaluations[1] <= evaluations[0], evaluations[1] + " vs " + evaluations[0]);
    }

    private static void assertSameEdit(List<Workbook> books, List<Calculator> calculators, Cell at, Value value,
            String where) {
        List<Set<String>> changes = new ArrayList<>();
        for (int way = 0; way < books.size(); way++) {
            Sheet sheet = books.get(way).sheet(at.sheet().name());
            changes.add(names(calculators.get(way).setValue(sheet, at.row(), at.column(), value)));
        }
        String edit = where + " " + at.sheet().name() + "!" + A1.columnName(at.column()) + (at.row() + 1) + " := " + value;
        for (int way = 1; way < books.size(); way++) {
            assertEquals(changes.get(0), changes.get(way), edit + ": changed cells, way " + way);
            assertSameValues(books.get(0), books.get(way), edit + ", way " + way);
        }
    }

    private static List<Workbook> copies(Supplier<Workbook> make) {
        List<Workbook> books = new ArrayList<>();
        for (int way = 0; way < WAYS.length; way++) {
            books.add(make.get());
        }
        return books;
    }

    private static List<Calculator> calculators(List<Workbook> books) {
        List<Calculator> calculators = new ArrayList<>();
        for (int way = 0; way < books.size(); way++) {
            Calculator calculator = new Calculator(books.get(way));
            calculator.tuneCompiledEdits(WAYS[way][0], WAYS[way][1]);
            calculator.recalculateAll(); // makes the program an edit runs
            calculators.add(calculator);
        }
        return calculators;
    }

    private static Set<String> names(ChangeSet changes) {
        Set<String> names = new TreeSet<>();
        for (Cell cell : changes.changedCells()) {
            names.add(cell.sheet().name() + "!" + A1.columnName(cell.column()) + (cell.row() + 1));
        }
        return names;
    }

    private static void assertSameValues(Workbook expected, Workbook actual, String where) {
        for (Sheet sheet : expected.sheets()) {
            Sheet other = actual.sheet(sheet.name());
            for (Cell cell : sheet) {
                Cell twin = other.cell(cell.row(), cell.column());
                Value value = twin == null ? EmptyValue.INSTANCE : twin.value();
                assertEquals(cell.value(), value, where + ": " + sheet.name() + "!" + A1.columnName(cell.column()) + (cell.row() + 1));
            }
        }
    }

    /** The cells holding a number typed in: the givens an edit changes. */
    private static List<Cell> numericConstants(Workbook book) {
        List<Cell> givens = new ArrayList<>();
        book.sheets().forEach(sheet -> sheet.forEach(cell -> {
            boolean typed = !cell.hasFormula() && cell.spillAnchor() == null;
            if (typed && cell.value() instanceof NumberValue) {
                givens.add(cell);
            }
        }));
        return givens;
    }

    /** Constants in columns A and B, formulas after them reading cells above or to the left (so no cycles). */
    private static Workbook randomSheet(Random random) {
        Workbook book = new Workbook();
        Sheet sheet = book.addSheet("S");
        for (int row = 0; row < SIZE; row++) {
            for (int column = 0; column < 2; column++) {
                sheet.cellForWrite(row, column).setValue(new NumberValue(random.nextInt(5) - 1));
            }
            for (int column = 2; column < SIZE; column++) {
                String text = formula(random, row, column);
                sheet.cellForWrite(row, column).setFormula(Formula.parse(text, row, column, FormulaKind.PLAIN));
            }
        }
        return book;
    }

    private static String formula(Random random, int row, int column) {
        String template = FORMULAS[random.nextInt(FORMULAS.length)];
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '%' && template.charAt(i + 1) == 's') {
                text.append(earlier(random, row, column));
                i++;
            } else if (c == '%' && template.charAt(i + 1) == 'r') {
                int left = random.nextInt(column - 1); // a 1x2 range strictly left of the cell
                text.append(A1.columnName(left)).append(row + 1).append(':').append(A1.columnName(left + 1)).append(row + 1);
                i++;
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    /** A cell to the left on the same row, or anywhere on a row above. */
    private static String earlier(Random random, int row, int column) {
        int r = row > 0 && random.nextBoolean() ? random.nextInt(row) : row;
        int c = r == row ? random.nextInt(column) : random.nextInt(SIZE);
        return A1.columnName(c) + (r + 1);
    }

    private static Value constant(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> new TextValue("t");
            case 1 -> EmptyValue.INSTANCE;
            default -> new NumberValue(random.nextInt(7) - 2 + random.nextInt(4) / 4.0);
        };
    }
}
