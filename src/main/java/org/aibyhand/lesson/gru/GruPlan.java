package org.aibyhand.lesson.gru;

import java.util.ArrayList;
import java.util.List;
import org.aibyhand.engine.book.Stage;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.lesson.Gate;
import org.aibyhand.lesson.StepRuns;
import org.aibyhand.lesson.Tensor;

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
        plan.add(new Stage(sheet, "Inputs and weights", givens));
        for (StepRuns run : StepRuns.of(n.h().columns())) {
            List<Area> cells = new ArrayList<>();
            for (Gate gate : gates) {
                cells.add(gate.value().columns(run.from(), run.to()));
            }
            cells.add(n.h().columns(run.from(), run.to()));
            plan.add(new Stage(sheet, run.title() + ": gates r, z, candidate n, then h = (1 − z) ⊙ n + z ⊙ h_(t−1)", cells));
        }
        plan.add(new Stage(sheet, "Outputs Ŷ = W_hy H + b_y", List.of(n.readOut().yHat().area())));
        plan.add(new Stage(sheet, "Loss", List.of(n.readOut().loss().area())));
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
        plan.add(new Stage(sheet, "Back through time, t = T … 1: dH and each gate's dZ", backThroughTime));
        plan.add(new Stage(sheet, "dW_hy, db_y", List.of(n.readOut().dWHy().area(), n.readOut().dBY().area())));
        plan.add(new Stage(sheet, "dW, dU and db of every gate (sums over time)", gradients));
        return plan;
    }
}
