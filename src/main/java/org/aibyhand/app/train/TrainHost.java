package org.aibyhand.app.train;

import java.util.Collection;
import java.util.List;
import javafx.stage.Window;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.lesson.Lesson;

/**
 * What the Train panel needs of the window around it: the open workbook and its calculator, the lesson it was made
 * from, the selection, and the ways back (repaint, one undoable step, locking the sheet while a run owns it,
 * opening a lesson built around the teacher's data).
 */
public interface TrainHost {
    Workbook workbook();

    Calculator calculator();

    /** The lesson the open workbook was made from; null for a file or a blank book. */
    Lesson lesson();

    /** The sheet shown, and its selected range (null when nothing is selected). */
    Sheet currentSheet();

    Area selection();

    /** Cells whose value changed: repaint them and whatever shows them. */
    void changed(Collection<Cell> cells);

    /** Records cells already given new numbers as one undoable step, with the numbers they held before. */
    void recordUndo(List<Cell> cells, double[] before);

    /** While a run writes into the workbook, the sheet takes no edits. */
    void setSheetLocked(boolean locked);

    /** Opens a lesson in place of the open workbook, after asking about unsaved changes; false if the user declined. */
    boolean openLesson(Lesson lesson);

    Window owner();
}
