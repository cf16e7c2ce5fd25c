package org.aibyhand.lesson.mlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.aibyhand.engine.book.Plan;
import org.aibyhand.engine.book.Stage;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.lesson.Block;
import org.aibyhand.lesson.CellNotation;
import org.aibyhand.lesson.Lesson;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.LessonSheet;
import org.aibyhand.lesson.MatrixFormulas;
import org.aibyhand.lesson.Role;
import org.aibyhand.i18n.Texts;

/**
 * The two-layer perceptron with backpropagation, as in the AI-by-Hand backprop sheet: a ReLU hidden layer, a
 * sigmoid output layer and a squared-error loss over a batch of samples, one column per sample.
 *
 * <p>Layout: the forward pass runs left to right in two rows of blocks. Each product is laid out the way it is
 * computed by hand: the weights (with their bias column) to the left of the result and the matrix they multiply
 * directly above it, so X sits over Z₁ and A₁ over Z₂. The backward pass below mirrors it: every gradient sits
 * under the tensor it belongs to (dW₁ under W₁, dZ₂ under Z₂, ...), and dA₁ under A₁'s column in the bottom row.
 *
 * <p>Options: {@code inputs} I (3), {@code hidden} H (4), {@code outputs} O (2), {@code batch} B (2).
 */
public final class MlpLesson {
    public static final String KIND = "mlp";

    private final int inputs;
    private final int hidden;
    private final int outputs;
    private final int batch;
    private final LessonSheet sheet = new LessonSheet("MLP");

    // columns: [W₁|b₁] Z₁ [W₂|b₂] Z₂ A₂ Y loss, one blank column between groups; column 0 names the passes
    private final int colW1 = 1;
    private final int colB1;
    private final int colZ1;
    private final int colW2;
    private final int colB2;
    private final int colZ2;
    private final int colA2;
    private final int colY;
    private final int colLoss;

    private MlpLesson(int inputs, int hidden, int outputs, int batch) {
        this.inputs = inputs;
        this.hidden = hidden;
        this.outputs = outputs;
        this.batch = batch;
        colB1 = colW1 + inputs;
        colZ1 = colB1 + 2;
        colW2 = colZ1 + batch + 1;
        colB2 = colW2 + hidden;
        colZ2 = colB2 + 2;
        colA2 = colZ2 + batch + 1;
        colY = colA2 + batch + 1;
        colLoss = colY + batch + 1;
    }

    /** Builds the lesson for the options' seed and sizes. */
    public static Lesson build(LessonOptions given) {
        LessonOptions options = MlpKind.LESSON.complete(given);
        int inputs = options.size("inputs");
        int hidden = options.size("hidden");
        int outputs = options.size("outputs");
        int batch = options.size("batch");
        // the loss adds one term per output cell; Excel refuses formulas longer than 8192 characters
        requireAtMost("outputs x batch", outputs * batch, 400);
        MlpValues values = MlpValues.draw(options.seed(), inputs, hidden, outputs, batch);
        return new MlpLesson(inputs, hidden, outputs, batch).write(values);
    }

