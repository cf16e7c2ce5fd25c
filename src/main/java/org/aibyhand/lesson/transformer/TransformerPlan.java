package org.aibyhand.lesson.transformer;

import java.util.ArrayList;
import java.util.List;
import org.aibyhand.engine.book.Stage;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.i18n.Texts;

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
        plan.add(new Stage(sheet, Texts.get("lesson.text.tokens_weights_and_the_causal"), areas(t, "causal", "X", "W_q", "W_k", "W_v", "W_o",
                "gamma_1", "beta_1", "W_1", "b_1", "W_2", "b_2", "gamma_2", "beta_2", "Y")));
        plan.add(new Stage(sheet, Texts.get("lesson.text.positional_encoding_in_pe"), areas(t, "PE", "X_in")));
        plan.add(new Stage(sheet, "Q, K, V = W X_in", areas(t, "Q", "K", "V")));
        for (String block : new String[] {"S", "S_exp", "A"}) {
            List<Area> heads = new ArrayList<>();
            for (int h = 0; h < t.heads; h++) {
                heads.add(t.head(block, h).area());
            }
            String title = block.equals("S") ? Texts.get("lesson.text.each_head_scores_dh")
                    : block.equals("S_exp") ? Texts.get("lesson.text.exp_row_maximum_stable_masked") : Texts.get("lesson.text.softmax_each_head_weights");
            plan.add(new Stage(sheet, title, heads));
        }
        plan.add(new Stage(sheet, Texts.get("lesson.text.each_head_stacked"), areas(t, "Z")));
        plan.add(new Stage(sheet, Texts.get("lesson.text.attn_out_and_the_residual"), areas(t, "attn_out", "R_1")));
        plan.add(new Stage(sheet, Texts.get("lesson.text.layernorm2"), areas(t, "mu_1", "var_1", "Nhat_1", "N_1")));
        plan.add(new Stage(sheet, Texts.get("lesson.text.feed_forward_relu"), areas(t, "H_1", "F")));
        plan.add(new Stage(sheet, Texts.get("lesson.text.residual_and_layernorm"), areas(t, "R_2", "mu_2", "var_2", "Nhat_2", "N_2")));
        plan.add(new Stage(sheet, Texts.get("lesson.text.loss3"), areas(t, "loss")));
        plan.add(new Stage(sheet, Texts.get("lesson.text.dn_dgamma_dbeta"), areas(t, "dN_2", "dgamma_2", "dbeta_2")));
        plan.add(new Stage(sheet, Texts.get("lesson.text.back_through_layernorm_dr_dw"), areas(t, "dR_2", "dW_2", "db_2")));
        plan.add(new Stage(sheet, Texts.get("lesson.text.back_through_the_relu_dh"), areas(t, "dH_1", "dW_1", "db_1")));
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
