package org.aibyhand.lesson.transformer;

import org.aibyhand.lesson.Role;
import org.aibyhand.lesson.TimeBands;
import org.aibyhand.lesson.TimeLayout;

/**
 * Where the Transformer lesson's blocks go: a column per token; weights, LayerNorm's γ and β and the biases on
 * the left of the rows they produce; the heads' score and weight blocks (T×T) side by side, head 1 under the
 * tokens and each next head to its right; every gradient on the left of the block it is summed from.
 */
final class TransformerLayout {
    private static final int LEFT = 1;

    private final TimeLayout layout;
    private final TransformerTensors t;
    private final int first;
    private TimeBands bands;

    TransformerLayout(TimeLayout layout, TransformerTensors tensors) {
        this.layout = layout;
        this.t = tensors;
        this.first = LEFT + Math.max(t.model, t.ffn) + 3;
    }

    /** The first column of a head's T×T blocks. */
    int headColumn(int head) {
        return first + head * (t.tokens + 1);
    }

    int width() {
        return headColumn(t.heads) + 1;
    }

    void draw(String title) {
        int d = t.model;
        int T = t.tokens;
        layout.sheet().title(title, Math.min(width(), 14));
        layout.label(1, LEFT, "d = " + d + " (model), h = " + t.heads + " heads of " + t.perHead() + ", f = " + t.ffn
                + " (feed-forward), T = " + T + " tokens, one column each");
        bands = new TimeBands(layout, 3, LEFT, LEFT, first, T, width());
        bands.heading("Forward pass (t = token)", false);
        left("causal", bands.next(1, "causal: TRUE masks every key after its query"), 1, 1, Role.INPUT);
        timed("X", bands.next(d, "X: the tokens' vectors"), d, Role.INPUT);
        timed("PE", bands.next(d, "PE[2i,t] = sin(t / 10000^(2i/d)), PE[2i+1,t] = cos(t / 10000^(2i/d))"), d, Role.FORWARD);
        timed("X_in", bands.next(d, "X_in = X + PE"), d, Role.FORWARD);
        for (String w : new String[] {"q", "k", "v"}) {
            int row = bands.next(d, w.toUpperCase() + " = W_" + w + " X_in (rows of head k: (k−1)·dh+1 … k·dh)");
            left("W_" + w, row, d, d, Role.PARAMETER);
            timed(w.toUpperCase(), row, d, Role.FORWARD);
        }
        heads("S", "S_h[i,j] = q_i · k_j / √dh over the head's rows (a row per query)", Role.FORWARD);
        heads("S_exp", "exp(S − the row's largest visible score), 0 when causal and j > i", Role.FORWARD);
        heads("A", "A_h = S_exp / its row sum: each head's attention weights (the heat map)", Role.FORWARD);
        timed("Z", bands.next(d, "Z = each head's V A_hᵀ, the heads stacked"), d, Role.FORWARD);
        int row = bands.next(d, "attn_out = W_o Z");
        left("W_o", row, d, d, Role.PARAMETER);
        timed("attn_out", row, d, Role.FORWARD);
        timed("R_1", bands.next(d, "R_1 = X_in + attn_out (residual)"), d, Role.FORWARD);
        layerNorm(1, "R_1");
        row = bands.next(t.ffn, "H_1 = ReLU(W_1 N_1 + b_1)");
        left("W_1", row, t.ffn, d, Role.PARAMETER);
        layout.label(row - 1, LEFT + d + 1, "b_1");
        t.add(layout.block("b_1", row, LEFT + d + 1, t.ffn, 1, Role.PARAMETER));
        timed("H_1", row, t.ffn, Role.FORWARD);
        row = bands.next(d, "F = W_2 H_1 + b_2");
        left("W_2", row, d, t.ffn, Role.PARAMETER);
        layout.label(row - 1, LEFT + t.ffn + 1, "b_2");
        t.add(layout.block("b_2", row, LEFT + t.ffn + 1, d, 1, Role.PARAMETER));
        timed("F", row, d, Role.FORWARD);
        timed("R_2", bands.next(d, "R_2 = N_1 + F (residual)"), d, Role.FORWARD);
        layerNorm(2, "R_2");
        timed("Y", bands.next(d, "Y: the target for each token"), d, Role.TARGET);
        row = bands.next(1, "loss = Σ (N_2 − Y)² / (2T)");
        layout.label(row - 1, first, "loss");
        t.add(layout.block("loss", row, first, 1, 1, Role.LOSS));

        bands.heading("Backward pass: the feed-forward network and the last LayerNorm", false);
        row = bands.next(d, "dN_2 = (N_2 − Y) / T", "dgamma_2 = Σ_t dN_2 ⊙ Nhat_2, dbeta_2 = Σ_t dN_2");
        gradient("dgamma_2", row, LEFT, d, 1);
        gradient("dbeta_2", row, LEFT + 2, d, 1);
        timed("dN_2", row, d, Role.GRADIENT);
        row = bands.next(d, "dR_2 = (g − mean_p g − Nhat_2 ⊙ mean_p(g ⊙ Nhat_2)) / √(var_2 + ε), g = gamma_2 ⊙ dN_2",
                "dW_2 = dR_2 H_1ᵀ, db_2 = Σ_t dR_2 (dF = dR_2)");
        gradient("dW_2", row, LEFT, d, t.ffn);
        gradient("db_2", row, LEFT + t.ffn + 1, d, 1);
        timed("dR_2", row, d, Role.GRADIENT);
        row = bands.next(t.ffn, "dH_1 = W_2ᵀ dR_2 where H_1 > 0, else 0", "dW_1 = dH_1 N_1ᵀ, db_1 = Σ_t dH_1");
        gradient("dW_1", row, LEFT, t.ffn, d);
        gradient("db_1", row, LEFT + d + 1, t.ffn, 1);
        timed("dH_1", row, t.ffn, Role.GRADIENT);
        layout.legend(bands.row(), LEFT);
        layout.columnWidth(0, 2);
    }

