package org.aibyhand.lesson.lstm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aibyhand.lesson.LessonContract;
import org.aibyhand.lesson.LessonOptions;

/** The LSTM lesson against {@link LstmReference}, finite differences and LibreOffice: two seeds, two sizes. */
class LstmLessonTest extends LessonContract {

    @Override
    protected String kind() {
        return "lstm";
    }

    @Override
    protected List<LessonOptions> cases() {
        return List.of(new LessonOptions(1), new LessonOptions(7),
                new LessonOptions(3).with("inputs", 3).with("hidden", 3).with("outputs", 2).with("steps", 6),
                new LessonOptions(11).with("inputs", 1).with("hidden", 2).with("outputs", 1).with("steps", 1));
    }

    @Override
    protected List<String> givens() {
        List<String> names = new ArrayList<>(List.of("X", "h_0", "c_0", "W_hy", "b_y", "Y"));
        for (String gate : LstmReference.GATES) {
            names.addAll(List.of("W_" + gate, "U_" + gate, "b_" + gate));
        }
        return names;
    }

    @Override
    protected Map<String, double[][]> reference(Map<String, double[][]> givens, LessonOptions options) {
        return LstmReference.compute(givens);
    }
}
