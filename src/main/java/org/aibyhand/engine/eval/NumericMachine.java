package org.aibyhand.engine.eval;

import static org.aibyhand.engine.eval.NumericProgram.*;

import java.util.function.DoubleUnaryOperator;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.NumberStore;
import org.aibyhand.engine.value.Arithmetic;
import org.aibyhand.engine.value.ErrorSignal;

/**
 * Interprets a span of a {@link NumericProgram}'s instructions on the workbook's numbers: the whole program for a
 * full recalculation, or one cell's instructions at a time for an edit. One machine serves one run, its stack
 * reused from span to span.
 */
final class NumericMachine {
    private final NumericProgram program;
    private final double[] stack;

    NumericMachine(NumericProgram program) {
        this.program = program;
        this.stack = new double[program.stackSize + 1];
    }

    /**
     * Runs the instructions from {@code from} up to {@code to}, which begin and end on cell boundaries. Compiled
     * results are written to the store; a cell whose number changes is reported to {@code changes}, and a cell the
     * instructions cannot compute goes to {@code general}.
     */
    void execute(int from, int to, NumericProgram.General general, NumericProgram.Changes changes) {
        // the program's arrays in locals; the top of the stack too, where the JIT keeps it in a register, and
        // below it, the array
        NumberStore store = program.store;
        Cell[] cells = program.cells;
        int[] slots = program.slots;
        int[] code = program.code;
        double[] constants = program.constants;
        DoubleUnaryOperator[] functions = program.functions;
        double[] stack = this.stack;
        double[] numbers = store.array();
        int below = -1;
        double top = 0;
        for (int pc = from; pc < to; pc++) {
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
        int[] ranges = program.ranges;
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
        int[] ranges = program.ranges;
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
