package org.aibyhand.engine.eval;

import java.util.function.Consumer;
import java.util.function.DoubleUnaryOperator;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.NumberStore;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.function.FunctionRegistry;
import org.aibyhand.engine.value.Arithmetic;
import org.aibyhand.engine.value.ErrorSignal;

/**
 * A whole workbook's formulas, in an order where each comes after what it reads, compiled for a full
 * recalculation. The arithmetic of a network (numbers, cells, {@code + - * / ^}, unary minus, one-number
 * functions such as EXP, comparisons, IF, MAX and MIN of two values, SUM, SUMSQ and SUMPRODUCT of ranges)
 * becomes instructions of a small stack machine working straight on the workbook's {@link NumberStore}: no cell
 * object, value object or tree node is touched, which is what a network of millions of such cells needs. Every
 * other formula, and any compiled one whose inputs turn out not to be numbers or whose result is not a finite
 * number, is handed back to be computed the general way, which gives the same result wherever this gives one.
 */
public final class NumericProgram {
    /** Computes cells the general way (formula evaluation, spills, errors). */
    public interface General {
        /** A cell the program leaves to the general way; the caller marked it dirty before the run. */
        void compute(Cell cell);

        /** A compiled cell whose inputs or result were not plain numbers after all. */
        void computeInstead(Cell cell);
    }

    /** Told of each compiled cell whose number changed. */
    public interface Changes {
        void changed(Cell cell);
    }

    // An instruction is an opcode in the low bits and an operand above them (ADD_PRODUCT and PRODUCT take a second word). A NaN on the stack means "not plain
    // numbers": it flows to STORE, which hands the cell to the general way. An infinite value can only stay
    // infinite or become NaN on its way there (every instruction that could turn it into a finite number gives
    // NaN instead), so a finite result at STORE is the true one.
    static final int LOAD = 0;              // push the store's slot
    static final int CONSTANT = 1;          // push constants[operand]
    static final int ADD = 2;               // the two on top, replaced by their sum
    static final int SUBTRACT = 3;
    static final int MULTIPLY = 4;
    static final int DIVIDE = 5;
    static final int POWER = 6;
    static final int NEGATE = 7;
    static final int FUNCTION = 8;          // apply functions[operand] to the top
    static final int STORE = 9;             // the result of cells[operand]
    static final int GENERAL = 10;          // compute cells[operand] the general way
    // an operator whose right operand is a cell or a number, applied to the top in place (a*b+c*d is five
    // instructions instead of seven); each group lists the operators in the order ADD..POWER above
    static final int ADD_LOAD = 11;
    static final int SUBTRACT_LOAD = 12;
    static final int MULTIPLY_LOAD = 13;
    static final int DIVIDE_LOAD = 14;
    static final int POWER_LOAD = 15;
    static final int ADD_CONSTANT = 16;
    static final int SUBTRACT_CONSTANT = 17;
    static final int MULTIPLY_CONSTANT = 18;
    static final int DIVIDE_CONSTANT = 19;
    static final int POWER_CONSTANT = 20;
    static final int MAXIMUM = 21;          // MAX and MIN of the two on top
    static final int MINIMUM = 22;
    static final int COMPARE = 23;          // the comparison numbered by the operand, as 1 or 0
    static final int SELECT = 24;           // IF: of the three on top, the second if the first is not 0, else the third
    static final int RANGE_SUM = 25;        // push the sum of the range at ranges[operand]
    static final int RANGE_SUM_OF_SQUARES = 26;
    static final int RANGE_SUM_OF_PRODUCTS = 27; // of the range at ranges[operand] and the one after it
    /** Adds the product of the slot named by the operand and the slot in the next word: a term of a dot product. */
    static final int ADD_PRODUCT = 28;
    /** Pushes the product of the slot named by the operand and the slot in the next word. */
    static final int PRODUCT = 29;
    static final int OPCODE_BITS = 5;
    static final int OPCODE_MASK = (1 << OPCODE_BITS) - 1;
    static final int MAX_OPERAND = Integer.MAX_VALUE >>> OPCODE_BITS;
    // operands of COMPARE
    static final int LESS = 0;
    static final int LESS_EQUAL = 1;
    static final int GREATER = 2;
    static final int GREATER_EQUAL = 3;
    static final int EQUAL = 4;
    static final int NOT_EQUAL = 5;

