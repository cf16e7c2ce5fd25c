package org.aibyhand.lesson.transformer;

import org.aibyhand.lesson.Role;
import org.aibyhand.lesson.TimeBands;
import org.aibyhand.lesson.TimeLayout;
import org.aibyhand.i18n.Texts;

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
        layout.label(1, LEFT, "d = " + d + Texts.get("lesson.text.model") + t.heads + Texts.get("lesson.text.heads_of") + t.perHead() + ", f = " + t.ffn
                + Texts.get("lesson.text.feed_forward") + T + Texts.get("lesson.text.tokens_one_column_each"));
        bands = new TimeBands(layout, 3, LEFT, LEFT, first, T, width());
        bands.heading(Texts.get("lesson.text.forward_pass_token"), false);
        left("causal", bands.next(1, Texts.get("lesson.text.causal_true_masks_every_key2")), 1, 1, Role.INPUT);
        timed("X", bands.next(d, Texts.get("lesson.text.the_tokens_vectors")), d, Role.INPUT);
        timed("PE", bands.next(d, Texts.get("lesson.text.pe_sin_pe_cos")), d, Role.FORWARD);
        timed("X_in", bands.next(d, "X_in = X + PE"), d, Role.FORWARD);
        for (String w : new String[] {"q", "k", "v"}) {
            int row = bands.next(d, w.toUpperCase() + " = W_" + w + Texts.get("lesson.text.in_rows_of_head_dh"));
            left("W_" + w, row, d, d, Role.PARAMETER);
            timed(w.toUpperCase(), row, d, Role.FORWARD);
        }
        heads("S", Texts.get("lesson.text.dh_over_the_head_rows"), Role.FORWARD);
        heads("S_exp", Texts.get("lesson.text.exp_the_row_largest_visible"), Role.FORWARD);
        heads("A", Texts.get("lesson.text.exp_its_row_sum_each"), Role.FORWARD);
        timed("Z", bands.next(d, Texts.get("lesson.text.each_head_the_heads_stacked")), d, Role.FORWARD);
        int row = bands.next(d, Texts.get("lesson.text.attn_out"));
        left("W_o", row, d, d, Role.PARAMETER);
        timed("attn_out", row, d, Role.FORWARD);
        timed("R_1", bands.next(d, Texts.get("lesson.text.in_attn_out_residual")), d, Role.FORWARD);
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
        timed("R_2", bands.next(d, Texts.get("lesson.text.residual")), d, Role.FORWARD);
        layerNorm(2, "R_2");
        timed("Y", bands.next(d, Texts.get("lesson.text.the_target_for_each_token")), d, Role.TARGET);
        row = bands.next(1, Texts.get("lesson.text.loss4"));
        layout.label(row - 1, first, "loss");
        t.add(layout.block("loss", row, first, 1, 1, Role.LOSS));

        bands.heading(Texts.get("lesson.text.backward_pass_the_feed_forward"), false);
        row = bands.next(d, "dN_2 = (N_2 − Y) / T", Texts.get("lesson.text.dgamma_dn_nhat_dbeta_dn"));
        gradient("dgamma_2", row, LEFT, d, 1);
        gradient("dbeta_2", row, LEFT + 2, d, 1);
        timed("dN_2", row, d, Role.GRADIENT);
        row = bands.next(d, Texts.get("lesson.text.dr_mean_nhat_mean_nhat"),
                "dW_2 = dR_2 H_1ᵀ, db_2 = Σ_t dR_2 (dF = dR_2)");
        gradient("dW_2", row, LEFT, d, t.ffn);
        gradient("db_2", row, LEFT + t.ffn + 1, d, 1);
        timed("dR_2", row, d, Role.GRADIENT);
        row = bands.next(t.ffn, Texts.get("lesson.text.dh_dr_where_else"), "dW_1 = dH_1 N_1ᵀ, db_1 = Σ_t dH_1");
        gradient("dW_1", row, LEFT, t.ffn, d);
        gradient("db_1", row, LEFT + d + 1, t.ffn, 1);
        timed("dH_1", row, t.ffn, Role.GRADIENT);
        layout.legend(bands.row(), LEFT);
        layout.columnWidth(0, 2);
    }

    /** mu, var, the normalized Nhat and N = γ ⊙ Nhat + β of the residual sum {@code input}. */
    private void layerNorm(int n, String input) {
        int d = t.model;
        timed("mu_" + n, bands.next(1, "mu_" + n + Texts.get("lesson.text.the_mean_of_each_column") + input), 1, Role.FORWARD);
        timed("var_" + n, bands.next(1, "var_" + n + Texts.get("lesson.text.the_mean_of") + input + " − mu_" + n + Texts.get("lesson.text.per_column")), 1, Role.FORWARD);
        timed("Nhat_" + n, bands.next(d, "Nhat_" + n + " = (" + input + " − mu_" + n + Texts.get("lesson.text.var") + n + " + ε), ε = 1e-5"),
                d, Role.FORWARD);
        int row = bands.next(d, "N_" + n + Texts.get("lesson.text.gamma") + n + Texts.get("lesson.text.nhat") + n + Texts.get("lesson.text.beta") + n + Texts.get("lesson.text.layernorm"));
        left("gamma_" + n, row, d, 1, Role.PARAMETER);
        layout.label(row - 1, LEFT + 2, "beta_" + n);
        t.add(layout.block("beta_" + n, row, LEFT + 2, d, 1, Role.PARAMETER));
        timed("N_" + n, row, d, Role.FORWARD);
    }

    private void heads(String name, String equation, Role role) {
        int row = bands.next(t.tokens, equation);
        for (int h = 0; h < t.heads; h++) {
            String headName = name + "_h" + (h + 1);
            layout.label(row - 1, headColumn(h), headName + Texts.get("lesson.text.head") + (h + 1) + ")");
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
