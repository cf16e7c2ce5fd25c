package org.aibyhand.lesson.gru;

import java.util.List;
import java.util.Map;
import org.aibyhand.lesson.LessonContract;
import org.aibyhand.lesson.LessonOptions;

/** The GRU lesson against {@link GruReference}, finite differences and LibreOffice: two seeds, two sizes. */
class GruLessonTest extends LessonContract {

    @Override
    protected String kind() {
        return "gru";
    }

    @Override
    protected List<LessonOptions> cases() {
        return List.of(new LessonOptions(1), new LessonOptions(7),
                new LessonOptions(5).with("inputs", 3).with("hidden", 3).with("outputs", 2).with("steps", 6),
                new LessonOptions(11).with("inputs", 1).with("hidden", 2).with("outputs", 1).with("steps", 1));
    }

    @Override
    protected List<String> givens() {
        return List.of("X", "h_0", "W_r", "U_r", "b_r", "W_z", "U_z", "b_z", "W_n", "b_in", "U_n", "b_hn", "W_hy", "b_y", "Y");
    }

    @Override
    protected Map<String, double[][]> reference(Map<String, double[][]> givens, LessonOptions options) {
        return GruReference.compute(givens);
    }
}
