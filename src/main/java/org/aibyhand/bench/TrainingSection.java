package org.aibyhand.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.lesson.Lesson;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.Lessons;
import org.aibyhand.train.Hyperparameters;
import org.aibyhand.train.OptimizerKind;
import org.aibyhand.train.Trainer;
import org.aibyhand.train.TrainingTarget;

/**
 * Training steps per second: the default MLP and RNN lessons trained in the engine as the Train panel trains them
 * (read the gradients, apply the rule, write the parameters in one batch edit that recomputes the forward and
 * backward pass), with SGD and Adam. Every run is timed after untimed warm-ups of all of them.
 */
final class TrainingSection {
    static final String HEADER = "== Training: optimizer steps per second (read gradients, update, recalculate) ==";
    static final String TARGET = "train-steps-per-second";
    static final double GOAL = 1_000;
    private static final List<String> LESSONS = List.of("mlp", "rnn");
    private static final List<OptimizerKind> OPTIMIZERS = List.of(OptimizerKind.SGD, OptimizerKind.ADAM);

    record Result(String lesson, String optimizer, int parameters, int steps, double stepsPerSecond, double firstLoss,
            double lastLoss) {
    }

    private TrainingSection() {
    }

    static List<Result> run(boolean quick, PrintStream out, Progress progress) {
        out.println(HEADER);
        int steps = quick ? 2_000 : 10_000;
        List<Result> results = new ArrayList<>();
        progress.step("warming up the training loop");
        for (String lesson : LESSONS) { // every run warmed up before any is timed, so none pays for the JIT
            for (OptimizerKind kind : OPTIMIZERS) {
                trainer(lesson, kind).run(steps, null);
            }
        }
        for (String lesson : LESSONS) {
            for (OptimizerKind kind : OPTIMIZERS) {
                progress.step("training " + lesson + " with " + kind.id());
                results.add(measure(lesson, kind, steps));
            }
        }
        TextTable table = new TextTable("lesson", "optimizer", "parameters", "steps", "steps/s", "loss before", "loss after");
        for (Result r : results) {
            table.row(r.lesson(), r.optimizer(), r.parameters(), Figures.count(r.steps()),
                    Figures.count(Math.round(r.stepsPerSecond())), String.format(Locale.ROOT, "%.4g", r.firstLoss()),
                    String.format(Locale.ROOT, "%.4g", r.lastLoss()));
        }
        table.print(out);
        out.println("  default lessons (seed 1): MLP I = 3, H = 4, O = 2, B = 2; RNN I = 2, H = 3, O = 1, T = 4; "
                + "each optimizer at its default learning rate");
        out.println();
        return results;
    }

    /** The slowest MLP run against the goal: the Train panel must keep up thousands of steps a second. */
    static Target target(List<Result> results) {
        double slowest = results.stream().filter(r -> r.lesson().equals("mlp")).mapToDouble(Result::stepsPerSecond)
                .min().orElse(0);
        return new Target(TARGET, Figures.count(Math.round(slowest)) + " steps/s (MLP lesson, slowest optimizer)",
                ">= " + Figures.count(Math.round(GOAL)) + " steps/s", slowest >= GOAL, true);
    }

    private static Result measure(String kind, OptimizerKind optimizer, int steps) {
        Trainer trainer = trainer(kind, optimizer);
        double first = trainer.loss();
        long start = System.nanoTime();
        trainer.run(steps, null);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(kind, optimizer.id(), trainer.target().parameters().size(), steps, steps / seconds, first,
                trainer.loss());
    }

    private static Trainer trainer(String kind, OptimizerKind optimizer) {
        Lesson lesson = Lessons.build(kind, new LessonOptions(1));
        Calculator calculator = new Calculator(lesson.workbook());
        calculator.recalculateAll();
        return new Trainer(calculator, TrainingTarget.forLesson(lesson.workbook(), lesson.loss(), lesson.gradients()),
                Hyperparameters.defaults(optimizer));
    }
}