    private final NumberStore store;
    private final Cell[] cells;
    private final int[] slots;
    private final int[] code;
    private final double[] constants;
    private final DoubleUnaryOperator[] functions;
    /** Ranges as runs of consecutive slots: the number of runs, then each run's first slot and length. */
    private final int[] ranges;
    private final int stackSize;
    private final int[] generals;
    private final int compiledCount;

    NumericProgram(NumberStore store, Cell[] cells, int[] code, double[] constants, DoubleUnaryOperator[] functions,
            int[] ranges, int stackSize, int[] generals) {
        this.store = store;
        this.cells = cells;
        this.slots = new int[cells.length];
        for (int i = 0; i < cells.length; i++) {
            slots[i] = cells[i].slot();
        }
        this.code = code;
        this.constants = constants;
        this.functions = functions;
        this.ranges = ranges;
        this.stackSize = stackSize;
        this.generals = generals;
        int formulas = 0;
        for (Cell cell : cells) {
            formulas += cell.hasFormula() ? 1 : 0;
        }
        this.compiledCount = formulas - generals.length;
    }

    /**
     * Compiles {@code order}, which lists every formula and spilled cell of {@code book} so that each comes
     * after the cells it reads.
     */
    public static NumericProgram compile(Cell[] order, Workbook book, FunctionRegistry registry) {
        return new NumericCompiler(book, registry).compile(order);
    }

    /** The cells in their order. */
    public Cell[] order() {
        return cells;
    }

    /** How many of the formulas run as instructions rather than the general way. */
    public int compiledCount() {
        return compiledCount;
    }

    /** The formulas left to the general way, which the caller marks dirty before a run. */
    public void forEachGeneral(Consumer<Cell> action) {
        for (int index : generals) {
            action.accept(cells[index]);
        }
    }

    /**
     * Recomputes every formula in order. Compiled ones are written to the store directly; a cell whose number
     * changes is reported to {@code changes}. The caller must make sure no cell is read before it is computed
     * here (no reference is decided only at run time). Spilled cells take their values from their anchors.
     */
    public void run(General general, Changes changes) {
        double[] numbers = store.array();
        // the top of the stack is kept in a local, where the JIT keeps it in a register; below it, the array
        double[] stack = new double[stackSize + 1];
        int below = -1;
        double top = 0;
        for (int pc = 0; pc < code.length; pc++) {
            int word = code[pc];
            int operand = word >>> OPCODE_BITS;
            switch (word & OPCODE_MASK) {
                case LOAD:
                    stack[++below] = top;
                    top = numbers[operand];
                    break;
                case CONSTANT:
                    stack[++below] = top;
                    top = constants[operand];
                    break;
                case ADD:
                    top = stack[below--] + top;
                    break;
                case SUBTRACT:
                    top = stack[below--] - top;
                    break;
                case MULTIPLY:
                    top = stack[below--] * top;
                    break;
                case DIVIDE:
                    top = PlainNumbers.divide(stack[below--], top);
                    break;
                case POWER:
                    top = PlainNumbers.power(stack[below--], top);
                    break;
                case ADD_LOAD:
                    top += numbers[operand];
                    break;
                case ADD_PRODUCT:
                    top += numbers[operand] * numbers[code[++pc]];
                    break;
                case PRODUCT:
                    stack[++below] = top;
                    top = numbers[operand] * numbers[code[++pc]];
                    break;
                case SUBTRACT_LOAD:
                    top -= numbers[operand];
                    break;
                case MULTIPLY_LOAD:
                    top *= numbers[operand];
                    break;
                case DIVIDE_LOAD:
                    top = PlainNumbers.divide(top, numbers[operand]);
                    break;
                case POWER_LOAD:
                    top = PlainNumbers.power(top, numbers[operand]);
                    break;
                case ADD_CONSTANT:
                    top += constants[operand];
                    break;
                case SUBTRACT_CONSTANT:
                    top -= constants[operand];
                    break;
                case MULTIPLY_CONSTANT:
                    top *= constants[operand];
                    break;
                case DIVIDE_CONSTANT:
                    top = PlainNumbers.divide(top, constants[operand]);
                    break;
                case POWER_CONSTANT:
                    top = PlainNumbers.power(top, constants[operand]);
                    break;
                case NEGATE:
                    top = -top;
                    break;
                case FUNCTION:
                    top = apply(functions[operand], top);
                    break;
                case MAXIMUM: {
                    double x = stack[below--];
                    top = finite(x) && finite(top) ? Math.max(x, top) : Double.NaN;
                    break;
                }
                case MINIMUM: {
                    double x = stack[below--];
                    top = finite(x) && finite(top) ? Math.min(x, top) : Double.NaN;
                    break;
                }
                case COMPARE:
                    top = compare(operand, stack[below--], top);
                    break;
                case SELECT: {
                    double whenTrue = stack[below--];
                    double condition = stack[below--];
                    top = condition != condition ? Double.NaN : condition != 0 ? whenTrue : top;
                    break;
                }
                case RANGE_SUM:
                    stack[++below] = top;
                    top = sum(numbers, operand, false);
                    break;
                case RANGE_SUM_OF_SQUARES:
                    stack[++below] = top;
                    top = sum(numbers, operand, true);
                    break;
                case RANGE_SUM_OF_PRODUCTS:
                    stack[++below] = top;
                    top = sumOfProducts(numbers, operand);
                    break;
                case STORE: {
                    below = -1;
                    int slot = slots[operand];
                    double before = numbers[slot];
                    if (finite(top)) {
                        double result = top == 0 ? 0.0 : top; // -0 shows as 0
                        if (before != result) {
                            numbers[slot] = result;
                            if (before != before) { // it held something other than a number
                                cells[operand].setValue(PlainNumbers.box(result));
                            }
                            changes.changed(cells[operand]);
                        }
                    } else {
                        general.computeInstead(cells[operand]);
                        numbers = store.array(); // the general way may make cells, growing the store
                    }
                    break;
                }
                default: // GENERAL
                    general.compute(cells[operand]);
                    numbers = store.array();
                    break;
            }
        }
    }

