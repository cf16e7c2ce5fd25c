package org.aibyhand.engine.eval;

import static org.aibyhand.engine.eval.NumericProgram.ADD;
import static org.aibyhand.engine.eval.NumericProgram.ADD_CONSTANT;
import static org.aibyhand.engine.eval.NumericProgram.ADD_LOAD;
import static org.aibyhand.engine.eval.NumericProgram.ADD_PRODUCT;
import static org.aibyhand.engine.eval.NumericProgram.COMPARE;
import static org.aibyhand.engine.eval.NumericProgram.CONSTANT;
import static org.aibyhand.engine.eval.NumericProgram.DIVIDE;
import static org.aibyhand.engine.eval.NumericProgram.FUNCTION;
import static org.aibyhand.engine.eval.NumericProgram.GENERAL;
import static org.aibyhand.engine.eval.NumericProgram.LOAD;
import static org.aibyhand.engine.eval.NumericProgram.MAXIMUM;
import static org.aibyhand.engine.eval.NumericProgram.MAX_OPERAND;
import static org.aibyhand.engine.eval.NumericProgram.MINIMUM;
import static org.aibyhand.engine.eval.NumericProgram.MULTIPLY;
import static org.aibyhand.engine.eval.NumericProgram.NEGATE;
import static org.aibyhand.engine.eval.NumericProgram.OPCODE_BITS;
import static org.aibyhand.engine.eval.NumericProgram.POWER;
import static org.aibyhand.engine.eval.NumericProgram.PRODUCT;
import static org.aibyhand.engine.eval.NumericProgram.RANGE_SUM;
import static org.aibyhand.engine.eval.NumericProgram.RANGE_SUM_OF_PRODUCTS;
import static org.aibyhand.engine.eval.NumericProgram.RANGE_SUM_OF_SQUARES;
import static org.aibyhand.engine.eval.NumericProgram.SELECT;
import static org.aibyhand.engine.eval.NumericProgram.STORE;
import static org.aibyhand.engine.eval.NumericProgram.SUBTRACT;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.FormulaKind;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.formula.AreaShape;
import org.aibyhand.engine.formula.BinaryOperator;
import org.aibyhand.engine.formula.Expr;
import org.aibyhand.engine.function.FunctionRegistry;
import org.aibyhand.engine.value.ReferenceValue;

/**
 * Turns formula trees into {@link NumericProgram} instructions, one cell at a time; a formula with anything the
 * program does not compute becomes a single GENERAL instruction instead.
 */
final class NumericCompiler {
    /** Formulas needing a deeper stack are left to the general way. */
    private static final int MAX_DEPTH = 24;
    /**
     * Formulas nested deeper are left to the general way, which folds long chains such as A1+A2+...+A5000 in a
     * loop: compiling them would recurse once per link.
     */
    private static final int MAX_NESTING = 256;
    /** Larger ranges are left to the general way, which reports ranges too large to read. */
    private static final long MAX_RANGE_CELLS = 1 << 20;

    private final Workbook book;
    private final FunctionRegistry registry;
    private final References references;
    private int[] code = new int[1024];
    private int size;
    private double[] constants = new double[16];
    private int constantCount;
    private int[] ranges = new int[16];
    private int rangeSize;
    private final Map<DoubleUnaryOperator, Integer> functionIndex = new IdentityHashMap<>();
    private int deepest;
    private int nesting;
    private int[] generals = new int[16];
    private int generalCount;
    private Sheet host;
    private int hostRow;
    private int hostColumn;

    NumericCompiler(Workbook book, FunctionRegistry registry) {
        this.book = book;
        this.registry = registry;
        this.references = new References(book);
    }

    NumericProgram compile(Cell[] order) {
        if (order.length > MAX_OPERAND) {
            throw new IllegalArgumentException("too many cells to compile: " + order.length);
        }
        for (int i = 0; i < order.length; i++) {
            cell(order[i], i);
        }
        DoubleUnaryOperator[] functions = new DoubleUnaryOperator[functionIndex.size()];
        functionIndex.forEach((function, index) -> functions[index] = function);
        return new NumericProgram(book.numbers(), order.clone(), Arrays.copyOf(code, size),
                Arrays.copyOf(constants, constantCount), functions, Arrays.copyOf(ranges, rangeSize), deepest + 1,
                Arrays.copyOf(generals, generalCount));
    }

