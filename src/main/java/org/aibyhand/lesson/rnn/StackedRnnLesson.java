package org.aibyhand.lesson.rnn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aibyhand.engine.book.Plan;
import org.aibyhand.lesson.GatedColumns;
import org.aibyhand.lesson.GatedDrawing;
import org.aibyhand.lesson.HandValues;
import org.aibyhand.lesson.Lesson;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.LessonSheet;
import org.aibyhand.lesson.OverTime;
import org.aibyhand.lesson.TimeLayout;
import org.aibyhand.i18n.Texts;

/**
 * The RNN lesson with {@code --layers L} (stacked: each layer reads the states of the layer below) and/or
 * {@code --bidirectional} (a second direction per layer runs from t = T down to 1, and the two directions'
 * states are stacked into what the layer above and the read-out read), as torch.nn.RNN with num_layers and
 * bidirectional, each direction's two biases shown as their sum b. The read-out and loss are the one-layer
 * lesson's, and backpropagation through time runs down the layers.
 */
final class StackedRnnLesson {
    static final String TITLE = Texts.get("lesson.text.stacked_and_bidirectional_rnn_by");

    private StackedRnnLesson() {
    }

    static Lesson build(LessonOptions options) {
        int inputs = options.size("inputs");
        int hidden = options.size("hidden");
        int layers = options.size("layers");
        boolean bidirectional = options.flag(RnnKind.BIDIRECTIONAL);
        int directions = bidirectional ? 2 : 1;
        GatedColumns columns = new GatedColumns(Math.max(inputs, directions * hidden), hidden, options.size("steps"));
        if (!TimeLayout.fitsAcross(columns.width() + 1)) {
            throw new IllegalArgumentException("a stacked or bidirectional RNN with T = " + columns.steps()
                    + " does not fit across a worksheet; choose fewer --steps");
        }
        LessonSheet sheet = new LessonSheet("RNN");
        TimeLayout layout = new TimeLayout(sheet, false);
        StackedRnnTensors n = new StackedRnnLayout(layout, columns, layers, bidirectional).draw(TITLE, inputs,
                options.size("outputs"));
        fillGivens(new GatedDrawing(layout, columns), n, new HandValues(options.seed()));
        new StackedRnnFormulas(layout, n).write();

        Map<String, String> gradients = new LinkedHashMap<>();
        for (RnnCell c : n.cells()) {
            gradients.put(c.wIh().name(), c.dWIh().name());
            gradients.put(c.wHh().name(), c.dWHh().name());
            gradients.put(c.b().name(), c.dB().name());
        }
        gradients.putAll(n.readOut().gradients());
        sheet.workbook().setPlan(new Plan(StackedRnnPlan.of(sheet.sheet().name(), n)));
        RnnCell top = n.layers().get(layers - 1).get(0);
        OverTime overTime = OverTime.of(top.h(), "h" + top.suffix(), List.of(n.x(), top.h(), n.readOut().yHat(),
                n.readOut().y()));
        return new Lesson(RnnLesson.KIND, TITLE, sheet.workbook(), "loss", gradients, StackedRnnNotation.of(n), overTime);
    }

    /** One-decimal weights, layer by layer, then zero initial states, whole inputs and one-decimal targets. */
    private static void fillGivens(GatedDrawing draw, StackedRnnTensors n, HandValues values) {
        for (RnnCell c : n.cells()) {
            draw.fill(c.wIh(), () -> values.tenth(0.5));
            draw.fill(c.wHh(), () -> values.tenth(0.5));
            draw.fill(c.b(), () -> values.tenth(0.5));
            draw.fill(c.h0(), () -> 0.0);
        }
        draw.fill(n.readOut().wHy(), () -> values.tenth(1.0));
        draw.fill(n.readOut().bY(), () -> values.tenth(0.5));
        draw.fill(n.x(), () -> values.whole(-2, 2));
        draw.fill(n.readOut().y(), () -> values.tenth(1.0));
    }
}
