package org.aibyhand.engine.eval;

import static org.aibyhand.engine.eval.NumericProgram.ADD_PRODUCT;
import static org.aibyhand.engine.eval.NumericProgram.GENERAL;
import static org.aibyhand.engine.eval.NumericProgram.OPCODE_BITS;
import static org.aibyhand.engine.eval.NumericProgram.OPCODE_MASK;
import static org.aibyhand.engine.eval.NumericProgram.PRODUCT;
import static org.aibyhand.engine.eval.NumericProgram.STORE;

import java.util.Arrays;
import java.util.List;
import org.aibyhand.engine.book.Cell;

/**
 * Where each cell's instructions lie in a {@link NumericProgram}, and each cell's place in its order found from
 * the cell's number slot, so an edit can run the instructions of just the cells it dirtied, in the program's order.
 */
final class ProgramSpans {
    private final Cell[] cells;
    /** Cell i's instructions end before ends[i] and start at ends[i - 1] (0 for the first); none for a spilled cell. */
    private final int[] ends;
    /** 1 + the position of the cell holding a slot; 0 for a slot no cell of the program holds. */
    private final int[] positionBySlot;

    ProgramSpans(Cell[] cells, int[] slots, int[] code) {
        this.cells = cells;
        this.ends = new int[cells.length];
        int done = 0; // cells whose end is known
        for (int pc = 0; pc < code.length; pc++) {
            int opcode = code[pc] & OPCODE_MASK;
            if (opcode == ADD_PRODUCT || opcode == PRODUCT) {
                pc++; // its second word is a slot, not an instruction
            } else if (opcode == STORE || opcode == GENERAL) {
                int index = code[pc] >>> OPCODE_BITS;
                done = fillEmpty(done, index); // spilled cells before it have no instructions
                ends[done++] = pc + 1;
            }
        }
        fillEmpty(done, cells.length);
        int highest = -1;
        for (int slot : slots) {
            highest = Math.max(highest, slot);
        }
        positionBySlot = new int[highest + 1];
        for (int i = 0; i < slots.length; i++) {
            positionBySlot[slots[i]] = i + 1;
        }
    }

    /** Gives the cells from {@code from} up to {@code to} empty spans; returns {@code to}. */
    private int fillEmpty(int from, int to) {
        for (int i = from; i < to; i++) {
            ends[i] = i == 0 ? 0 : ends[i - 1];
        }
        return to;
    }

    int start(int index) {
        return index == 0 ? 0 : ends[index - 1];
    }

    int end(int index) {
        return ends[index];
    }

    /** The positions of the dirty cells of {@code marked}, unsorted; null if one is not in the program. */
    int[] positionsOfDirty(List<Cell> marked) {
        int[] positions = new int[marked.size()];
        int count = 0;
        for (Cell cell : marked) {
            if (!cell.isDirty()) {
                continue;
            }
            int slot = cell.slot();
            int position = slot < positionBySlot.length ? positionBySlot[slot] - 1 : -1;
            if (position < 0 || cells[position] != cell) {
                return null;
            }
            positions[count++] = position;
        }
        return count == positions.length ? positions : Arrays.copyOf(positions, count);
    }
}
