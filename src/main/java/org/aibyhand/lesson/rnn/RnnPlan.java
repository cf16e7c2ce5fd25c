package org.aibyhand.lesson.rnn;

import java.util.ArrayList;
import java.util.List;
import org.aibyhand.engine.book.Stage;
import org.aibyhand.lesson.StepRuns;
import org.aibyhand.i18n.Texts;

/**
 * The RNN lesson's walkthrough: the givens, the recurrence one step at a time (or, for a long sequence, in at
 * most {@value StepRuns#MAX} runs of steps, so the plan stays short), the outputs and the loss, then the
 * backward pass in the order it is computed.
 */
final class RnnPlan {
    private RnnPlan() {
    }

    static List<Stage> of(String sheet, RnnTensors n) {
        int steps = n.h().columns();
        List<Stage> plan = new ArrayList<>();
        plan.add(new Stage(sheet, Texts.get("lesson.text.inputs_and_weights"), List.of(n.x().area(), n.wIh().area(), n.wHh().area(), n.bIh().area(),
                n.bHh().area(), n.h0().area(), n.wHy().area(), n.bY().area(), n.y().area())));
        for (StepRuns run : StepRuns.of(steps)) {
            String now = run.single() ? subscript(run.from() + 1) : "_t";
            String before = run.single() ? subscript(run.from()) : "_(t−1)";
            plan.add(new Stage(sheet, run.title() + ": h" + now + Texts.get("lesson.text.tanh_ih") + now + " + b_ih + W_hh h" + before
                    + " + b_hh)", List.of(n.h().columns(run.from(), run.to()))));
        }
        plan.add(new Stage(sheet, Texts.get("lesson.text.outputs_hy"), List.of(n.yHat().area())));
        plan.add(new Stage(sheet, Texts.get("lesson.text.loss3"), List.of(n.loss().area())));
        plan.add(new Stage(sheet, "dŶ", List.of(n.dYHat().area())));
        plan.add(new Stage(sheet, Texts.get("lesson.text.dh_back_through_time"), List.of(n.dH().area())));
        plan.add(new Stage(sheet, "dZ", List.of(n.dZ().area())));
        plan.add(new Stage(sheet, "dW_hy, db_y", List.of(n.dWHy().area(), n.dBY().area())));
        plan.add(new Stage(sheet, "dW_ih, dW_hh, db_ih = db_hh", List.of(n.dWIh().area(), n.dWHh().area(), n.dBIh().area(),
                n.dBHh().area())));
        return plan;
    }

    /** A number in subscript digits, as in h₁₂. */
    static String subscript(int number) {
        StringBuilder text = new StringBuilder();
        for (char digit : Integer.toString(number).toCharArray()) {
            text.append((char) ('₀' + (digit - '0')));
        }
        return text.toString();
    }
}
