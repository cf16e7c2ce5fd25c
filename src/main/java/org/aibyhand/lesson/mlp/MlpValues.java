package org.aibyhand.lesson.mlp;

import org.aibyhand.lesson.HandValues;

/**
 * The seeded starting numbers of the MLP lesson: inputs, weights and biases with one decimal, targets 0 or 1.
 *
 * <p>Draws are repeated (from the same seeded stream, so a seed still gives one workbook) while any
 * pre-activation Z₁ or Z₂ would be exactly zero. At Z₁ = 0 ReLU has no derivative, so the lesson's gradient
 * [Z₁ > 0] is a convention a student cannot check; and an exact zero computed in floating point is a tiny
 * number of either sign, which Excel and LibreOffice round to zero differently. The check is done in exact
 * integers: tenths times tenths are hundredths, and those times tenths are thousandths.
 */
final class MlpValues {
    private static final int ATTEMPTS = 200;

    final int[][] x;
    final int[][] w1;
    final int[] b1;
    final int[][] w2;
    final int[] b2;
    final int[][] y;

    private MlpValues(int inputs, int hidden, int outputs, int batch, HandValues hand) {
        x = tenths(hand, inputs, batch, 1.0);
        w1 = tenths(hand, hidden, inputs, 1.0);
        b1 = tenths(hand, hidden, 0.5);
        w2 = tenths(hand, outputs, hidden, 1.0);
        b2 = tenths(hand, outputs, 0.5);
        y = new int[outputs][batch];
        for (int o = 0; o < outputs; o++) {
            for (int s = 0; s < batch; s++) {
                y[o][s] = hand.bit();
            }
        }
    }

    /** Values for the given sizes, clear of ReLU's kink where the seed allows it within a few hundred draws. */
    static MlpValues draw(long seed, int inputs, int hidden, int outputs, int batch) {
        HandValues hand = new HandValues(seed);
        MlpValues values = new MlpValues(inputs, hidden, outputs, batch, hand);
        for (int attempt = 1; attempt < ATTEMPTS && values.touchesZero(); attempt++) {
            values = new MlpValues(inputs, hidden, outputs, batch, hand);
        }
        return values;
    }

    private boolean touchesZero() {
        int hidden = w1.length;
        int batch = x[0].length;
        long[][] a1 = new long[hidden][batch];
        for (int h = 0; h < hidden; h++) {
            for (int s = 0; s < batch; s++) {
                long z1 = 10L * b1[h]; // hundredths
                for (int i = 0; i < x.length; i++) {
                    z1 += (long) w1[h][i] * x[i][s];
                }
                if (z1 == 0) {
                    return true;
                }
                a1[h][s] = Math.max(0, z1);
            }
        }
        for (int o = 0; o < w2.length; o++) {
            for (int s = 0; s < batch; s++) {
                long z2 = 100L * b2[o]; // thousandths
                for (int h = 0; h < hidden; h++) {
                    z2 += w2[o][h] * a1[h][s];
                }
                if (z2 == 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int[][] tenths(HandValues hand, int rows, int columns, double limit) {
        int[][] values = new int[rows][];
        for (int r = 0; r < rows; r++) {
            values[r] = tenths(hand, columns, limit);
        }
        return values;
    }

    private static int[] tenths(HandValues hand, int count, double limit) {
        int[] values = new int[count];
        for (int k = 0; k < count; k++) {
            values[k] = (int) Math.round(hand.tenth(limit) * 10);
        }
        return values;
    }
}
