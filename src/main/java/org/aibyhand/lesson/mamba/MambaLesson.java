package org.aibyhand.lesson.mamba;

import java.util.Map;
import java.util.function.DoubleSupplier;
import org.aibyhand.engine.book.Plan;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.ref.SheetLimits;
import org.aibyhand.lesson.Block;
import org.aibyhand.lesson.HandValues;
import org.aibyhand.lesson.Lesson;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.LessonSheet;
import org.aibyhand.lesson.Pinned;
import org.aibyhand.lesson.Role;
import org.aibyhand.lesson.SumOfProducts;
import org.aibyhand.i18n.Texts;

/**
 * The Mamba selective scan by hand (state-spaces/mamba {@code selective_scan_ref} with {@code delta_softplus},
 * the selection of the Mamba block): an input X of D channels over T steps; the input-dependent step size
 * Δ = softplus(dt_w·(w_dt·x_t) + dt_b) and input-dependent B_t = W_B x_t, C_t = W_C x_t; then, step by step,
 * Ā_t = exp(Δ_t ⊙ A), B̄_t = Δ_t ⊗ B_t, h_t = Ā_t ⊙ h_(t−1) + B̄_t ⊙ x_t and y_t = h_t C_t + D_skip ⊙ x_t.
 *
 * <p>A is shown directly as the (negative, one-decimal) parameter rather than as A = −exp(A_log): the sign is
 * what makes Ā a decay, and the student then computes exp(Δ·A) from numbers on the sheet. Sizes: {@code channels}
 * D (default 2), {@code state} N (default 2), {@code steps} T (default 3); the flag {@code zoh} makes B̄ the
 * zero-order hold (exp(ΔA) − 1)/A · B and adds the Euler outputs and their difference beside Y. The lesson has
 * no loss and no gradients.
 *
 * <p>Layout: parameters in the columns to the left of the D×T, N×T and 1×T tensors they multiply, one column
 * per step; below them A and h₀, then one band per step (Ā_t, B̄_t, h_t side by side), then
 * the last state h_T. The builder is linear in D·N·T, and per-step names exist only for short scans.
 */
public final class MambaLesson {
    /** Steps up to which each step's Ā, B̄ and h also get a defined name (Abar_1, Bbar_1, h_1, ...). */
    public static final int NAMED_STEP_LIMIT = 16;
    public static final String KIND = "mamba";

    final int channels;
    final int state;
    final int steps;
    final boolean zoh;
    /** Whether the scan is the associative prefix scan ({@link MambaParallelScan}) rather than step after step. */
    final boolean parallel;
    /** The block around the scan, or null for the scan alone. */
    MambaBlock block;
    final LessonSheet sheet = new LessonSheet("Mamba");
    /** First column of the weights on the left, and of the one-column-per-step tensors. */
    final int weightColumn = 1;
    final int timeColumn;
    /** Where equations go: right of the D×T tensors (Y's goes right of Y_euler and Y_diff when they exist). */
    final int equationColumn;

    Block x;
    Block wDt;
    Block s;
    Block dtW;
    Block dtB;
    Block delta;
    Block wB;
    Block bSel;
    Block wC;
    Block cSel;
    Block dSkip;
    Block y;
    Block yEuler;
    Block yDiff;

    private MambaLesson(int channels, int state, int steps, boolean zoh, boolean parallel) {
        this.parallel = parallel;
        this.channels = channels;
        this.state = state;
        this.steps = steps;
        this.zoh = zoh;
        this.timeColumn = weightColumn + Math.max(channels, 2) + 1;
        this.equationColumn = timeColumn + steps + 1;
    }

