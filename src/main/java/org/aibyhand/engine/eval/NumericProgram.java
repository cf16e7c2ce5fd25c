package org.aibyhand.engine.eval;

import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.DoubleUnaryOperator;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.NumberStore;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.function.FunctionRegistry;

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

    final NumberStore store;
    final Cell[] cells;
    final int[] slots;
    final int[] code;
    final double[] constants;
    final DoubleUnaryOperator[] functions;
    /** Ranges as runs of consecutive slots: the number of runs, then each run's first slot and length. */
    final int[] ranges;
    final int stackSize;
    private final int[] generals;
    private final int compiledCount;
    /** Where each cell's instructions lie, made on the first edit run. */
    private ProgramSpans spans;

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
        machine().execute(0, code.length, general, changes);
    }

    /**
     * Recomputes only the cells of {@code marked} that are dirty, in the program's order, each by its own
     * instructions (clearing its mark) or the general way. Dirty cells not yet reached stay dirty, so the general
     * way waits for them; the run stops, leaving the rest dirty, as soon as {@code keepGoing} turns false (an edit
     * that changed a spill changed the order). Returns how many cells ran compiled, or -1, running nothing, if a
     * dirty cell is not in the program.
     */
    public int runDirty(List<Cell> marked, General general, Changes changes, BooleanSupplier keepGoing) {
        if (spans == null) {
            spans = new ProgramSpans(cells, slots, code);
        }
        int[] positions = spans.positionsOfDirty(marked);
        if (positions == null) {
            return -1;
        }
        NumericMachine machine = machine();
        int compiled = 0;
        int log = 32 - Integer.numberOfLeadingZeros(positions.length);
        if ((long) positions.length * log < cells.length / 4) { // few: sort them into the program's order
            Arrays.sort(positions);
            for (int i = 0; i < positions.length && keepGoing.getAsBoolean(); i++) {
                if (i == 0 || positions[i] != positions[i - 1]) { // a cell marked twice in the pass is listed twice
                    compiled += runCell(machine, positions[i], general, changes);
                }
            }
        } else { // most of the order: walking it is cheaper than sorting the positions
            for (int i = 0; i < cells.length && keepGoing.getAsBoolean(); i++) {
                if (cells[i].isDirty()) {
                    compiled += runCell(machine, i, general, changes);
                }
            }
        }
        return compiled;
    }

    /** Runs one dirty cell's instructions; 1 if it ran compiled. */
    private int runCell(NumericMachine machine, int index, General general, Changes changes) {
        int from = spans.start(index);
        int to = spans.end(index);
        Cell cell = cells[index];
        if (from == to) { // a spilled cell: its anchor has set it, or it waits for it
            general.compute(cell);
            return 0;
        }
        boolean compiled = (code[to - 1] & OPCODE_MASK) == STORE;
        if (compiled) {
            cell.setDirty(false); // its inputs are done; handed back, it is marked again
        }
        machine.execute(from, to, general, changes);
        return compiled ? 1 : 0;
    }

    private NumericMachine machine() {
        return new NumericMachine(this);
    }
}
