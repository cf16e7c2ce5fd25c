package org.aibyhand.lesson.lstm;

import java.util.ArrayList;
import java.util.List;
import org.aibyhand.engine.book.Stage;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.lesson.Gate;
import org.aibyhand.lesson.StepRuns;
import org.aibyhand.lesson.Tensor;
import org.aibyhand.i18n.Texts;

/**
 * The LSTM lesson's walkthrough: the givens, each step's gates, cell state and hidden state (in runs for a long
 * sequence), the outputs and loss, then the backward pass: dŶ, back through time, and the parameters' gradients.
 */
final class LstmPlan {
    private LstmPlan() {
    }

    static List<Stage> of(String sheet, LstmTensors n) {
        List<Gate> gates = List.of(n.input(), n.forget(), n.candidate(), n.output());
        List<Area> givens = new ArrayList<>(List.of(n.x().area(), n.h0().area(), n.c0().area(),
                n.readOut().wHy().area(), n.readOut().bY().area(), n.readOut().y().area()));
        for (Gate gate : gates) {
            givens.addAll(List.of(gate.w().area(), gate.u().area(), gate.b().area()));
        }
        List<Stage> plan = new ArrayList<>();
        plan.add(new Stage(sheet, Texts.get("lesson.text.inputs_and_weights"), givens));
        for (StepRuns run : StepRuns.of(n.h().columns())) {
            List<Area> cells = new ArrayList<>();
            for (Tensor tensor : List.of(n.input().value(), n.forget().value(), n.candidate().value(), n.output().value(),
                    n.c(), n.h())) {
                cells.add(tensor.columns(run.from(), run.to()));
            }
            plan.add(new Stage(sheet, run.title() + Texts.get("lesson.text.gates_then_and_tanh"), cells));
        }
        plan.add(new Stage(sheet, Texts.get("lesson.text.outputs_hy"), List.of(n.readOut().yHat().area())));
        plan.add(new Stage(sheet, Texts.get("lesson.text.loss3"), List.of(n.readOut().loss().area())));
        plan.add(new Stage(sheet, "dŶ", List.of(n.readOut().dYHat().area())));
        List<Area> backThroughTime = new ArrayList<>(List.of(n.dH().area(), n.dC().area()));
        for (Gate gate : gates) {
            backThroughTime.add(gate.delta().area());
        }
        plan.add(new Stage(sheet, Texts.get("lesson.text.back_through_time_dh_dc"), backThroughTime));
        plan.add(new Stage(sheet, "dW_hy, db_y", List.of(n.readOut().dWHy().area(), n.readOut().dBY().area())));
        List<Area> gradients = new ArrayList<>();
        for (Gate gate : gates) {
            gradients.addAll(List.of(gate.dW().area(), gate.dU().area(), gate.dB().area()));
        }
        plan.add(new Stage(sheet, Texts.get("lesson.text.dw_du_and_db_of"), gradients));
        return plan;
    }
}
