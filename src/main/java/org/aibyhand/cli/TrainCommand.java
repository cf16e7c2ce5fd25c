package org.aibyhand.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.i18n.Texts;
import org.aibyhand.lesson.Lesson;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.Lessons;
import org.aibyhand.train.BoundaryImage;
import org.aibyhand.train.CsvData;
import org.aibyhand.train.DataSet;
import org.aibyhand.train.DecisionBoundary;
import org.aibyhand.train.Hyperparameters;
import org.aibyhand.train.LessonData;
import org.aibyhand.train.OptimizerKind;
import org.aibyhand.train.ToyData;
import org.aibyhand.train.Trainer;
import org.aibyhand.train.TrainingTarget;
import org.aibyhand.train.TrainingWorkbook;
import org.aibyhand.xlsx.AddedDrawing;
import org.aibyhand.xlsx.XlsxWriter;

/**
 * {@code lesson train [--model mlp|rnn] [--optimizer sgd|momentum|rmsprop|adam] [--steps K] [--rate η] [--seed S]
 * [--data xor|moons|circles|spiral|FILE.csv] OUT.xlsx}: a lesson (on a toy set or the teacher's CSV, whose last
 * column is the target) followed by K training steps as formulas
 * ({@link TrainingWorkbook}), with the loss of every step and a line chart of it.
 */
final class TrainCommand {
    static final String NAME = "train";
    static final int MAX_STEPS = 500;
    static final String USAGE = "usage: lesson train [--model mlp|rnn] [--optimizer sgd|momentum|rmsprop|adam]"
            + " [--steps 1.." + MAX_STEPS + "] [--rate η] [--seed S] [--data xor|moons|circles|spiral|FILE.csv] OUT.xlsx";

    private TrainCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        long start = System.nanoTime();
        String model = "mlp";
        OptimizerKind kind = OptimizerKind.SGD;
        Double rate = null;
        int steps = 20;
        long seed = LessonCommand.DEFAULT_SEED;
        String dataName = null;
        DataSet data = null;
        Path target = null;
        try {
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (!arg.startsWith("--")) {
                    if (i != args.length - 1) {
                        throw new IllegalArgumentException("OUT.xlsx must come last, not before " + args[i + 1]);
                    }
                    target = Paths.get(arg);
                    continue;
                }
                String value = valueOf(args, i++);
                switch (arg) {
                    case "--model" -> model = model(value);
                    case "--optimizer" -> kind = OptimizerKind.of(value);
                    case "--steps" -> steps = steps(value);
                    case "--rate" -> rate = number(arg, value);
                    case "--seed" -> seed = wholeNumber(arg, value);
                    case "--data" -> dataName = value;
                    default -> throw new IllegalArgumentException("unknown option '" + arg + "'");
                }
            }
            if (target == null) {
                throw new IllegalArgumentException("the file to write is missing");
            }
            data = dataName == null ? null : data(dataName, model, seed);
        } catch (IllegalArgumentException wrong) {
            err.println("lesson train: " + wrong.getMessage().replaceAll("\\.$", "") + "; " + USAGE);
            return 2;
        }
        String unwritable = OutputPath.problem(target);
        if (unwritable != null) {
            err.println("lesson train: cannot write " + target + ": " + unwritable);
            return 2;
        }
        Hyperparameters settings = Hyperparameters.defaults(kind);
        try {
            settings = rate == null ? settings : settings.withLearningRate(rate);
        } catch (IllegalArgumentException wrong) {
            err.println("lesson train: " + wrong.getMessage());
            return 2;
        }
        Lesson lesson = lesson(model, seed, data);
        TrainingWorkbook.Layout layout = TrainingWorkbook.write(lesson, settings, steps);
        new Calculator(lesson.workbook()).recalculateAll();
        AddedDrawing drawing = new AddedDrawing(0).lineChart(Texts.get("train.sheet.chartTitle"), layout.steps(),
                layout.losses(), layout.chartRow(), layout.chartColumn());
        if (DecisionBoundary.applies(lesson.workbook())) {
            drawing.picture(boundaryAfter(lesson(model, seed, data), settings, steps), layout.chartRow() + 17,
                    layout.chartColumn(), 6, 18);
        }
        try {
            XlsxWriter.write(lesson.workbook(), null, target);
            drawing.addTo(target);
        } catch (IOException io) {
            err.println("lesson train: cannot write " + target + ": " + io.getMessage());
            return 2;
        }
        out.printf(Locale.ROOT, "lesson train %s, %s at %s for %d steps (seed %d): loss %.6g -> %.6g, %s, %d ms%n",
                model, kind.id(), settings.learningRate(), steps, seed, layout.lossCell(0).number(),
                layout.lossCell(steps).number(), target, Math.round((System.nanoTime() - start) / 1e6));
        return 0;
    }

    private static Lesson lesson(String model, long seed, DataSet data) {
        LessonOptions options = new LessonOptions(seed);
        return data == null ? Lessons.build(model, options) : LessonData.build(model, options, data);
    }

    /** A toy set by name (XOR's four corners, 20 samples of the others), or a CSV file whose last column is the target. */
    private static DataSet data(String name, String model, long seed) {
        if (!name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            ToyData set = ToyData.valueOf(toyName(name));
            return set.make(set == ToyData.XOR ? 4 : 20, seed);
        }
        String text;
        try {
            text = Files.readString(Paths.get(name), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException unreadable) {
            throw new IllegalArgumentException("cannot read " + name + ": " + unreadable.getMessage());
        }
        int[] limits = LessonData.limits(model);
        return CsvData.parse(text, 1, limits[0], limits[1]);
    }

    /** The decision boundary after the run, trained live on a copy of the lesson (the same numbers, step for step). */
    private static byte[] boundaryAfter(Lesson copy, Hyperparameters settings, int steps) {
        Calculator calculator = new Calculator(copy.workbook());
        calculator.recalculateAll();
        new Trainer(calculator, TrainingTarget.forLesson(copy.workbook(), copy.loss(), copy.gradients()), settings)
                .run(steps, null);
        return BoundaryImage.png(DecisionBoundary.of(copy.workbook(), 120), 360);
    }

    private static String valueOf(String[] args, int i) {
        if (i + 1 >= args.length - 1 || args[i + 1].startsWith("--")) {
            throw new IllegalArgumentException(args[i] + " needs a value");
        }
        return args[i + 1];
    }

    private static String model(String value) {
        if (!value.equals("mlp") && !value.equals("rnn")) {
            throw new IllegalArgumentException("--model must be mlp or rnn, not '" + value + "'");
        }
        return value;
    }

    private static int steps(String value) {
        long steps = wholeNumber("--steps", value);
        if (steps < 1 || steps > MAX_STEPS) {
            throw new IllegalArgumentException("--steps must be between 1 and " + MAX_STEPS + ", not " + value);
        }
        return (int) steps;
    }

    private static long wholeNumber(String option, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a whole number, not '" + value + "'");
        }
    }

    private static double number(String option, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a number, not '" + value + "'");
        }
    }

    private static String toyName(String value) {
        for (ToyData set : ToyData.values()) {
            if (set.name().equalsIgnoreCase(value)) {
                return set.name();
            }
        }
        throw new IllegalArgumentException("--data must be xor, moons, circles, spiral or a .csv file, not '" + value + "'");
    }
}
