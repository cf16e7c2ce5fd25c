package org.aibyhand.train;

import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.value.ReferenceValue;
import org.aibyhand.engine.walkthrough.Ranges;

/**
 * What a two-input, one-output MLP lesson answers over the whole input plane, as TensorFlow Playground shows it:
 * the network's output on a grid around the data, from the weights the sheet holds now, and the data points with
 * their targets. The grid is computed here with the lesson's equations (ReLU hidden layer, sigmoid output) rather
 * than by the sheet, since the sheet computes only the samples it holds.
 */
public record DecisionBoundary(double xMin, double xMax, double yMin, double yMax, double[][] outputs,
        double[][] points, double[] targets) {

    /** Whether the workbook is an MLP lesson with two inputs and one output (the plane has two axes). */
    public static boolean applies(Workbook book) {
        try {
            return read(book, "X").length == 2 && read(book, "Y").length == 1 && read(book, "W_2").length == 1
                    && read(book, "b_1")[0].length == 1 && book.resolveName("A_1", null) != null;
        } catch (IllegalArgumentException notThatLesson) {
            return false;
        }
    }

    /** The outputs on a {@code size} × {@code size} grid (row 0 at the top, the largest second input). */
    public static DecisionBoundary of(Workbook book, int size) {
        double[][] x = read(book, "X");
        double[][] y = read(book, "Y");
        double[][] w1 = read(book, "W_1");
        double[][] b1 = read(book, "b_1");
        double[][] w2 = read(book, "W_2");
        double[][] b2 = read(book, "b_2");
        int samples = x[0].length;
        double[][] points = new double[samples][];
        double[] targets = new double[samples];
        double[] range = {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int s = 0; s < samples; s++) {
            points[s] = new double[] {x[0][s], x[1][s]};
            targets[s] = y[0][s];
            range[0] = Math.min(range[0], x[0][s]);
            range[1] = Math.max(range[1], x[0][s]);
            range[2] = Math.min(range[2], x[1][s]);
            range[3] = Math.max(range[3], x[1][s]);
        }
        double padX = Math.max(0.25, (range[1] - range[0]) * 0.15);
        double padY = Math.max(0.25, (range[3] - range[2]) * 0.15);
        double xMin = range[0] - padX;
        double xMax = range[1] + padX;
        double yMin = range[2] - padY;
        double yMax = range[3] + padY;
        double[][] outputs = new double[size][size];
        double[] hidden = new double[w1.length];
        for (int r = 0; r < size; r++) {
            double v = yMax - (r + 0.5) * (yMax - yMin) / size;
            for (int c = 0; c < size; c++) {
                double u = xMin + (c + 0.5) * (xMax - xMin) / size;
                for (int h = 0; h < hidden.length; h++) {
                    hidden[h] = Math.max(0, w1[h][0] * u + w1[h][1] * v + b1[h][0]);
                }
                double z = b2[0][0];
                for (int h = 0; h < hidden.length; h++) {
                    z += w2[0][h] * hidden[h];
                }
                outputs[r][c] = 1 / (1 + Math.exp(-z));
            }
        }
        return new DecisionBoundary(xMin, xMax, yMin, yMax, outputs, points, targets);
    }

    private static double[][] read(Workbook book, String name) {
        ReferenceValue area = Ranges.resolve(book, null, name);
        Sheet sheet = book.sheet(area.sheet());
        double[][] values = new double[area.rows()][area.columns()];
        for (int i = 0; i < area.rows(); i++) {
            for (int j = 0; j < area.columns(); j++) {
                var cell = sheet.cell(area.top() + i, area.left() + j);
                values[i][j] = cell == null ? 0 : cell.number();
            }
        }
        return values;
    }
}