    public static Lesson build(LessonOptions given) {
        LessonOptions options = MambaKind.LESSON.complete(given);
        MambaLesson lesson = new MambaLesson(options.size("channels"), options.size("state"),
                options.size("steps"), options.flag(MambaKind.ZERO_ORDER_HOLD), options.flag(MambaKind.PARALLEL));
        lesson.checkItFits();
        HandValues values = new HandValues(options.seed());
        String title = Texts.get("lesson.text.mamba_selective_scan_by_hand");
        lesson.sheet.title(title, Math.max(12, 3 * lesson.state + 4));
        lesson.sheet.label(1, 0, "D = " + lesson.channels + Texts.get("lesson.text.channels") + lesson.state + Texts.get("lesson.text.states")
                + lesson.steps + Texts.get("lesson.text.steps_by") + (lesson.zoh ? Texts.get("lesson.text.zero_order_hold_exp") : Texts.get("lesson.text.euler"))
                + (lesson.parallel ? Texts.get("lesson.text.by_parallel_prefix_scan_in") + MambaParallelScan.levels(lesson.steps) + Texts.get("lesson.text.levels") : ""));
        int row = 8;
        if (options.flag(MambaKind.BLOCK)) {
            lesson.block = new MambaBlock(lesson, values, lesson.weightsEndingRight(lesson.channels), row);
            row += MambaBlock.height(lesson.channels);
        }
        row = lesson.selection(values, row);
        row = lesson.outputBlocks(values, row);
        if (lesson.block != null) {
            row = lesson.block.writeOutput(lesson, row);
        }
        MambaScan scan = new MambaScan(lesson, values, row);
        lesson.outputFormulas(scan);
        lesson.sheet.legend(2, 0);
        lesson.sheet.columnWidth(0, 12);
        lesson.sheet.workbook().setPlan(new Plan(MambaPlan.of(lesson, scan)));
        return new Lesson(KIND, title, lesson.sheet.workbook(), null, Map.of(), MambaNotation.of(lesson, scan),
                MambaOverTime.of(lesson, scan));
    }

    /** A clear message rather than a bad-area error deep in the layout when the sizes exceed a worksheet. */
    private void checkItFits() {
        long columns = Math.max(timeColumn + (zoh ? 3L * steps + 2 : steps), 4L * state + 4
                + (parallel ? MambaParallelScan.width(state, steps) : 0)) + 1;
        long rows = 40 + 9L * channels + 9 + 2L * state + (long) steps * (channels + 2);
        if (columns > SheetLimits.COLUMNS || rows > SheetLimits.ROWS) {
            throw new IllegalArgumentException("a Mamba lesson with D = " + channels + ", N = " + state + ", T = " + steps
                    + (zoh ? " and --zoh" : "") + " needs " + rows + " rows and " + columns + " columns; a worksheet has "
                    + SheetLimits.ROWS + " rows and " + SheetLimits.COLUMNS + " columns");
        }
    }

    /** Column j of the weight area when a block of {@code width} columns ends at its right edge. */
    private int weightsEndingRight(int width) {
        return weightColumn + Math.max(channels, 2) - width;
    }

    /** X, then s = w_dt x, Δ, B = W_B X and C = W_C X, each with its weights on the left; returns the next row. */
    private int selection(HandValues values, int row) {
        for (int t = 0; t < steps; t++) {
            sheet.label(row, timeColumn + t, "t = " + (t + 1));
        }
        sheet.label(row + 1, 0, Texts.get("lesson.mamba.input"));
        x = sheet.block("X", Texts.get("lesson.text.input_is_column"), row + 2, timeColumn, channels, steps,
                block == null ? Role.INPUT : Role.FORWARD);
        if (block == null) {
            constants(x, () -> values.whole(-2, 2));
        } else {
            block.writeInput(sheet, x);
        }
        row += 3 + channels;

        sheet.label(row + 1, 0, Texts.get("lesson.mamba.selection"));
        wDt = sheet.block("w_dt", "w_dt (1×D)", row + 1, weightsEndingRight(channels), 1, channels, Role.PARAMETER);
        constants(wDt, () -> values.tenth(0.5));
        s = sheet.block("s", "s = w_dt x_t (1×T)", row + 1, timeColumn, 1, steps, Role.FORWARD);
        sheet.fill(s.area(), "=" + SumOfProducts.of(wDt, 0, x, 0));
        sheet.equation(row + 1, equationColumn, Texts.get("lesson.text.dt_one_number_per_step"));
        row += 3;

        int left = weightsEndingRight(2);
        dtW = sheet.block("dt_w", "dt_w", row + 1, left, channels, 1, Role.PARAMETER);
        constants(dtW, () -> values.tenth(1.0));
        dtB = sheet.block("dt_b", "dt_b", row + 1, left + 1, channels, 1, Role.PARAMETER);
        constants(dtB, () -> values.tenth(0.5));
        delta = sheet.block("delta", Texts.get("lesson.text.softplus_dt_dt"), row + 1, timeColumn, channels, steps,
                Role.FORWARD);
        sheet.fill(delta.area(), "=LN(1+EXP(" + Pinned.column(dtW, 0, 0) + "*" + Pinned.row(s, 0, 0) + "+"
                + Pinned.column(dtB, 0, 0) + "))");
        sheet.equation(row + 1, equationColumn, Texts.get("lesson.text.softplus_dt_dt_softplus_ln"));
        row += 2 + channels;

        wB = sheet.block("W_B", "W_B (N×D)", row + 1, weightsEndingRight(channels), state, channels, Role.PARAMETER);
        constants(wB, () -> values.tenth(1.0));
        bSel = product("B_sel", "B = W_B X (N×T)", wB, row + 1);
        sheet.equation(row + 1, equationColumn, Texts.get("lesson.text.selective_depends_on_the_input"));
        row += 2 + state;

        wC = sheet.block("W_C", "W_C (N×D)", row + 1, weightsEndingRight(channels), state, channels, Role.PARAMETER);
        constants(wC, () -> values.tenth(1.0));
        cSel = product("C_sel", "C = W_C X (N×T)", wC, row + 1);
        sheet.equation(row + 1, equationColumn, Texts.get("lesson.text.selective_depends_on_the_input2"));
        return row + 2 + state;
    }