    private void cell(Cell cell, int index) {
        if (!cell.hasFormula()) {
            return; // a spilled cell: its anchor, ordered before whatever reads it, sets its value
        }
        int codeBefore = size;
        int constantsBefore = constantCount;
        int rangesBefore = rangeSize;
        if (compilable(cell)) {
            host = cell.sheet();
            hostRow = cell.row();
            hostColumn = cell.column();
            Expr expr = cell.formula().expr();
            if (!logical(expr) && expression(expr, 0)) {
                emit(STORE, index);
                return;
            }
        }
        size = codeBefore; // undo a partly compiled formula
        constantCount = constantsBefore;
        rangeSize = rangesBefore;
        emit(GENERAL, index);
        if (generalCount == generals.length) {
            generals = Arrays.copyOf(generals, generalCount * 2);
        }
        generals[generalCount++] = index;
    }

    private static boolean compilable(Cell cell) {
        return cell.formula().isParsed() && cell.formula().kind() == FormulaKind.PLAIN && cell.spillArea() == null
                && cell.spillAnchor() == null;
    }

    /**
     * True if {@code expr} gives TRUE or FALSE rather than a number: a comparison, or an IF that may choose one.
     * Inside arithmetic those count as 1 and 0, as the program computes them, but a cell would show them as logicals.
     */
    private static boolean logical(Expr expr) {
        if (expr instanceof Expr.Group group) {
            return logical(group.inner());
        }
        if (expr instanceof Expr.Binary binary) {
            return comparison(binary) >= 0;
        }
        return expr instanceof Expr.Call call && call.name().equals("IF") && call.arguments().size() == 3
                && (logical(call.arguments().get(1)) || logical(call.arguments().get(2)));
    }

    /** Emits {@code expr} to leave its value on top of the stack at {@code depth}; false if it cannot. */
    private boolean expression(Expr expr, int depth) {
        if (depth > MAX_DEPTH || nesting == MAX_NESTING) {
            return false;
        }
        nesting++;
        try {
            return emitted(expr, depth);
        } finally {
            nesting--;
        }
    }

    private boolean emitted(Expr expr, int depth) {
        deepest = Math.max(deepest, depth);
        if (expr instanceof Expr.Number number) {
            return emit(CONSTANT, constant(number.value()));
        }
        if (expr instanceof Expr.Cell reference) {
            Cell cell = referenced(reference);
            return cell != null && emit(LOAD, cell.slot());
        }
        if (expr instanceof Expr.Group group) {
            return expression(group.inner(), depth);
        }
        if (expr instanceof Expr.Unary unary) {
            return unary.operator() == '-' && expression(unary.operand(), depth) && emit(NEGATE, 0);
        }
        if (expr instanceof Expr.Binary binary) {
            return binary(binary, depth);
        }
        if (expr instanceof Expr.Call call) {
            return call(call, depth);
        }
        return false;
    }

    private boolean binary(Expr.Binary binary, int depth) {
        int comparison = comparison(binary);
        int opcode = switch (binary.operator()) {
            case ADD -> ADD;
            case SUBTRACT -> SUBTRACT;
            case MULTIPLY -> MULTIPLY;
            case DIVIDE -> DIVIDE;
            case POWER -> POWER;
            default -> comparison >= 0 ? COMPARE : -1;
        };
        if (opcode < 0 || opcode == COMPARE && (logical(binary.left()) || logical(binary.right()))) {
            return false; // a logical compares as greater than any number (TRUE>2), not as 1
        }
        if (opcode == MULTIPLY && binary.left() instanceof Expr.Cell x && binary.right() instanceof Expr.Cell y) {
            return product(PRODUCT, x, y);
        }
        if (!expression(binary.left(), depth)) {
            return false;
        }
        Expr right = binary.right();
        if (opcode == ADD && right instanceof Expr.Binary product && product.operator() == BinaryOperator.MULTIPLY
                && product.left() instanceof Expr.Cell x && product.right() instanceof Expr.Cell y) {
            return product(ADD_PRODUCT, x, y);
        }
        if (opcode != COMPARE && right instanceof Expr.Number number) {
            return emit(opcode - ADD + ADD_CONSTANT, constant(number.value()));
        }
        if (opcode != COMPARE && right instanceof Expr.Cell reference) {
            Cell cell = referenced(reference);
            return cell != null && emit(opcode - ADD + ADD_LOAD, cell.slot());
        }
        // a left-deep chain (a*b+c*d+...) needs one more stack entry per link, not per operator
        return expression(right, depth + 1) && emit(opcode, opcode == COMPARE ? comparison : 0);
    }

    /** PRODUCT or ADD_PRODUCT of two cells: the first cell's slot as the operand, the second's in the next word. */
    private boolean product(int opcode, Expr.Cell x, Expr.Cell y) {
        Cell first = referenced(x);
        Cell second = referenced(y);
        return first != null && second != null && emit(opcode, first.slot()) && emitWord(second.slot());
    }