    private Lesson write(MlpValues v) {
        sheet.title(Texts.get("lesson.mlp.title"), colLoss + 1);
        sheet.label(1, 0, Texts.get("lesson.mlp.sizes", inputs, hidden, outputs, batch));
        sheet.columnWidth(0, 14);

        // Forward, top row: what the layers multiply, above the result they produce.
        int topLabel = 3;
        sheet.label(topLabel, 0, Texts.get("lesson.forwardPass"));
        Block x = sheet.block("X", "X", topLabel + 1, colZ1, inputs, batch, Role.INPUT);
        Block a1 = sheet.block("A_1", "A₁", topLabel + 1, colZ2, hidden, batch, Role.FORWARD);
        int topEquations = topLabel + 1 + Math.max(inputs, hidden);

        // Forward, middle row: [W|b] to the left of each pre-activation, then the output, targets and loss.
        int midLabel = topEquations + 3;
        Block w1 = parameter("W_1", "W₁", midLabel, colW1, hidden, inputs, v.w1);
        Block b1 = parameter("b_1", "b₁", midLabel, colB1, hidden, 1, column(v.b1));
        Block z1 = sheet.block("Z_1", "Z₁", midLabel + 1, colZ1, hidden, batch, Role.FORWARD);
        Block w2 = parameter("W_2", "W₂", midLabel, colW2, outputs, hidden, v.w2);
        Block b2 = parameter("b_2", "b₂", midLabel, colB2, outputs, 1, column(v.b2));
        Block z2 = sheet.block("Z_2", "Z₂", midLabel + 1, colZ2, outputs, batch, Role.FORWARD);
        Block a2 = sheet.block("A_2", "A₂", midLabel + 1, colA2, outputs, batch, Role.FORWARD);
        Block y = sheet.block("Y", Texts.get("lesson.mlp.target"), midLabel + 1, colY, outputs, batch, Role.TARGET);
        Block loss = sheet.block("loss", "loss", midLabel + 1, colLoss, 1, 1, Role.LOSS);
        int midEquations = midLabel + 1 + Math.max(hidden, outputs);

        constants(x, v.x, 10);
        constants(y, v.y, 1);
        layer(z1, w1, x, b1);
        eachCell(a1, (i, j) -> "MAX(0," + z1.at(i, j) + ")");
        layer(z2, w2, a1, b2);
        eachCell(a2, (i, j) -> "1/(1+EXP(-" + z2.at(i, j) + "))");
        sheet.formula(loss, 0, 0, squaredErrors(a2, y) + "/(2*" + batch + ")");

        sheet.equation(topEquations, colZ1, Texts.get("lesson.mlp.perSample"));
        sheet.equation(topEquations, colZ2, "A₁ = ReLU(Z₁) = max(0, Z₁)");
        sheet.equation(midEquations, colZ1, "Z₁ = W₁X + b₁");
        sheet.equation(midEquations, colZ2, "Z₂ = W₂A₁ + b₂");
        sheet.equation(midEquations + 1, colA2, "A₂ = σ(Z₂) = 1 / (1 + e^(−Z₂))");
        sheet.equation(midEquations, colLoss, "loss = Σ(A₂ − Y)² / (2B)");

        // Backward, first row: each gradient under the tensor it belongs to.
        int backLabel = midEquations + 3;
        sheet.label(backLabel, 0, Texts.get("lesson.backwardPass"));
        Block dw1 = sheet.block("dW_1", "dW₁", backLabel + 1, colW1, hidden, inputs, Role.GRADIENT);
        Block db1 = sheet.block("db_1", "db₁", backLabel + 1, colB1, hidden, 1, Role.GRADIENT);
        Block dz1 = sheet.block("dZ_1", "dZ₁", backLabel + 1, colZ1, hidden, batch, Role.GRADIENT);
        Block dw2 = sheet.block("dW_2", "dW₂", backLabel + 1, colW2, outputs, hidden, Role.GRADIENT);
        Block db2 = sheet.block("db_2", "db₂", backLabel + 1, colB2, outputs, 1, Role.GRADIENT);
        Block dz2 = sheet.block("dZ_2", "dZ₂", backLabel + 1, colZ2, outputs, batch, Role.GRADIENT);
        int backEquations = backLabel + 1 + Math.max(hidden, outputs);

        // Backward, bottom row: dA₁ under A₁'s column, mirroring the top row of the forward pass.
        int lowLabel = backEquations + 3;
        Block da1 = sheet.block("dA_1", "dA₁", lowLabel + 1, colZ2, hidden, batch, Role.GRADIENT);

        eachCell(dz2, (i, j) -> "(" + a2.at(i, j) + "-" + y.at(i, j) + ")/" + batch + "*" + a2.at(i, j)
                + "*(1-" + a2.at(i, j) + ")");
        eachCell(dw2, (i, j) -> MatrixFormulas.transposedRightProduct(dz2, a1, i, j));
        eachCell(db2, (i, j) -> MatrixFormulas.rowSum(dz2, i));
        eachCell(da1, (i, j) -> MatrixFormulas.transposedLeftProduct(w2, dz2, i, j));
        eachCell(dz1, (i, j) -> "IF(" + z1.at(i, j) + ">0," + da1.at(i, j) + ",0)");
        eachCell(dw1, (i, j) -> MatrixFormulas.transposedRightProduct(dz1, x, i, j));
        eachCell(db1, (i, j) -> MatrixFormulas.rowSum(dz1, i));

        sheet.equation(backEquations, colZ1, "dZ₁ = dA₁ ⊙ [Z₁ > 0]");
        sheet.equation(backEquations, colZ2, "dZ₂ = (A₂ − Y)/B ⊙ A₂ ⊙ (1 − A₂)");
        sheet.equation(backEquations + 1, colW1, Texts.get("lesson.mlp.dW1"));
        sheet.equation(backEquations + 1, colW2, Texts.get("lesson.mlp.dW2"));
        sheet.equation(lowLabel + 1 + hidden, colZ2, "dA₁ = W₂ᵀ dZ₂");

        sheet.legend(lowLabel, colW1);

        List<Stage> plan = List.of(
                stage(Texts.get("lesson.mlp.stage.inputs"), x, w1, b1, w2, b2, y),
                stage(Texts.get("lesson.mlp.stage.layer1"), z1),
                stage(Texts.get("lesson.mlp.stage.relu"), a1),
                stage(Texts.get("lesson.mlp.stage.layer2"), z2),
                stage(Texts.get("lesson.mlp.stage.sigmoid"), a2),
                stage(Texts.get("lesson.mlp.stage.loss"), loss),
                stage(Texts.get("lesson.mlp.stage.backward"), dz2),
                stage(Texts.get("lesson.mlp.stage.dW2"), dw2, db2),
                stage(Texts.get("lesson.mlp.stage.dA1"), da1),
                stage(Texts.get("lesson.mlp.stage.dZ1"), dz1),
                stage(Texts.get("lesson.mlp.stage.dW1"), dw1, db1));
        Map<String, String> gradients = Map.of("W_1", "dW_1", "b_1", "db_1", "W_2", "dW_2", "b_2", "db_2");
        sheet.workbook().setPlan(new Plan(plan));
        CellNotation notation = MlpNotation.of(List.of(x, y, w1, b1, w2, b2, z1, a1, z2, a2, loss, dz2, dw2, db2, da1,
                dz1, dw1, db1));
        return new Lesson(KIND, Texts.get("lesson.mlp.title"), sheet.workbook(), "loss", gradients, notation, null);
    }

