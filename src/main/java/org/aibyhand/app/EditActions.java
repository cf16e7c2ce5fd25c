package org.aibyhand.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.i18n.Texts;

/**
 * Undo, redo, copy, cut, paste and delete over the selected range. The grid's own copy and paste are
 * replaced so the clipboard holds tab-separated text Excel accepts, and every action is one undo step.
 */
final class EditActions {
    private static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");
    private static final KeyCombination REDO = KeyCombination.keyCombination("Shortcut+Y");
    private static final KeyCombination REDO_SHIFT = KeyCombination.keyCombination("Shortcut+Shift+Z");
    private static final KeyCombination COPY = KeyCombination.keyCombination("Shortcut+C");
    private static final KeyCombination CUT = KeyCombination.keyCombination("Shortcut+X");
    private static final KeyCombination PASTE = KeyCombination.keyCombination("Shortcut+V");

    private final MainWindow window;

    EditActions(MainWindow window) {
        this.window = window;
    }

    /** Catches the shortcuts before the grid does (it would otherwise copy in its own format). */
    void installShortcuts(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            SheetView view = window.current();
            boolean inGrid = view != null && view.view().isFocused() && !view.view().isEditing();
            if (!inGrid) {
                return;
            }
            if (UNDO.match(event)) {
                run(event, this::undo);
            } else if (REDO.match(event) || REDO_SHIFT.match(event)) {
                run(event, this::redo);
            } else if (COPY.match(event)) {
                run(event, this::copy);
            } else if (CUT.match(event)) {
                run(event, this::cut);
            } else if (PASTE.match(event)) {
                run(event, this::paste);
            } else if (event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE) {
                run(event, this::delete);
            }
        });
    }

    private static void run(Event event, Runnable action) {
        event.consume();
        action.run();
    }

    void undo() {
        show(window.document().undo(), Texts.get("status.nothingToUndo"));
    }

    void redo() {
        show(window.document().redo(), Texts.get("status.nothingToRedo"));
    }

    private void show(Set<Cell> changed, String whenEmpty) {
        if (changed.isEmpty() && !window.document().isModified()) {
            window.setStatus(whenEmpty);
        }
        window.edited(window.current(), changed);
        window.updateTitle();
    }

    void copy() {
        SheetView view = window.current();
        Area area = view == null ? null : view.selection();
        if (area == null) {
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (int r = area.top(); r <= area.bottom(); r++) {
            List<String> row = new ArrayList<>();
            for (int c = area.left(); c <= area.right(); c++) {
                Area merge = view.view().mergeAt(r, c);
                boolean shownHere = merge == null || merge.top() == r && merge.left() == c; // merged: top-left only
                row.add(shownHere ? view.shownText(r, c) : "");
            }
            rows.add(row);
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(ClipboardText.write(rows));
        Clipboard.getSystemClipboard().setContent(content);
        window.setStatus(Texts.get("status.copied", area.toA1()));
    }

    void cut() {
        copy();
        delete();
    }

    /** Pastes tab-separated text at the selection's top-left cell. */
    void paste() {
        SheetView view = window.current();
        Area area = view == null ? null : view.selection();
        String text = Clipboard.getSystemClipboard().getString();
        if (area == null || text == null || text.isEmpty()) {
            return;
        }
        Set<Cell> changed = window.document().paste(view.sheet(), area.top(), area.left(), ClipboardText.read(text));
        window.edited(view, changed);
        window.updateTitle();
    }

    void delete() {
        SheetView view = window.current();
        Area area = view == null ? null : view.selection();
        if (area != null) {
            window.edited(view, window.document().clear(view.sheet(), area));
            window.updateTitle();
        }
    }
}
