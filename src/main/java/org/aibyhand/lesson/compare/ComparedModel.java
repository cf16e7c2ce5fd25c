package org.aibyhand.lesson.compare;

import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntToLongFunction;
import org.aibyhand.lesson.LessonOptions;

/**
 * One model of the comparison: the lesson it is built from, its options at a sequence length, the longest
 * sequence it is built for, and the numbers it must keep from one step to the next at inference.
 */
public record ComparedModel(String label, String kind, IntFunction<LessonOptions> options, int maxSteps,
        IntToLongFunction statePerStep, String stateText) {

    /** Inputs (Mamba's channels, attention's model width) of every model, so they read the same sequence. */
    public static final int INPUTS = 2;
    /** Hidden units of the recurrences, and attention's key width. */
    public static final int HIDDEN = 4;
    /** Mamba's states per channel. */
    public static final int STATE = 4;
    /** The seed of every model's weights. */
    public static final long SEED = 1;

    /**
     * RNN, LSTM, GRU, attention and Mamba, as the road from the RNN to Mamba runs, and Mamba's scan once more as
     * the parallel prefix scan.
     */
    public static final List<ComparedModel> ALL = List.of(
            recurrence("RNN", "rnn", HIDDEN, "h_t (H)"),
            recurrence("LSTM", "lstm", 2 * HIDDEN, "h_t, c_t (2H)"),
            recurrence("GRU", "gru", HIDDEN, "h_t (H)"),
            new ComparedModel("Attention", "attention", t -> new LessonOptions(SEED).with("model", INPUTS)
                    .with("key", HIDDEN).with("tokens", t), 256, t -> 2L * HIDDEN * t, "K, V cache (2·dk·T)"),
            new ComparedModel("Mamba", "mamba", t -> new LessonOptions(SEED).with("channels", INPUTS)
                    .with("state", STATE).with("steps", t), 4_096, t -> (long) INPUTS * STATE, "h_t (D×N)"),
            new ComparedModel("Mamba parallel", "mamba", t -> new LessonOptions(SEED).with("channels", INPUTS)
                    .with("state", STATE).with("steps", t).withFlag("parallel"), 4_096, t -> (long) INPUTS * STATE,
                    "h_t (D×N)"));

    private static ComparedModel recurrence(String label, String kind, int state, String text) {
        return new ComparedModel(label, kind, t -> new LessonOptions(SEED).with("inputs", INPUTS).with("hidden", HIDDEN)
                .with("outputs", 1).with("steps", t), 4_096, t -> state, text);
    }
}
