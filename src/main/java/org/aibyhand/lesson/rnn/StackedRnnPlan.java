package org.aibyhand.lesson.rnn;

import java.util.ArrayList;
import java.util.List;
import org.aibyhand.engine.book.Stage;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.i18n.Texts;

/**
 * A stacked or bidirectional RNN's walkthrough: the givens, each layer's directions from the bottom up, the
 * outputs and loss, dŶ, then back through each layer from the top, and the gradients.
 */
final class StackedRnnPlan {
    private StackedRnnPlan() {
    }

    static List<Stage> of(String sheet, StackedRnnTensors n) {
        List<Area> givens = new ArrayList<>(List.of(n.x().area(), n.readOut().wHy().area(), n.readOut().bY().area(),
                n.readOut().y().area()));
        for (RnnCell c : n.cells()) {
            givens.addAll(List.of(c.wIh().area(), c.wHh().area(), c.b().area(), c.h0().area()));
        }
        List<Stage> plan = new ArrayList<>();
        plan.add(new Stage(sheet, Texts.get("lesson.text.inputs_and_weights"), givens));
        for (RnnCell c : n.cells()) {
            plan.add(new Stage(sheet, Texts.get("lesson.text.layer2") + c.layer() + (c.reverse() ? Texts.get("lesson.text.reverse") : Texts.get("lesson.text.forward"))
                    + ": H" + c.suffix(), List.of(c.h().area())));
        }
        plan.add(new Stage(sheet, Texts.get("lesson.text.outputs_hy"), List.of(n.readOut().yHat().area())));
        plan.add(new Stage(sheet, Texts.get("lesson.text.loss3"), List.of(n.readOut().loss().area())));
        plan.add(new Stage(sheet, "dŶ, dW_hy, db_y", List.of(n.readOut().dYHat().area(), n.readOut().dWHy().area(),
                n.readOut().dBY().area())));
        for (int layer = n.layers().size(); layer >= 1; layer--) {
            List<Area> back = new ArrayList<>();
            List<Area> gradients = new ArrayList<>();
            for (RnnCell c : n.layers().get(layer - 1)) {
                back.addAll(List.of(c.dH().area(), c.dZ().area()));
                gradients.addAll(List.of(c.dWIh().area(), c.dWHh().area(), c.dB().area()));
            }
            plan.add(new Stage(sheet, Texts.get("lesson.text.layer2") + layer + Texts.get("lesson.text.dh_and_dz_back_through"), back));
            plan.add(new Stage(sheet, Texts.get("lesson.text.layer2") + layer + ": dW_ih, dW_hh, db", gradients));
        }
        return plan;
    }
}
