package org.aibyhand.lesson.attention;

import java.util.List;
import org.aibyhand.engine.book.Stage;

/**
 * The attention lesson's walkthrough: the givens, the projections, scores, the stable softmax in its three
 * steps, the weighted values and the output, the loss, then the backward pass from dO to the weights.
 */
final class AttentionPlan {
    private AttentionPlan() {
    }

    static List<Stage> of(String sheet, AttentionTensors n) {
        return List.of(
                new Stage(sheet, "Tokens, weights and the causal switch", List.of(n.causal().area(), n.x().area(),
                        n.wQ().area(), n.wK().area(), n.wV().area(), n.wO().area(), n.y().area())),
                new Stage(sheet, "Q = W_q X, K = W_k X, V = W_v X", List.of(n.q().area(), n.k().area(), n.v().area())),
                new Stage(sheet, "Scores S = QᵀK / √dk", List.of(n.s().area())),
                new Stage(sheet, "Row maxima S_max (what each query may see)", List.of(n.sMax().area())),
                new Stage(sheet, "exp(S − S_max): stable, masked when causal", List.of(n.sExp().area())),
                new Stage(sheet, "Softmax: A_attn = S_exp / S_sum", List.of(n.sSum().area(), n.a().area())),
                new Stage(sheet, "Z = V A_attnᵀ", List.of(n.z().area())),
                new Stage(sheet, "O = W_o Z", List.of(n.o().area())),
                new Stage(sheet, "Loss", List.of(n.loss().area())),
                new Stage(sheet, "dO and dW_o", List.of(n.dO().area(), n.dWO().area())),
                new Stage(sheet, "dZ = W_oᵀ dO", List.of(n.dZ().area())),
                new Stage(sheet, "dV and dW_v", List.of(n.dV().area(), n.dWV().area())),
                new Stage(sheet, "dA_attn = dZᵀ V", List.of(n.dA().area())),
                new Stage(sheet, "Back through the softmax: dA_avg, dS", List.of(n.dAAvg().area(), n.dS().area())),
                new Stage(sheet, "dQ, dW_q and dK, dW_k", List.of(n.dQ().area(), n.dWQ().area(), n.dK().area(), n.dWK().area())));
    }
}
