package org.aibyhand.lesson.transformer;

import java.util.ArrayList;
import java.util.List;
import org.aibyhand.engine.book.Stage;
import org.aibyhand.engine.ref.Area;

/**
 * The Transformer lesson's walkthrough: the givens, positional encoding, the projections, each head's scores,
 * stable exponentials and weights, the heads' outputs, residual and LayerNorm, the feed-forward network, the
 * second residual and LayerNorm, the loss, then the backward pass through the feed-forward network.
 */
final class TransformerPlan {
    private TransformerPlan() {
    }

    static List<Stage> of(String sheet, TransformerTensors t) {
        List<Stage> plan = new ArrayList<>();
        plan.add(new Stage(sheet, "Tokens, weights and the causal switch", areas(t, "causal", "X", "W_q", "W_k", "W_v", "W_o",
                "gamma_1", "beta_1", "W_1", "b_1", "W_2", "b_2", "gamma_2", "beta_2", "Y")));
        plan.add(new Stage(sheet, "Positional encoding: X_in = X + PE", areas(t, "PE", "X_in")));
        plan.add(new Stage(sheet, "Q, K, V = W X_in", areas(t, "Q", "K", "V")));
        for (String block : new String[] {"S", "S_exp", "A"}) {
            List<Area> heads = new ArrayList<>();
            for (int h = 0; h < t.heads; h++) {
                heads.add(t.head(block, h).area());
            }
            String title = block.equals("S") ? "Each head's scores S = QᵀK / √dh"
                    : block.equals("S_exp") ? "exp(S − row maximum): stable, masked when causal" : "Softmax: each head's weights A";
            plan.add(new Stage(sheet, title, heads));
        }
        plan.add(new Stage(sheet, "Z: each head's V Aᵀ, stacked", areas(t, "Z")));
        plan.add(new Stage(sheet, "attn_out = W_o Z and the residual R_1", areas(t, "attn_out", "R_1")));
        plan.add(new Stage(sheet, "LayerNorm 1", areas(t, "mu_1", "var_1", "Nhat_1", "N_1")));
        plan.add(new Stage(sheet, "Feed-forward: H_1 = ReLU(W_1 N_1 + b_1), F = W_2 H_1 + b_2", areas(t, "H_1", "F")));
        plan.add(new Stage(sheet, "Residual R_2 and LayerNorm 2", areas(t, "R_2", "mu_2", "var_2", "Nhat_2", "N_2")));
        plan.add(new Stage(sheet, "Loss", areas(t, "loss")));
        plan.add(new Stage(sheet, "dN_2, dgamma_2, dbeta_2", areas(t, "dN_2", "dgamma_2", "dbeta_2")));
        plan.add(new Stage(sheet, "Back through LayerNorm 2: dR_2, dW_2, db_2", areas(t, "dR_2", "dW_2", "db_2")));
        plan.add(new Stage(sheet, "Back through the ReLU: dH_1, dW_1, db_1", areas(t, "dH_1", "dW_1", "db_1")));
        return plan;
    }

    private static List<Area> areas(TransformerTensors t, String... names) {
        List<Area> areas = new ArrayList<>();
        for (String name : names) {
            areas.add(t.get(name).area());
        }
        return areas;
    }
}