    private static int comparison(Expr.Binary binary) {
        return switch (binary.operator()) {
            case LESS -> NumericProgram.LESS;
            case LESS_EQUAL -> NumericProgram.LESS_EQUAL;
            case GREATER -> NumericProgram.GREATER;
            case GREATER_EQUAL -> NumericProgram.GREATER_EQUAL;
            case EQUAL -> NumericProgram.EQUAL;
            case NOT_EQUAL -> NumericProgram.NOT_EQUAL;
            default -> -1;
        };
    }

    private boolean call(Expr.Call call, int depth) {
        List<Expr> arguments = call.arguments();
        switch (call.name()) {
            case "IF":
                return arguments.size() == 3 && expression(arguments.get(0), depth)
                        && expression(arguments.get(1), depth + 1) && expression(arguments.get(2), depth + 2)
                        && emit(SELECT, 0);
            case "MAX":
            case "MIN":
                return arguments.size() == 2 && expression(arguments.get(0), depth)
                        && expression(arguments.get(1), depth + 1) && emit(call.name().equals("MAX") ? MAXIMUM : MINIMUM, 0);
            case "SUM":
            case "SUMSQ": {
                int start = rangeSize;
                return arguments.size() == 1 && appendRange(arguments.get(0)) != null
                        && emit(call.name().equals("SUM") ? RANGE_SUM : RANGE_SUM_OF_SQUARES, start);
            }
            case "SUMPRODUCT": {
                int start = rangeSize;
                ReferenceValue left = arguments.size() == 2 ? appendRange(arguments.get(0)) : null;
                ReferenceValue right = left == null ? null : appendRange(arguments.get(1));
                return right != null && right.rows() == left.rows() && right.columns() == left.columns()
                        && emit(RANGE_SUM_OF_PRODUCTS, start);
            }
            default: {
                DoubleUnaryOperator function = arguments.size() == 1 ? registry.numericForm(call.name()) : null;
                return function != null && expression(arguments.get(0), depth)
                        && emit(FUNCTION, functionIndex.computeIfAbsent(function, f -> functionIndex.size()));
            }
        }
    }

    /**
     * The cell a reference names, or null to leave the formula to the general way: a blank without a cell
     * object is read there (as 0 or ""), as is a sheet name that names no sheet.
     */
    private Cell referenced(Expr.Cell reference) {
        Sheet sheet = references.sheet(reference.sheet(), host);
        Cell cell = sheet == null ? null
                : sheet.cell(reference.point().rowIn(hostRow), reference.point().columnIn(hostColumn));
        return cell != null && cell.slot() <= MAX_OPERAND ? cell : null;
    }

    /**
     * Appends a range to the range table as runs of consecutive slots, cells in reading order, and returns it;
     * null if it is not a plain rectangle of existing cells.
     */
    private ReferenceValue appendRange(Expr expr) {
        if (!(expr instanceof Expr.Area area) || area.shape() != AreaShape.CELLS || rangeSize > MAX_OPERAND
                || !(references.area(area, host, hostRow, hostColumn) instanceof ReferenceValue range)
                || (long) range.rows() * range.columns() > MAX_RANGE_CELLS) {
            return null;
        }
        Sheet sheet = book.sheet(range.sheet());
        int countAt = rangeSize;
        addRangeEntry(0);
        int next = -1;
        for (int r = range.top(); r <= range.bottom(); r++) {
            for (int c = range.left(); c <= range.right(); c++) {
                Cell cell = sheet.cell(r, c);
                if (cell == null) {
                    return null; // a blank: SUM skips it and SUMPRODUCT counts it as 0, the general way
                }
                if (cell.slot() == next) {
                    ranges[rangeSize - 1]++; // the run's length
                } else {
                    addRangeEntry(cell.slot());
                    addRangeEntry(1);
                    ranges[countAt]++;
                }
                next = cell.slot() + 1;
            }
        }
        return range;
    }

    private void addRangeEntry(int value) {
        if (rangeSize == ranges.length) {
            ranges = Arrays.copyOf(ranges, rangeSize * 2);
        }
        ranges[rangeSize++] = value;
    }

    private int constant(double value) {
        if (constantCount == constants.length) {
            constants = Arrays.copyOf(constants, constantCount * 2);
        }
        constants[constantCount] = value;
        return constantCount++;
    }

    private boolean emit(int opcode, int operand) {
        return emitWord(opcode | operand << OPCODE_BITS);
    }

    private boolean emitWord(int word) {
        if (size == code.length) {
            code = Arrays.copyOf(code, size * 2);
        }
        code[size++] = word;
        return true;
    }
}
