package org.aibyhand.lesson.attention;

import org.aibyhand.lesson.Role;
import org.aibyhand.lesson.Tensor;
import org.aibyhand.lesson.TimeBands;
import org.aibyhand.lesson.TimeLayout;
import org.aibyhand.i18n.Texts;

/**
 * Where the attention lesson's blocks go: a column per token on the right, each weight on the left of the rows
 * it produces (W_q beside Q, ...), the per-query sums (S_max, S_sum, dA_avg) on the left of their T×T block, and
 * each weight's gradient on the left of the gradient it is summed from.
 */
final class AttentionLayout {
    private static final int LEFT = 1;

    private final TimeLayout layout;
    private final int model;
    private final int key;
    private final int tokens;
    private final int first;

    AttentionLayout(TimeLayout layout, int model, int key, int tokens) {
        this.layout = layout;
        this.model = model;
        this.key = key;
        this.tokens = tokens;
        this.first = LEFT + Math.max(model, key) + 1;
    }

    /** Columns the layout needs across. */
    int width() {
        return first + tokens + 2;
    }

    AttentionTensors draw(String title) {
        layout.sheet().title(title, Math.min(width(), 14));
        layout.label(1, LEFT, "d = " + model + Texts.get("lesson.text.model_dk") + key + Texts.get("lesson.text.key") + tokens
                + Texts.get("lesson.text.tokens_one_column_each_and"));
        TimeBands bands = new TimeBands(layout, 3, LEFT, LEFT, first, tokens, first + tokens + 1);
        bands.heading(Texts.get("lesson.text.forward_pass_token"), false);
        int row = bands.next(1, Texts.get("lesson.text.causal_true_masks_every_key"));
        Tensor causal = left("causal", "causal", row, 1, 1, Role.INPUT);
        Tensor x = timed("X", Texts.get("lesson.text.tokens"), bands.next(model, Texts.get("lesson.text.token_vector")), model, Role.INPUT);
        row = bands.next(key, Texts.get("lesson.text.query_per_token"));
        Tensor wQ = left("W_q", "W_q", row, key, model, Role.PARAMETER);
        Tensor q = timed("Q", "Q", row, key, Role.FORWARD);
        row = bands.next(key, Texts.get("lesson.text.key_per_token"));
        Tensor wK = left("W_k", "W_k", row, key, model, Role.PARAMETER);
        Tensor k = timed("K", "K", row, key, Role.FORWARD);
        row = bands.next(key, Texts.get("lesson.text.value_per_token"));
        Tensor wV = left("W_v", "W_v", row, key, model, Role.PARAMETER);
        Tensor v = timed("V", "V", row, key, Role.FORWARD);
        row = bands.next(tokens, "S[i,j] = q_i · k_j / √dk", Texts.get("lesson.text.max_the_largest_the_query"));
        Tensor s = timed("S", Texts.get("lesson.text.scores"), row, tokens, Role.FORWARD);
        Tensor sMax = left("S_max", "S_max", row, tokens, 1, Role.FORWARD);
        row = bands.next(tokens, Texts.get("lesson.text.exp_exp_max_when_causal"),
                Texts.get("lesson.text.subtracting_the_row_maximum_changes"),
                Texts.get("lesson.text.but_keeps_exp_from_overflowing"));
        Tensor sExp = timed("S_exp", Texts.get("lesson.text.exp_max"), row, tokens, Role.FORWARD);
        row = bands.next(tokens, Texts.get("lesson.text.attn_exp_sum_softmax_of"), Texts.get("lesson.text.sum_exp"));
        Tensor a = timed("A_attn", Texts.get("lesson.text.attention_weights"), row, tokens, Role.FORWARD);
        Tensor sSum = left("S_sum", "S_sum", row, tokens, 1, Role.FORWARD);
        Tensor z = timed("Z", "Z", bands.next(key, Texts.get("lesson.text.attn_attn")), key, Role.FORWARD);
        row = bands.next(model, "O = W_o Z");
        Tensor wO = left("W_o", "W_o", row, model, key, Role.PARAMETER);
        Tensor o = timed("O", Texts.get("lesson.text.outputs3"), row, model, Role.FORWARD);
        Tensor y = timed("Y", Texts.get("lesson.text.targets"), bands.next(model, Texts.get("lesson.text.the_target_for_each_token")), model, Role.TARGET);
        row = bands.next(1, Texts.get("lesson.text.loss2"));
        layout.label(row - 1, first, "loss");
        Tensor loss = layout.block("loss", row, first, 1, 1, Role.LOSS);

        bands.heading(Texts.get("lesson.text.backward_pass_the_gradient_of"), false);
        row = bands.next(model, "dO = (O − Y) / T", "dW_o = dO Zᵀ");
        Tensor dO = timed("dO", "dO", row, model, Role.GRADIENT);
        Tensor dWO = left("dW_o", "dW_o", row, model, key, Role.GRADIENT);
        Tensor dZ = timed("dZ", "dZ", bands.next(key, "dZ = W_oᵀ dO"), key, Role.GRADIENT);
        row = bands.next(key, Texts.get("lesson.text.dv_dz_attn_dv_attn"), "dW_v = dV Xᵀ");
        Tensor dV = timed("dV", "dV", row, key, Role.GRADIENT);
        Tensor dWV = left("dW_v", "dW_v", row, key, model, Role.GRADIENT);
        Tensor dA = timed("dA_attn", "dA", bands.next(tokens, Texts.get("lesson.text.da_attn_dz")), tokens, Role.GRADIENT);
        row = bands.next(tokens, Texts.get("lesson.text.ds_attn_da_attn_da"),
                Texts.get("lesson.text.da_avg_attn_da_attn"));
        Tensor dS = timed("dS", "dS", row, tokens, Role.GRADIENT);
        Tensor dAAvg = left("dA_avg", "dA_avg", row, tokens, 1, Role.GRADIENT);
        row = bands.next(key, "dQ = K dSᵀ / √dk (dq_i = Σ_j dS[i,j] k_j / √dk)", "dW_q = dQ Xᵀ");
        Tensor dQ = timed("dQ", "dQ", row, key, Role.GRADIENT);
        Tensor dWQ = left("dW_q", "dW_q", row, key, model, Role.GRADIENT);
        row = bands.next(key, "dK = Q dS / √dk (dk_j = Σ_i dS[i,j] q_i / √dk)", "dW_k = dK Xᵀ");
        Tensor dK = timed("dK", "dK", row, key, Role.GRADIENT);
        Tensor dWK = left("dW_k", "dW_k", row, key, model, Role.GRADIENT);
        layout.legend(bands.row(), LEFT);
        layout.columnWidth(0, 2);
        layout.columnWidth(first - 1, 2);
        return new AttentionTensors(x, causal, wQ, wK, wV, wO, q, k, v, s, sMax, sExp, sSum, a, z, o, y, loss, dO, dWO,
                dZ, dV, dWV, dA, dAAvg, dS, dQ, dWQ, dK, dWK);
    }

    private Tensor left(String name, String label, int row, int rows, int columns, Role role) {
        layout.label(row - 1, LEFT, label);
        return layout.block(name, row, LEFT, rows, columns, role);
    }

    private Tensor timed(String name, String label, int row, int rows, Role role) {
        layout.label(row - 1, first, label);
        return layout.block(name, row, first, rows, tokens, role);
    }
}
