package org.aibyhand.app;

import java.util.Optional;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import org.aibyhand.engine.book.Plan;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.i18n.Texts;

/**
 * The context menu of a stage in the timeline: rename it, merge it with the next, split it at the selected
 * cell, move it earlier or later, or derive the whole plan afresh from the formulas.
 */
final class PlanMenu {
    private PlanMenu() {
    }

    static ContextMenu create(MainWindow window, Walkthrough walkthrough, int index) {
        Plan plan = walkthrough.plan();
        MenuItem rename = item(Texts.get("menu.plan.rename"), () -> rename(window, walkthrough, index));
        MenuItem merge = item(Texts.get("menu.plan.merge"), () -> apply(window, walkthrough, p -> p.merged(index)));
        merge.setDisable(index >= plan.size() - 1);
        MenuItem split = item(Texts.get("menu.plan.split"), () -> split(window, walkthrough, index));
        MenuItem earlier = item(Texts.get("menu.plan.earlier"), () -> apply(window, walkthrough, p -> p.moved(index, index - 1)));
        earlier.setDisable(index == 0);
        MenuItem later = item(Texts.get("menu.plan.later"), () -> apply(window, walkthrough, p -> p.moved(index, index + 1)));
        later.setDisable(index >= plan.size() - 1);
        MenuItem derive = item(Texts.get("menu.plan.derive"), walkthrough::derive);
        return new ContextMenu(rename, merge, split, earlier, later, new SeparatorMenuItem(), derive);
    }

    private static void rename(MainWindow window, Walkthrough walkthrough, int index) {
        TextInputDialog dialog = new TextInputDialog(walkthrough.plan().stage(index).title());
        dialog.initOwner(window.stage());
        dialog.setTitle(Texts.get("dialog.rename.title"));
        dialog.setHeaderText(Texts.get("dialog.rename.stage", index + 1));
        dialog.setContentText(Texts.get("dialog.rename.field"));
        Optional<String> title = dialog.showAndWait();
        title.map(String::strip).filter(t -> !t.isEmpty())
                .ifPresent(t -> apply(window, walkthrough, p -> p.renamed(index, t)));
    }

    private static void split(MainWindow window, Walkthrough walkthrough, int index) {
        SheetView view = window.current();
        Area selected = view == null ? null : view.selection();
        String sheet = walkthrough.plan().stage(index).sheet();
        if (selected == null || !view.sheet().name().equalsIgnoreCase(sheet)) {
            window.setStatus(Texts.get("status.splitWhere", sheet));
            return;
        }
        apply(window, walkthrough, p -> p.splitBefore(index, selected.top(), selected.left()));
    }

    /** An edit the plan refuses (say, a split outside the stage) is reported, not thrown. */
    private static void apply(MainWindow window, Walkthrough walkthrough, java.util.function.UnaryOperator<Plan> edit) {
        try {
            walkthrough.edit(edit);
        } catch (IllegalArgumentException refused) {
            window.setStatus(refused.getMessage());
        }
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }
}
