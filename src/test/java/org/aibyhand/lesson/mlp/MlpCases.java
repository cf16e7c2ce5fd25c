package org.aibyhand.lesson.mlp;

import org.aibyhand.lesson.Lesson;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.LessonTensors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aibyhand.engine.book.Workbook;

/** The seeds and sizes the MLP tests run on, and what they share: building, reading and comparing tensors. */
public final class MlpCases {
    /** seed, inputs, hidden, outputs, batch: the defaults, all ones, and non-square shapes both ways. */
    public static final List<int[]> CASES = List.of(
            new int[] {1, 3, 4, 2, 2},
            new int[] {2, 1, 1, 1, 1},
            new int[] {3, 2, 5, 3, 1},
            new int[] {4, 4, 3, 1, 3},
            new int[] {5, 1, 2, 3, 4},
            new int[] {6, 5, 2, 2, 6},
            new int[] {7, 3, 6, 4, 5});

    private MlpCases() {
    }

    public static Lesson build(int[] c) {
        return MlpLesson.build(new LessonOptions(c[0]).with("inputs", c[1]).with("hidden", c[2])
                .with("outputs", c[3]).with("batch", c[4]));
    }

    public static String describe(int[] c) {
        return "seed " + c[0] + ", I=" + c[1] + " H=" + c[2] + " O=" + c[3] + " B=" + c[4];
    }

    /** Every tensor of the lesson, read through its defined name. */
    public static Map<String, double[][]> readAll(Workbook book) {
        Map<String, double[][]> all = new LinkedHashMap<>();
        for (String name : MlpReference.INPUTS) {
            all.put(name, LessonTensors.read(book, name));
        }
        for (String name : MlpReference.COMPUTED) {
            all.put(name, LessonTensors.read(book, name));
        }
        return all;
    }

    /** The reference computed from the workbook's own inputs and parameters. */
    public static Map<String, double[][]> reference(Workbook book) {
        Map<String, double[][]> given = new LinkedHashMap<>();
        for (String name : MlpReference.INPUTS) {
            given.put(name, LessonTensors.read(book, name));
        }
        return MlpReference.compute(given);
    }

    /** Relative difference, measured against 1 for numbers below 1 in size (absolute near zero). */
    public static double error(double expected, double actual) {
        return Math.abs(expected - actual) / Math.max(1, Math.abs(expected));
    }
}
