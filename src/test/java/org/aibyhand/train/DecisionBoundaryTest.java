package org.aibyhand.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.lesson.Lesson;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.LessonTensors;
import org.aibyhand.lesson.Lessons;
import org.junit.jupiter.api.Test;

/**
 * The decision boundary answers, at each sample's own point, what the sheet computed for that sample; and its
 * picture is coloured by the side of 0.5 the network is on.
 */
class DecisionBoundaryTest {
    @Test
    void atTheSamplesThePlaneShowsWhatTheSheetComputed() {
        Lesson lesson = LessonData.build("mlp", new LessonOptions(2), ToyData.CIRCLES.make(12, 5));
        Calculator calculator = new Calculator(lesson.workbook());
        calculator.recalculateAll();
        assertTrue(DecisionBoundary.applies(lesson.workbook()));
        DecisionBoundary boundary = DecisionBoundary.of(lesson.workbook(), 1);
        double[][] x = LessonTensors.read(lesson.workbook(), "X");
        double[][] a2 = LessonTensors.read(lesson.workbook(), "A_2");
        for (int s = 0; s < x[0].length; s++) {
            DecisionBoundary at = atPoint(lesson, x[0][s], x[1][s]);
            assertEquals(a2[0][s], at.outputs()[0][0], 1e-12, "sample " + s);
        }
        assertEquals(12, boundary.points().length);
    }

    @Test
    void onlyTwoInputOneOutputMlpLessonsHaveAPlane() {
        assertFalse(DecisionBoundary.applies(Lessons.build("mlp", new LessonOptions(1)).workbook())); // 3 inputs
        assertFalse(DecisionBoundary.applies(Lessons.build("rnn", new LessonOptions(1)).workbook()));
    }

    @Test
    void thePictureIsBlueWhereTheNetworkSaysOneAndOrangeWhereItSaysZero() throws Exception {
        double[][] outputs = {{0.9, 0.1}, {0.9, 0.1}};
        DecisionBoundary halves = new DecisionBoundary(0, 1, 0, 1, outputs, new double[0][], new double[0]);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(BoundaryImage.png(halves, 40)));
        int left = image.getRGB(5, 20);
        int right = image.getRGB(35, 20);
        assertTrue((left & 0xFF) > (left >> 16 & 0xFF), "blue on the left: " + Integer.toHexString(left));
        assertTrue((right >> 16 & 0xFF) > (right & 0xFF), "orange on the right: " + Integer.toHexString(right));
    }

    /** A one-cell grid whose centre is (u, v): a range of exactly the padding around a single point. */
    private static DecisionBoundary atPoint(Lesson lesson, double u, double v) {
        var book = lesson.workbook();
        var sheet = LessonTensors.sheet(book, "X");
        var area = LessonTensors.area(book, "X");
        double[][] x = LessonTensors.read(book, "X");
        for (int s = 0; s < x[0].length; s++) { // every sample at the point: the grid's one cell is centred on it
            sheet.cell(area.top(), area.left() + s).setValue(new org.aibyhand.engine.value.NumberValue(u));
            sheet.cell(area.top() + 1, area.left() + s).setValue(new org.aibyhand.engine.value.NumberValue(v));
        }
        DecisionBoundary at = DecisionBoundary.of(book, 1);
        for (int s = 0; s < x[0].length; s++) {
            sheet.cell(area.top(), area.left() + s).setValue(new org.aibyhand.engine.value.NumberValue(x[0][s]));
            sheet.cell(area.top() + 1, area.left() + s).setValue(new org.aibyhand.engine.value.NumberValue(x[1][s]));
        }
        return at;
    }
}
