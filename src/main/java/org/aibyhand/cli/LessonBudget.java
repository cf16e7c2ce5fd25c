package org.aibyhand.cli;

import org.aibyhand.lesson.LessonOption;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.Lessons;

/**
 * Whether a lesson of the sizes asked for can be built in this process's heap, judged before anything is built:
 * every lesson's cost is its multiply-add terms (each a formula node and its share of a cell), whose count
 * follows from the sizes. Without the check, sizes each within their own limits (an RNN with 200 inputs, hidden
 * units and outputs over 100,000 steps) ran out of memory after minutes.
 */
final class LessonBudget {
    /**
     * Heap per multiply-add term: formula nodes, the cells holding them and the calculator's bookkeeping. The
     * Mamba lesson at T = 4,096 (6.3 million terms) holds about 800 MB; this errs on the safe side of that.
     */
    static final long BYTES_PER_TERM = 120;

    private LessonBudget() {
    }

    /** A one-line reason the lesson will not fit, or null when it will. */
    static String problem(String kind, LessonOptions options) {
        long terms = terms(kind, options);
        long needed = terms * BYTES_PER_TERM;
        long available = Runtime.getRuntime().maxMemory();
        if (terms >= 0 && needed <= available) {
            return null;
        }
        return String.format("%s with these sizes needs about %,d MB of memory (%,d multiply-add terms), more than the"
                + " %,d MB this program may use; choose smaller sizes or start Java with a larger -Xmx", kind,
                terms < 0 ? Long.MAX_VALUE >> 20 : needed >> 20, terms < 0 ? Long.MAX_VALUE : terms, available >> 20);
    }

    /** The multiply-add terms of the forward and backward passes; -1 when the count overflows. */
    static long terms(String kind, LessonOptions options) {
        try {
            switch (kind) {
                case "mlp": {
                    long i = size(kind, options, "inputs");
                    long h = size(kind, options, "hidden");
                    long o = size(kind, options, "outputs");
                    long b = size(kind, options, "batch");
                    return Math.multiplyExact(3 * b, Math.addExact(h * i, o * h));
                }
                case "rnn": {
                    long i = size(kind, options, "inputs");
                    long h = size(kind, options, "hidden");
                    long o = size(kind, options, "outputs");
                    long t = size(kind, options, "steps");
                    return Math.multiplyExact(3 * t, Math.addExact(Math.addExact(h * i, h * h), o * h));
                }
                case "mamba": {
                    long d = size(kind, options, "channels");
                    long n = size(kind, options, "state");
                    long t = size(kind, options, "steps");
                    return Math.multiplyExact(6 * t, d * n);
                }
                default:
                    return 0; // lessons whose cost is not modelled here are built as asked
            }
        } catch (ArithmeticException overflow) {
            return -1;
        }
    }

    private static long size(String kind, LessonOptions options, String name) {
        int fallback = Lessons.of(kind).options().stream().filter(o -> o.name().equals(name)).findFirst()
                .map(LessonOption::defaultValue).orElse(1);
        return options.size(name, fallback);
    }
}
