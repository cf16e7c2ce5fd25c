package org.aibyhand.lesson.attention;

import java.util.List;
import org.aibyhand.engine.book.Stage;
import org.aibyhand.i18n.Texts;

/**
 * The attention lesson's walkthrough: the givens, the projections, scores, the stable softmax in its three
 * steps, the weighted values and the output, the loss, then the backward pass from dO to the weights.
 */
final class AttentionPlan {
    private AttentionPlan() {
    }

    static List<Stage> of(String sheet, AttentionTensors n) {
        return List.of(
                new Stage(sheet, Texts.get("lesson.text.tokens_weights_and_the_causal"), List.of(n.causal().area(), n.x().area(),
                        n.wQ().area(), n.wK().area(), n.wV().area(), n.wO().area(), n.y().area())),
                new Stage(sheet, "Q = W_q X, K = W_k X, V = W_v X", List.of(n.q().area(), n.k().area(), n.v().area())),
                new Stage(sheet, Texts.get("lesson.text.scores_dk"), List.of(n.s().area())),
                new Stage(sheet, Texts.get("lesson.text.row_maxima_max_what_each"), List.of(n.sMax().area())),
                new Stage(sheet, Texts.get("lesson.text.exp_max_stable_masked_when"), List.of(n.sExp().area())),
                new Stage(sheet, Texts.get("lesson.text.softmax_attn_exp_sum"), List.of(n.sSum().area(), n.a().area())),
                new Stage(sheet, Texts.get("lesson.text.attn"), List.of(n.z().area())),
                new Stage(sheet, "O = W_o Z", List.of(n.o().area())),
                new Stage(sheet, Texts.get("lesson.text.loss3"), List.of(n.loss().area())),
                new Stage(sheet, Texts.get("lesson.text.do_and_dw"), List.of(n.dO().area(), n.dWO().area())),
                new Stage(sheet, "dZ = W_oᵀ dO", List.of(n.dZ().area())),
                new Stage(sheet, Texts.get("lesson.text.dv_and_dw"), List.of(n.dV().area(), n.dWV().area())),
                new Stage(sheet, Texts.get("lesson.text.da_attn_dz2"), List.of(n.dA().area())),
                new Stage(sheet, Texts.get("lesson.text.back_through_the_softmax_da"), List.of(n.dAAvg().area(), n.dS().area())),
                new Stage(sheet, Texts.get("lesson.text.dq_dw_and_dk_dw"), List.of(n.dQ().area(), n.dWQ().area(), n.dK().area(), n.dWK().area())));
    }
}
