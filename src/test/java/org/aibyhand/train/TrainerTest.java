package org.aibyhand.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.lesson.Lesson;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.LessonTensors;
import org.aibyhand.lesson.Lessons;
import org.aibyhand.lesson.mlp.MlpReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Training the MLP lesson in the sheet equals training the same network in plain Java: the lesson's equations in
 * loops ({@link MlpReference}, written apart from the builder) and each rule as the textbook writes it
 * ({@link TextbookRules}, written apart from {@link Optimizer}), step after step for 100 steps.
 */
class TrainerTest {
    private static final String[] PARAMETERS = {"W_1", "b_1", "W_2", "b_2"};
    private static final int STEPS = 100;
    private static final double TOLERANCE = 1e-12;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"sgd, 0.5", "momentum, 0.1", "rmsprop, 0.01", "adam, 0.05"})
    void everyStepEqualsThePlainJavaNetworkUpdatedByTheTextbookRule(String rule, double rate) {
        Lesson lesson = Lessons.build("mlp", new LessonOptions(3));
        Calculator calculator = new Calculator(lesson.workbook());
        calculator.recalculateAll();
        Hyperparameters settings = new Hyperparameters(OptimizerKind.of(rule), rate, 0.9, 0.99, 1e-8);
        Trainer trainer = new Trainer(calculator,
                TrainingTarget.forLesson(lesson.workbook(), lesson.loss(), lesson.gradients()), settings);

        Map<String, double[][]> plain = new HashMap<>();
        for (String name : MlpReference.INPUTS) {
            plain.put(name, LessonTensors.read(lesson.workbook(), name));
        }
        TextbookRules textbook = new TextbookRules(rule, rate, 0.9, 0.99, 1e-8);
        double firstLoss = MlpReference.compute(plain).get("loss")[0][0];
        for (int step = 1; step <= STEPS; step++) {
            Map<String, double[][]> computed = MlpReference.compute(plain);
            textbook.nextStep();
            for (String name : PARAMETERS) {
                plain.put(name, textbook.update(name, plain.get(name), computed.get("d" + name)));
            }
            trainer.step();
            for (String name : PARAMETERS) {
                assertClose(plain.get(name), LessonTensors.read(lesson.workbook(), name), rule + " step " + step + " " + name);
            }
            double loss = MlpReference.compute(plain).get("loss")[0][0];
            assertEquals(loss, trainer.loss(), TOLERANCE * Math.max(1, Math.abs(loss)), rule + " loss at step " + step);
            assertEquals(trainer.loss(), trainer.losses().get(step), 0.0, "the curve holds the loss after each step");
        }
        assertTrue(trainer.loss() < firstLoss, rule + " lowers the loss: " + firstLoss + " -> " + trainer.loss());
    }

    /**
     * Every lesson that names its gradients trains: a few small SGD steps lower its loss (a step of 1e-3 against the
     * gradient lowers any smooth loss whose gradient is right), and its parameters really move.
     */
    @org.junit.jupiter.api.Test
    void everyLessonWithGradientsTrains() {
        int trained = 0;
        for (String kind : Lessons.KINDS) {
            Lesson lesson = Lessons.build(kind, new LessonOptions(1));
            if (lesson.gradients().isEmpty()) {
                continue;
            }
            Calculator calculator = new Calculator(lesson.workbook());
            calculator.recalculateAll();
            TrainingTarget target = TrainingTarget.forLesson(lesson.workbook(), lesson.loss(), lesson.gradients());
            Trainer trainer = new Trainer(calculator, target, Hyperparameters.defaults(OptimizerKind.SGD).withLearningRate(1e-3));
            double first = trainer.loss();
            double weight = target.parameters().get(0).cell().number();
            trainer.run(5, null);
            assertTrue(trainer.loss() < first, kind + ": " + first + " -> " + trainer.loss());
            assertTrue(weight != target.parameters().get(0).cell().number(), kind + " moved its first parameter");
            trained++;
        }
        assertTrue(trained >= 6, "lessons trained: " + trained);
    }

    static void assertClose(double[][] expected, double[][] actual, String what) {
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected[i].length; j++) {
                double scale = Math.max(1, Math.abs(expected[i][j]));
                assertEquals(expected[i][j], actual[i][j], TOLERANCE * scale, what + "[" + i + "][" + j + "]");
            }
        }
    }
}
