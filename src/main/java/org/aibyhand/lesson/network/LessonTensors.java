package org.aibyhand.lesson.network;

import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.ref.CellAddress;
import org.aibyhand.engine.value.ReferenceValue;
import org.aibyhand.engine.walkthrough.Ranges;

/**
 * A lesson's tensors found through the workbook-level defined names every lesson writes ({@code W_1}, {@code H},
 * ...), so the picture is the same for a lesson just built and for one saved and opened again.
 */
final class LessonTensors {
    private final Workbook book;

    LessonTensors(Workbook book) {
        this.book = book;
    }

    /** The cells of a tensor on the first sheet, or null when the workbook has no such name there. */
    Area area(String name) {
        try {
            ReferenceValue range = Ranges.resolve(book, book.sheet(0), name);
            return range.sheet() == 0 ? new Area(range.top(), range.left(), range.bottom(), range.right()) : null;
        } catch (IllegalArgumentException | IllegalStateException | ClassCastException unknown) {
            return null;
        }
    }

    boolean has(String... names) {
        for (String name : names) {
            if (area(name) == null) {
                return false;
            }
        }
        return true;
    }

    /** Element (i, j) of a tensor laid out as rows × steps (or samples). */
    static CellAddress at(Area tensor, int i, int j) {
        return new CellAddress(tensor.top() + i, tensor.left() + j);
    }
}