    private static void requireAtMost(String size, int value, int limit) {
        if (value > limit) {
            throw new IllegalArgumentException("the mlp lesson takes at most " + limit + " for " + size + ", not " + value);
        }
    }

    /** A parameter block of one-decimal numbers given in tenths. */
    private Block parameter(String name, String label, int labelRow, int column, int rows, int columns, int[][] tenths) {
        Block block = sheet.block(name, label, labelRow + 1, column, rows, columns, Role.PARAMETER);
        constants(block, tenths, 10);
        return block;
    }

    /** Fills a block with {@code counts / divisor}: tenths over 10 give the exact decimal a person types. */
    private void constants(Block block, int[][] counts, double divisor) {
        for (int i = 0; i < block.rows(); i++) {
            for (int j = 0; j < block.columns(); j++) {
                sheet.constant(block, i, j, counts[i][j] / divisor);
            }
        }
    }

    /** Z = W·A + b, element by element: the row of W times the column of A, plus the row's bias. */
    private void layer(Block z, Block w, Block a, Block b) {
        eachCell(z, (i, j) -> MatrixFormulas.product(w, a, i, j) + "+" + b.at(i, 0));
    }

    /** Σ(A − Y)² written out cell by cell, so it is plain arithmetic in every spreadsheet. */
    private static String squaredErrors(Block a, Block y) {
        StringBuilder text = new StringBuilder("(");
        for (int i = 0; i < a.rows(); i++) {
            for (int j = 0; j < a.columns(); j++) {
                if (text.length() > 1) {
                    text.append('+');
                }
                text.append('(').append(a.at(i, j)).append('-').append(y.at(i, j)).append(")^2");
            }
        }
        return text.append(')').toString();
    }

    private void eachCell(Block block, CellFormula formula) {
        for (int i = 0; i < block.rows(); i++) {
            for (int j = 0; j < block.columns(); j++) {
                sheet.formula(block, i, j, formula.at(i, j));
            }
        }
    }

    private static int[][] column(int[] vector) {
        int[][] column = new int[vector.length][];
        Arrays.setAll(column, i -> new int[] {vector[i]});
        return column;
    }

    private Stage stage(String title, Block... blocks) {
        List<Area> cells = new ArrayList<>();
        for (Block block : blocks) {
            cells.add(block.area());
        }
        return new Stage(sheet.sheet().name(), title, cells);
    }

    /** The formula text of element (i, j) of a block. */
    private interface CellFormula {
        String at(int i, int j);
    }
}