    /** mu, var, the normalized Nhat and N = γ ⊙ Nhat + β of the residual sum {@code input}. */
    private void layerNorm(int n, String input) {
        int d = t.model;
        timed("mu_" + n, bands.next(1, "mu_" + n + " = the mean of each column of " + input), 1, Role.FORWARD);
        timed("var_" + n, bands.next(1, "var_" + n + " = the mean of (" + input + " − mu_" + n + ")² per column"), 1, Role.FORWARD);
        timed("Nhat_" + n, bands.next(d, "Nhat_" + n + " = (" + input + " − mu_" + n + ") / √(var_" + n + " + ε), ε = 1e-5"),
                d, Role.FORWARD);
        int row = bands.next(d, "N_" + n + " = gamma_" + n + " ⊙ Nhat_" + n + " + beta_" + n + "  (LayerNorm)");
        left("gamma_" + n, row, d, 1, Role.PARAMETER);
        layout.label(row - 1, LEFT + 2, "beta_" + n);
        t.add(layout.block("beta_" + n, row, LEFT + 2, d, 1, Role.PARAMETER));
        timed("N_" + n, row, d, Role.FORWARD);
    }

    private void heads(String name, String equation, Role role) {
        int row = bands.next(t.tokens, equation);
        for (int h = 0; h < t.heads; h++) {
            String headName = name + "_h" + (h + 1);
            layout.label(row - 1, headColumn(h), headName + " (head " + (h + 1) + ")");
            t.add(layout.block(headName, row, headColumn(h), t.tokens, t.tokens, role));
        }
    }

    private void left(String name, int row, int rows, int columns, Role role) {
        layout.label(row - 1, LEFT, name);
        t.add(layout.block(name, row, LEFT, rows, columns, role));
    }

    private void gradient(String name, int row, int column, int rows, int columns) {
        layout.label(row - 1, column, name);
        t.add(layout.block(name, row, column, rows, columns, Role.GRADIENT));
    }

    private void timed(String name, int row, int rows, Role role) {
        layout.label(row - 1, first, name);
        t.add(layout.block(name, row, first, rows, t.tokens, role));
    }
}
