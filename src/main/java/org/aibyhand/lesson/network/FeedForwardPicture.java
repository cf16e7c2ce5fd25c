package org.aibyhand.lesson.network;

import java.util.List;
import org.aibyhand.lesson.Role;

/**
 * The perceptron as in every textbook: inputs, the ReLU hidden layer and the sigmoid outputs as columns of
 * neurons left to right, W₁ and W₂ as the edges between them, b₁ and b₂ on the neurons they feed. It shows the
 * first sample of the batch (column 1 of X, A₁ and A₂).
 */
final class FeedForwardPicture {
    private static final double GAP = 3.5;

    private FeedForwardPicture() {
    }

    static NetworkPicture of(LessonTensors tensors) {
        if (!tensors.has("X", "W_1", "A_1", "W_2", "A_2")) {
            return null;
        }
        PictureBuilder picture = new PictureBuilder(tensors);
        int tallest = Math.max(picture.units("X"), Math.max(picture.units("A_1"), picture.units("A_2")));
        List<Integer> x = column(picture, "X", "X", null, Role.INPUT, 1, tallest);
        List<Integer> a1 = column(picture, "A₁", "A_1", "dZ_1", Role.FORWARD, 1 + GAP, tallest);
        List<Integer> a2 = column(picture, "A₂", "A_2", "dZ_2", Role.FORWARD, 1 + 2 * GAP, tallest);
        picture.preActivations(a1, "Z_1", 0);
        picture.preActivations(a2, "Z_2", 0);
        picture.dense(x, a1, "W_1", "dW_1");
        picture.bias(a1, "b_1", "db_1");
        picture.dense(a1, a2, "W_2", "dW_2");
        picture.bias(a2, "b_2", "db_2");
        return picture.build("mlp");
    }

    /** A layer's neurons down one column, centred on the tallest layer, with its symbol above. */
    private static List<Integer> column(PictureBuilder picture, String symbol, String tensor, String gradient, Role role,
            double x, int tallest) {
        double top = 1.5 + (tallest - picture.units(tensor)) * PictureBuilder.DOWN_SPACING / 2;
        picture.caption(symbol, x, 0.6);
        return picture.band(symbol, tensor, 0, gradient, role, x, top, false);
    }
}
