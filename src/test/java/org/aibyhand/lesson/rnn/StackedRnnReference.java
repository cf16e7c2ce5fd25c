package org.aibyhand.lesson.rnn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aibyhand.lesson.Matrices;
import org.aibyhand.lesson.ReadOutReference;

/**
 * A stacked, optionally bidirectional tanh RNN in plain Java, apart from the builder, as torch.nn.RNN with
 * num_layers and bidirectional (one bias per direction): each layer reads the layer below's states, both
 * directions stacked forward first; the reverse direction runs from the last step to the first. Backward:
 * the usual BPTT per direction, carrying dh into the step the state came from, and the gradient with respect to
 * a layer's input passed down as W_ihᵀ dz.
 */
final class StackedRnnReference {
    private StackedRnnReference() {
    }

    static List<String> givens(int layers, boolean bidirectional) {
        List<String> names = new ArrayList<>(List.of("X", "W_hy", "b_y", "Y"));
        for (int l = 1; l <= layers; l++) {
            for (String s : bidirectional ? new String[] {"_l" + l, "_l" + l + "r"} : new String[] {"_l" + l}) {
                names.addAll(List.of("W_ih" + s, "W_hh" + s, "b" + s, "h_0" + s));
            }
        }
        return names;
    }

    static Map<String, double[][]> compute(Map<String, double[][]> g, int layers, boolean bidirectional) {
        double[][] input = g.get("X");
        int steps = input[0].length;
        String[][] suffixes = new String[layers][];
        List<double[][]> inputs = new ArrayList<>();
        Map<String, double[][]> states = new LinkedHashMap<>();
        for (int l = 0; l < layers; l++) {
            suffixes[l] = bidirectional ? new String[] {"_l" + (l + 1), "_l" + (l + 1) + "r"} : new String[] {"_l" + (l + 1)};
            inputs.add(input);
            List<double[][]> outs = new ArrayList<>();
            for (String s : suffixes[l]) {
                double[][] h = run(g.get("W_ih" + s), g.get("W_hh" + s), g.get("b" + s), g.get("h_0" + s), input, s.endsWith("r"));
                states.put("H" + s, h);
                outs.add(h);
            }
            input = stack(outs);
        }
        ReadOutReference readOut = ReadOutReference.of(g, input);
        Map<String, double[][]> all = new LinkedHashMap<>(states);
        readOut.into(all);
        double[][] fromAbove = Matrices.times(Matrices.transpose(g.get("W_hy")), readOut.dY());
        for (int l = layers - 1; l >= 0; l--) {
            double[][] below = new double[inputs.get(l).length][steps];
            int offset = 0;
            for (String s : suffixes[l]) {
                double[][] h = states.get("H" + s);
                boolean reverse = s.endsWith("r");
                double[][] dH = new double[h.length][steps];
                double[][] dZ = new double[h.length][steps];
                double[] carried = new double[h.length];
                for (int step = 0; step < steps; step++) {
                    int t = reverse ? step : steps - 1 - step;
                    for (int i = 0; i < h.length; i++) {
                        dH[i][t] = fromAbove[offset + i][t] + carried[i];
                        dZ[i][t] = dH[i][t] * (1 - h[i][t] * h[i][t]);
                    }
                    carried = new double[h.length];
                    for (int k = 0; k < h.length; k++) {
                        for (int i = 0; i < h.length; i++) {
                            carried[k] += g.get("W_hh" + s)[i][k] * dZ[i][t];
                        }
                    }
                }
                double[][] neighbours = new double[h.length][steps];
                for (int t = 0; t < steps; t++) {
                    int n = reverse ? t + 1 : t - 1;
                    for (int k = 0; k < h.length; k++) {
                        neighbours[k][t] = n < 0 || n >= steps ? g.get("h_0" + s)[k][0] : h[k][n];
                    }
                }
                all.put("dH" + s, dH);
                all.put("dZ" + s, dZ);
                all.put("dW_ih" + s, Matrices.timesTransposed(dZ, inputs.get(l)));
                all.put("dW_hh" + s, Matrices.timesTransposed(dZ, neighbours));
                all.put("db" + s, Matrices.rowSums(dZ));
                below = Matrices.plus(below, Matrices.times(Matrices.transpose(g.get("W_ih" + s)), dZ));
                offset += h.length;
            }
            fromAbove = below;
        }
        return all;
    }

    private static double[][] run(double[][] wIh, double[][] wHh, double[][] b, double[][] h0, double[][] x, boolean reverse) {
        int steps = x[0].length;
        double[][] h = new double[wHh.length][steps];
        double[] state = new double[wHh.length];
        for (int k = 0; k < state.length; k++) {
            state[k] = h0[k][0];
        }
        for (int step = 0; step < steps; step++) {
            int t = reverse ? steps - 1 - step : step;
            double[] next = new double[state.length];
            for (int i = 0; i < state.length; i++) {
                double z = b[i][0];
                for (int j = 0; j < x.length; j++) {
                    z += wIh[i][j] * x[j][t];
                }
                for (int k = 0; k < state.length; k++) {
                    z += wHh[i][k] * state[k];
                }
                next[i] = Math.tanh(z);
                h[i][t] = next[i];
            }
            state = next;
        }
        return h;
    }

    /** The directions' states one under the other, forward first. */
    private static double[][] stack(List<double[][]> parts) {
        List<double[]> rows = new ArrayList<>();
        for (double[][] part : parts) {
            rows.addAll(List.of(part));
        }
        return rows.toArray(new double[0][]);
    }
}
