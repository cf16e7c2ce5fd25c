package org.aibyhand.lesson.rnn;

import java.util.List;
import java.util.Map;
import org.aibyhand.lesson.LessonContract;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.Lessons;

/**
 * The RNN lesson with --layers and --bidirectional against {@link StackedRnnReference}, finite differences and
 * LibreOffice: stacked, bidirectional and both, two seeds and two sizes.
 */
class StackedRnnLessonTest extends LessonContract {

    @Override
    protected String kind() {
        return "rnn";
    }

    @Override
    protected List<LessonOptions> cases() {
        return List.of(new LessonOptions(1).with("layers", 2), new LessonOptions(7).withFlag("bidirectional"),
                new LessonOptions(3).with("inputs", 3).with("hidden", 2).with("outputs", 2).with("steps", 5).with("layers", 2)
                        .withFlag("bidirectional"),
                new LessonOptions(11).with("inputs", 1).with("hidden", 2).with("outputs", 1).with("steps", 3).with("layers", 3));
    }

    @Override
    protected List<String> givens() {
        throw new UnsupportedOperationException("the givens depend on the layers and directions");
    }

    @Override
    protected List<String> givens(LessonOptions options) {
        LessonOptions complete = Lessons.of(kind()).complete(options);
        return StackedRnnReference.givens(complete.size("layers"), complete.flag("bidirectional"));
    }

    @Override
    protected Map<String, double[][]> reference(Map<String, double[][]> givens, LessonOptions options) {
        LessonOptions complete = Lessons.of(kind()).complete(options);
        return StackedRnnReference.compute(givens, complete.size("layers"), complete.flag("bidirectional"));
    }
}
