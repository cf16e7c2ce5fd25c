package org.aibyhand.lesson.network;

import java.util.ArrayList;
import java.util.List;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.ref.CellAddress;
import org.aibyhand.lesson.Role;
import org.aibyhand.lesson.network.TimeBands.Band;

/**
 * Self-attention and the transformer block, one column per token: the projections as weight edges, and the
 * attention weights as links from every token's value vₛ to every token's output zₜ, scaled by A[t][s]; beside
 * the tokens, each head's token-to-token weight matrix A as a heat map.
 */
final class AttentionPicture {
    private static final double MAP_SQUARE = 0.8;

    private AttentionPicture() {
    }

    static NetworkPicture attention(LessonTensors tensors) {
        if (!tensors.has("X", "Q", "K", "V", "A_attn", "Z", "O")) {
            return null;
        }
        PictureBuilder picture = new PictureBuilder(tensors);
        TimeBands tokens = new TimeBands(picture, "X", List.of(band("o", "O", "dO"), band("z", "Z", "dZ"),
                band("v", "V", "dV"), band("k", "K", "dK"), band("q", "Q", "dQ"),
                new Band("x", "X", null, Role.INPUT, null)));
        for (int t = 0; t < tokens.steps(); t++) {
            picture.dense(tokens.at("x", t), tokens.at("q", t), "W_q", "dW_q");
            picture.dense(tokens.at("x", t), tokens.at("k", t), "W_k", "dW_k");
            picture.dense(tokens.at("x", t), tokens.at("v", t), "W_v", "dW_v");
            picture.dense(tokens.at("z", t), tokens.at("o", t), "W_o", "dW_o");
        }
        attend(picture, tokens, "v", "z", "A_attn", "dA_attn", 0, Integer.MAX_VALUE);
        picture.map("A", "A_attn", "dA_attn", picture.width() + 0.8, 1.2, MAP_SQUARE);
        return picture.build("attention");
    }

    static NetworkPicture transformer(LessonTensors tensors) {
        if (!tensors.has("X_in", "V", "Z", "attn_out", "N_1", "H_1", "F", "N_2", "A_h1")) {
            return null;
        }
        PictureBuilder picture = new PictureBuilder(tensors);
        TimeBands tokens = new TimeBands(picture, "X_in", List.of(band("n₂", "N_2", "dN_2"), band("f", "F", "dR_2"),
                band("h", "H_1", "dH_1"), band("n₁", "N_1", null), band("a", "attn_out", null), band("z", "Z", null),
                band("v", "V", null), new Band("x", "X_in", null, Role.INPUT, null)));
        List<String> heads = new ArrayList<>();
        while (tensors.has("A_h" + (heads.size() + 1))) {
            heads.add("A_h" + (heads.size() + 1));
        }
        int perHead = tensors.area("Z").rows() / heads.size();
        for (int t = 0; t < tokens.steps(); t++) {
            picture.dense(tokens.at("x", t), tokens.at("v", t), "W_v", null);
            picture.dense(tokens.at("z", t), tokens.at("a", t), "W_o", null);
            picture.elementwise(tokens.at("a", t), tokens.at("n₁", t));
            picture.dense(tokens.at("n₁", t), tokens.at("h", t), "W_1", "dW_1");
            picture.bias(tokens.at("h", t), "b_1", "db_1");
            picture.dense(tokens.at("h", t), tokens.at("f", t), "W_2", "dW_2");
            picture.bias(tokens.at("f", t), "b_2", "db_2");
            picture.elementwise(tokens.at("f", t), tokens.at("n₂", t));
            picture.elementwise(tokens.at("n₁", t), tokens.at("n₂", t));
        }
        double x = picture.width() + 0.8;
        double y = 1.2;
        for (int h = 0; h < heads.size(); h++) {
            attend(picture, tokens, "v", "z", heads.get(h), null, h * perHead, (h + 1) * perHead);
            Area weights = tensors.area(heads.get(h));
            picture.map("A" + org.aibyhand.lesson.Subscripts.of(h + 1), heads.get(h), null, x, y, MAP_SQUARE);
            y += Math.min(weights.rows(), PictureBuilder.MAX_UNITS * 2) * MAP_SQUARE + 1.2;
        }
        return picture.build("transformer");
    }

    /**
     * zₜ = Σₛ A[t][s] vₛ over the rows {@code from..to} (one head's): a link from each vₛ to each zₜ, the same
     * weight cell A[t][s] for all of its rows.
     */
    private static void attend(PictureBuilder picture, TimeBands tokens, String values, String outputs, String weights,
            String gradients, int from, int to) {
        Area a = picture.tensors().area(weights);
        Area da = gradients == null ? null : picture.tensors().area(gradients);
        for (int t = 0; t < tokens.steps(); t++) {
            for (int s = 0; s < tokens.steps(); s++) {
                List<Integer> v = tokens.at(values, s);
                List<Integer> z = tokens.at(outputs, t);
                int end = Math.min(to, Math.min(v.size(), z.size()));
                CellAddress grad = da == null ? null : LessonTensors.at(da, t, s);
                picture.scaled(v.subList(Math.min(from, end), end), z.subList(Math.min(from, end), end),
                        LessonTensors.at(a, t, s), grad);
            }
        }
    }

    private static Band band(String symbol, String tensor, String gradient) {
        return new Band(symbol, tensor, gradient, Role.FORWARD, null);
    }
}
