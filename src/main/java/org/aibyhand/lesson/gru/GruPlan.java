package org.aibyhand.lesson.gru;

import java.util.ArrayList;
import java.util.List;
import org.aibyhand.engine.book.Stage;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.lesson.Gate;
import org.aibyhand.lesson.StepRuns;
import org.aibyhand.lesson.Tensor;
import org.aibyhand.i18n.Texts;

/**
 * The GRU lesson's walkthrough: the givens, each step's gates, candidate and hidden state (in runs for a long
 * sequence), the outputs and loss, then the backward pass: dŶ, back through time, and the parameters' gradients.
 */
final class GruPlan {
    private GruPlan() {
    }

    static List<Stage> of(String sheet, GruTensors n) {
        List<Gate> gates = List.of(n.reset(), n.update(), n.hiddenPart(), n.candidate());
        List<Area> givens = new ArrayList<>(List.of(n.x().area(), n.h0().area(), n.readOut().wHy().area(),
                n.readOut().bY().area(), n.readOut().y().area()));
        for (Gate gate : gates) {
            for (Tensor parameter : new Tensor[] {gate.w(), gate.u(), gate.b()}) {
                if (parameter != null) {
                    givens.add(parameter.area());
                }
            }
        }
        List<Stage> plan = new ArrayList<>();
        plan.add(new Stage(sheet, Texts.get("lesson.text.inputs_and_weights"), givens));
        for (StepRuns run : StepRuns.of(n.h().columns())) {
            List<Area> cells = new ArrayList<>();
            for (Gate gate : gates) {
                cells.add(gate.value().columns(run.from(), run.to()));
            }
            cells.add(n.h().columns(run.from(), run.to()));
            plan.add(new Stage(sheet, run.title() + Texts.get("lesson.text.gates_candidate_then"), cells));
        }
        plan.add(new Stage(sheet, Texts.get("lesson.text.outputs_hy"), List.of(n.readOut().yHat().area())));
        plan.add(new Stage(sheet, Texts.get("lesson.text.loss3"), List.of(n.readOut().loss().area())));
        plan.add(new Stage(sheet, "dŶ", List.of(n.readOut().dYHat().area())));
        List<Area> backThroughTime = new ArrayList<>(List.of(n.dH().area()));
        List<Area> gradients = new ArrayList<>();
        for (Gate gate : gates) {
            backThroughTime.add(gate.delta().area());
            for (Tensor gradient : new Tensor[] {gate.dW(), gate.dU(), gate.dB()}) {
                if (gradient != null) {
                    gradients.add(gradient.area());
                }
            }
        }
        plan.add(new Stage(sheet, Texts.get("lesson.text.back_through_time_dh_and"), backThroughTime));
        plan.add(new Stage(sheet, "dW_hy, db_y", List.of(n.readOut().dWHy().area(), n.readOut().dBY().area())));
        plan.add(new Stage(sheet, Texts.get("lesson.text.dw_du_and_db_of"), gradients));
        return plan;
    }
}
