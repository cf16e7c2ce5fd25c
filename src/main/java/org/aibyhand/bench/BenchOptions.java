package org.aibyhand.bench;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.aibyhand.bench.Timing.Repetitions;

/**
 * What {@code bench} runs: {@code --quick} (fewer repetitions, smaller scales), {@code --workbooks DIR} (the given
 * Excel workbooks; default ../shared/ai-by-hand-excel), {@code --chart FILE} (default bench.png). Options for tests,
 * not in the usage text: {@code --mamba-steps T,T,...}, {@code --rnn-steps T,...}, {@code --chart-size WxH} and
 * {@code --no-libreoffice}.
 */
record BenchOptions(boolean quick, Path workbooks, Path chart, int chartWidth, int chartHeight, List<Integer> mambaSteps,
        List<Integer> rnnSteps, boolean libreOffice) {

    static final String USAGE = "usage: java -jar ai-by-hand.jar bench [--quick] [--workbooks DIR] [--chart FILE.png]";
    /** The Mamba scale test's sizes other than T: 16 channels, state 16. */
    static final int MAMBA_CHANNELS = 16;
    static final int MAMBA_STATE = 16;

    static BenchOptions parse(String[] args) {
        boolean quick = Arrays.asList(args).contains("--quick");
        Path workbooks = Paths.get("..", "shared", "ai-by-hand-excel");
        Path chart = Paths.get("bench.png");
        int width = 960;
        int height = 600;
        List<Integer> mamba = quick ? List.of(256) : List.of(256, 1_024, 4_096);
        List<Integer> rnn = quick ? List.of(10_000) : List.of(1_000, 10_000, 100_000);
        boolean libreOffice = true;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--quick":
                    break;
                case "--no-libreoffice":
                    libreOffice = false;
                    break;
                case "--workbooks":
                    workbooks = Paths.get(value(args, ++i, arg));
                    break;
                case "--chart":
                    chart = Paths.get(value(args, ++i, arg));
                    break;
                case "--chart-size": {
                    String[] size = value(args, ++i, arg).split("x");
                    if (size.length != 2) {
                        throw new IllegalArgumentException("--chart-size takes WIDTHxHEIGHT, such as 960x600");
                    }
                    width = positive(size[0], arg);
                    height = positive(size[1], arg);
                    break;
                }
                case "--mamba-steps":
                    mamba = steps(value(args, ++i, arg), arg);
                    break;
                case "--rnn-steps":
                    rnn = steps(value(args, ++i, arg), arg);
                    break;
                default:
                    throw new IllegalArgumentException("unknown option '" + arg + "'");
            }
        }
        return new BenchOptions(quick, workbooks, chart, width, height, mamba, rnn, libreOffice);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static List<Integer> steps(String text, String option) {
        return Arrays.stream(text.split(",")).map(s -> positive(s.strip(), option)).sorted().toList();
    }

    private static int positive(String text, String option) {
        try {
            int n = Integer.parseInt(text);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(option + " takes positive whole numbers, not '" + text + "'");
    }

    String mode() {
        return quick ? "quick" : "full";
    }

    /** Full recalculation of a small given workbook: warmed up for {@link #warmUp()}, then timed. */
    Repetitions smallRecalc() {
        double warmUp = warmUp().toMillis() / 1e3;
        return quick ? Repetitions.of(5, warmUp, 7, warmUp + 1) : Repetitions.of(20, warmUp, 21, warmUp + 3);
    }

    /** Time spent running a small workbook's recalculation untimed first, ours and POI's alike, for the JIT. */
    Duration warmUp() {
        return Duration.ofMillis(quick ? 300 : 2_000);
    }

    /** Timed full evaluations by POI of a given workbook (in this process). */
    int poiRuns() {
        return quick ? 2 : 9;
    }

    /**
     * Full recalculation of a scale workbook: a tenth of a second to seconds each, so warmed up for as long as the
     * plain-Java loop (the compiled program runs in one long call, which the JIT compiles fully only after several).
     */
    Repetitions scaleRecalc() {
        return quick ? Repetitions.of(2, 0.5, 3, 4) : Repetitions.of(3, 2, 7, 12);
    }

    /** The plain-Java loops: fast, so many runs. */
    Repetitions plainLoop() {
        return quick ? Repetitions.of(5, 0.3, 9, 1.3) : Repetitions.of(20, 2, 21, 5);
    }

    /** Loading and saving a workbook. */
    Repetitions loadSave() {
        return quick ? Repetitions.of(1, 0, 2, 5) : Repetitions.of(2, 0, 5, 10);
    }

    /** Numeric constants edited per workbook at most, evenly sampled. */
    int editCap() {
        return quick ? 500 : 2_000;
    }

    /** Edits made untimed before the timed pass (whole passes over the sampled constants, at least one). */
    int warmupEdits() {
        return quick ? 1_000 : 5_000;
    }

    /** POI and LibreOffice on a scale workbook (the full run only). */
    Duration poiTimeout() {
        return Duration.ofSeconds(120);
    }

    Duration libreOfficeTimeout() {
        return Duration.ofSeconds(60);
    }
}
