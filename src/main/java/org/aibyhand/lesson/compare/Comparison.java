package org.aibyhand.lesson.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The same input sequence through RNN, LSTM, GRU, attention and Mamba at T = from, 2·from, … up to upTo, each
 * measured by the engine on the workbook its lesson builds ({@link Measurement}), with the growth exponent of
 * each quantity per model. A model is built only up to its own longest sequence.
 */
public record Comparison(List<Measurement> measurements) {

    public Comparison {
        measurements = List.copyOf(measurements);
    }

    /** Measures every model at every doubling of T from {@code from} to {@code upTo}; reports each as it is done. */
    public static Comparison run(List<ComparedModel> models, int from, int upTo, int timedRuns, Consumer<Measurement> done) {
        List<Measurement> all = new ArrayList<>();
        for (ComparedModel model : models) {
            for (int steps = from; steps <= Math.min(upTo, model.maxSteps()); steps *= 2) {
                Measurement measurement = Measure.of(model, steps, timedRuns);
                all.add(measurement);
                done.accept(measurement);
            }
        }
        return new Comparison(all);
    }

    /** The models in the order they were measured. */
    public List<String> models() {
        return measurements.stream().map(Measurement::model).distinct().toList();
    }

    public List<Measurement> of(String model) {
        return measurements.stream().filter(m -> m.model().equals(model)).toList();
    }

    /** The exponents of formula cells, depth and recalculation time of one model. */
    public Exponents exponents(String model) {
        List<Measurement> own = of(model);
        return new Exponents(GrowthFit.exponent(own, Measurement::formulaCells), GrowthFit.exponent(own, Measurement::depth),
                GrowthFit.exponent(own, Measurement::recalcMillis));
    }

    /** A model's growth exponents in T: cells ~ T^cells, depth ~ T^depth, time ~ T^time. */
    public record Exponents(double cells, double depth, double time) {
    }

    /** The table as text, one row per model and length, then one line of exponents per model. */
    public String table() {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%-15s %6s %14s %8s %14s %12s%n", "model", "T", "formula cells", "depth",
                "state/step", "recalc ms"));
        for (Measurement m : measurements) {
            text.append(String.format(Locale.ROOT, "%-15s %,6d %,14d %,8d %,14d %12.3f%n", m.model(), m.steps(),
                    m.formulaCells(), m.depth(), m.statePerStep(), m.recalcMillis()));
        }
        text.append(String.format(Locale.ROOT, "%ngrowth exponents (slope of log value against log T):%n"));
        for (String model : models()) {
            Exponents e = exponents(model);
            text.append(String.format(Locale.ROOT, "%-15s cells T^%.2f, depth T^%.2f, recalc time T^%.2f%n", model,
                    e.cells(), e.depth(), e.time()));
        }
        return text.toString();
    }
}
