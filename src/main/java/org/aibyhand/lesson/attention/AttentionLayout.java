package org.aibyhand.lesson.attention;

import org.aibyhand.lesson.Role;
import org.aibyhand.lesson.Tensor;
import org.aibyhand.lesson.TimeBands;
import org.aibyhand.lesson.TimeLayout;

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
        layout.label(1, LEFT, "d = " + model + " (model), dk = " + key + " (key), T = " + tokens
                + " tokens, one column each; S and A have a row per query and a column per key");
        TimeBands bands = new TimeBands(layout, 3, LEFT, LEFT, first, tokens, first + tokens + 1);
        bands.heading("Forward pass (t = token)", false);
        int row = bands.next(1, "causal: TRUE masks every key after its query (j > i); edit it to switch");
        Tensor causal = left("causal", "causal", row, 1, 1, Role.INPUT);
        Tensor x = timed("X", "X (tokens)", bands.next(model, "x_t: token t's vector"), model, Role.INPUT);
        row = bands.next(key, "Q = W_q X (a query per token)");
        Tensor wQ = left("W_q", "W_q", row, key, model, Role.PARAMETER);
        Tensor q = timed("Q", "Q", row, key, Role.FORWARD);
        row = bands.next(key, "K = W_k X (a key per token)");
        Tensor wK = left("W_k", "W_k", row, key, model, Role.PARAMETER);
        Tensor k = timed("K", "K", row, key, Role.FORWARD);
        row = bands.next(key, "V = W_v X (a value per token)");
        Tensor wV = left("W_v", "W_v", row, key, model, Role.PARAMETER);
        Tensor v = timed("V", "V", row, key, Role.FORWARD);
        row = bands.next(tokens, "S[i,j] = q_i · k_j / √dk", "S_max[i] = the largest S[i,j] the query may see");
        Tensor s = timed("S", "S (scores)", row, tokens, Role.FORWARD);
        Tensor sMax = left("S_max", "S_max", row, tokens, 1, Role.FORWARD);
        row = bands.next(tokens, "S_exp[i,j] = exp(S[i,j] − S_max[i]); 0 when causal and j > i",
                "Subtracting the row maximum changes no weight (it cancels in the ratio)",
                "but keeps exp from overflowing: the largest term is exp(0) = 1");
        Tensor sExp = timed("S_exp", "exp(S − S_max)", row, tokens, Role.FORWARD);
        row = bands.next(tokens, "A_attn[i,j] = S_exp[i,j] / S_sum[i]  (softmax of row i)", "S_sum[i] = Σ_j S_exp[i,j]");
        Tensor a = timed("A_attn", "A (attention weights)", row, tokens, Role.FORWARD);
        Tensor sSum = left("S_sum", "S_sum", row, tokens, 1, Role.FORWARD);
        Tensor z = timed("Z", "Z", bands.next(key, "Z = V A_attnᵀ (z_i = Σ_j A_attn[i,j] v_j)"), key, Role.FORWARD);
        row = bands.next(model, "O = W_o Z");
        Tensor wO = left("W_o", "W_o", row, model, key, Role.PARAMETER);
        Tensor o = timed("O", "O (outputs)", row, model, Role.FORWARD);
        Tensor y = timed("Y", "Y (targets)", bands.next(model, "Y: the target for each token"), model, Role.TARGET);
        row = bands.next(1, "loss = Σ (O − Y)² / (2T)");
        layout.label(row - 1, first, "loss");
        Tensor loss = layout.block("loss", row, first, 1, 1, Role.LOSS);

        bands.heading("Backward pass: the gradient of the loss with respect to each block", false);
        row = bands.next(model, "dO = (O − Y) / T", "dW_o = dO Zᵀ");
        Tensor dO = timed("dO", "dO", row, model, Role.GRADIENT);
        Tensor dWO = left("dW_o", "dW_o", row, model, key, Role.GRADIENT);
        Tensor dZ = timed("dZ", "dZ", bands.next(key, "dZ = W_oᵀ dO"), key, Role.GRADIENT);
        row = bands.next(key, "dV = dZ A_attn (dv_j = Σ_i A_attn[i,j] dz_i)", "dW_v = dV Xᵀ");
        Tensor dV = timed("dV", "dV", row, key, Role.GRADIENT);
        Tensor dWV = left("dW_v", "dW_v", row, key, model, Role.GRADIENT);
        Tensor dA = timed("dA_attn", "dA", bands.next(tokens, "dA_attn[i,j] = dz_i · v_j"), tokens, Role.GRADIENT);
        row = bands.next(tokens, "dS[i,j] = A_attn[i,j] (dA_attn[i,j] − dA_avg[i])  (back through the softmax)",
                "dA_avg[i] = Σ_j A_attn[i,j] dA_attn[i,j]");
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
