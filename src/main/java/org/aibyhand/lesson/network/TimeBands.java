package org.aibyhand.lesson.network;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.aibyhand.lesson.Role;
import org.aibyhand.lesson.Subscripts;

/**
 * A sequence model unrolled in time: one column per step, and in each a stack of bands (inputs at the bottom,
 * gates and states above them, the output on top), each band's neurons side by side. The initial states sit in
 * a column of their own before the first step, so the recurrence h₀ → h₁ is drawn like every other one.
 */
final class TimeBands {
    /** One band: its symbol, the tensor of its values and of their gradients, and its initial state if any. */
    record Band(String symbol, String tensor, String gradient, Role role, String initial, double height) {
        Band(String symbol, String tensor, String gradient, Role role, String initial) {
            this(symbol, tensor, gradient, role, initial, 1);
        }

        /** Room for something drawn per step that is not a band of neurons (Mamba's state grid). */
        static Band room(String symbol, double height) {
            return new Band(symbol, null, null, null, null, height);
        }
    }

    private static final double BAND_GAP = 1.7;

    private final PictureBuilder picture;
    private final Map<String, List<List<Integer>>> bySymbol = new HashMap<>();
    private final Map<String, List<Integer>> initials = new HashMap<>();
    private final Map<String, Double> tops = new HashMap<>();
    private final int steps;
    private final double stepWidth;
    private final int widest;

    /** Lays out the bands, top to bottom, for the steps of {@code timeTensor} (at most the builder's limit). */
    TimeBands(PictureBuilder picture, String timeTensor, List<Band> bands) {
        this.picture = picture;
        this.steps = picture.steps(timeTensor);
        int wide = 1;
        for (Band band : bands) {
            wide = band.tensor() == null ? wide : Math.max(wide, picture.units(band.tensor()));
        }
        this.widest = wide;
        this.stepWidth = widest + 1.5;
        double next = 1.6;
        for (Band band : bands) {
            double y = next;
            next += BAND_GAP * band.height();
            tops.put(band.symbol(), y);
            picture.caption(band.symbol(), 0.5, y);
            if (band.tensor() == null) {
                continue;
            }
            List<List<Integer>> perStep = new java.util.ArrayList<>();
            for (int t = 0; t < steps; t++) {
                double x = x(t) + (widest - picture.units(band.tensor())) / 2.0;
                perStep.add(picture.band(band.symbol() + Subscripts.of(t + 1), band.tensor(), t, band.gradient(),
                        band.role(), x, y, true));
            }
            bySymbol.put(band.symbol(), perStep);
            if (band.initial() != null) {
                double x = 1.5 + (widest - picture.units(band.initial())) / 2.0;
                initials.put(band.symbol(), picture.band(band.symbol() + "₀", band.initial(), 0, null, Role.INPUT, x, y, true));
            }
        }
        for (int t = 0; t < steps; t++) {
            picture.caption("t = " + (t + 1), x(t) + (widest - 1) / 2.0, 0.6);
        }
    }

    /** The left edge of step t's column. */
    double x(int t) {
        return 1.5 + (t + 1) * stepWidth;
    }

    /** The top of a band (or of a room). */
    double y(String symbol) {
        return tops.get(symbol);
    }

    int steps() {
        return steps;
    }

    /** The neurons of a band at step t (from 0); at t = -1 its initial state, or none. */
    List<Integer> at(String symbol, int t) {
        if (t < 0) {
            return initials.getOrDefault(symbol, List.of());
        }
        return bySymbol.get(symbol).get(t);
    }
}