    private static double apply(DoubleUnaryOperator function, double x) {
        if (!finite(x)) {
            return Double.NaN;
        }
        try {
            double y = function.applyAsDouble(x);
            return Double.isInfinite(y) ? Double.NaN : y;
        } catch (ErrorSignal outsideDomain) {
            return Double.NaN;
        }
    }

    private static boolean finite(double x) {
        return x - x == 0; // false for NaN and both infinities
    }

    /** 1 if the comparison holds, else 0, with Excel's 15-digit equality; NaN if either side is not finite. */
    private static double compare(int comparison, double x, double y) {
        if (!finite(x) || !finite(y)) {
            return Double.NaN;
        }
        int order = Arithmetic.compareNumbers(x, y);
        boolean holds = switch (comparison) {
            case LESS -> order < 0;
            case LESS_EQUAL -> order <= 0;
            case GREATER -> order > 0;
            case GREATER_EQUAL -> order >= 0;
            case EQUAL -> order == 0;
            default -> order != 0;
        };
        return holds ? 1 : 0;
    }

    /** Left to right from 0, as SUM and SUMSQ add; a cell holding no number makes it NaN. */
    private double sum(double[] numbers, int range, boolean squared) {
        double total = 0.0;
        int runs = ranges[range];
        for (int run = 0; run < runs; run++) {
            int first = ranges[range + 1 + 2 * run];
            int end = first + ranges[range + 2 + 2 * run];
            for (int slot = first; slot < end; slot++) {
                double x = numbers[slot];
                total += squared ? x * x : x;
            }
        }
        return total;
    }

    /** Element by element in reading order over two ranges of the same size, however their runs fall. */
    private double sumOfProducts(double[] numbers, int range) {
        int left = range + 1;
        int leftRunsLeft = ranges[range];
        int right = range + 2 + 2 * leftRunsLeft;
        int leftSlot = ranges[left];
        int leftLength = ranges[left + 1];
        int rightSlot = ranges[right];
        int rightLength = ranges[right + 1];
        double total = 0.0;
        while (true) {
            int n = Math.min(leftLength, rightLength);
            for (int k = 0; k < n; k++) {
                total += numbers[leftSlot + k] * numbers[rightSlot + k];
            }
            leftSlot += n;
            leftLength -= n;
            rightSlot += n;
            rightLength -= n;
            if (leftLength == 0) {
                if (--leftRunsLeft == 0) {
                    return total; // the right range, as long, ends here too
                }
                left += 2;
                leftSlot = ranges[left];
                leftLength = ranges[left + 1];
            }
            if (rightLength == 0) {
                right += 2;
                rightSlot = ranges[right];
                rightLength = ranges[right + 1];
            }
        }
    }
}