    private Block product(String name, String label, Block weights, int row) {
        Block result = sheet.block(name, label, row, timeColumn, weights.rows(), steps, Role.FORWARD);
        sheet.fill(result.area(), "=" + SumOfProducts.of(weights, 0, x, 0));
        return result;
    }

    /** D_skip and the output blocks (filled once the scan exists); returns the row where the scan starts. */
    private int outputBlocks(HandValues values, int row) {
        sheet.label(row + 1, 0, Texts.get("lesson.mamba.output"));
        dSkip = sheet.block("D_skip", "D_skip", row + 1, weightsEndingRight(1), channels, 1, Role.PARAMETER);
        constants(dSkip, () -> values.tenth(1.0));
        y = sheet.block("Y", "Y (D×T)", row + 1, timeColumn, channels, steps, Role.FORWARD);
        int equation = equationColumn;
        if (zoh) {
            yEuler = sheet.block("Y_euler", "Y_euler", row + 1, timeColumn + steps + 1, channels, steps, Role.FORWARD);
            yDiff = sheet.block("Y_diff", Texts.get("lesson.text.diff_euler"), row + 1, timeColumn + 2 * steps + 2, channels, steps,
                    Role.FORWARD);
            equation = yDiff.column(steps) + 1;
            sheet.equation(row + 2, equation, Texts.get("lesson.text.euler_the_same_scan_with"));
        }
        sheet.equation(row + 1, equation, Texts.get("lesson.text.skip_read_out_the_state"));
        return row + 2 + channels;
    }

    /**
     * Y (and Y_euler, Y_diff): y_t = h_t C_t written as explicit sums of products, not SUMPRODUCT over ranges,
     * because the engine's range index scans every range in a column and the bands stack thousands of ranges
     * in the same N columns. Each column t is one formula filled down the channels.
     */
    private void outputFormulas(MambaScan scan) {
        String skip = "+" + Pinned.column(dSkip, 0, 0) + "*";
        for (int t = 0; t < steps; t++) {
            sheet.fill(column(y, t), "=" + SumOfProducts.of(scan.h(t), 0, cSel, t) + skip + x.at(0, t));
            if (zoh) {
                sheet.fill(column(yEuler, t), "=" + SumOfProducts.of(scan.hEuler(t), 0, cSel, t) + skip
                        + x.at(0, t));
            }
        }
        if (zoh) {
            sheet.fill(yDiff.area(), "=" + y.at(0, 0) + "-" + yEuler.at(0, 0));
        }
    }

    /** Column t of a block, such as step t of Y. */
    static Area column(Block block, int t) {
        return new Area(block.row(0), block.column(t), block.row(block.rows() - 1), block.column(t));
    }

    /** Fills a block with constants drawn one by one, row by row. */
    void constants(Block block, DoubleSupplier value) {
        for (int i = 0; i < block.rows(); i++) {
            for (int j = 0; j < block.columns(); j++) {
                sheet.constant(block, i, j, value.getAsDouble());
            }
        }
    }
}
