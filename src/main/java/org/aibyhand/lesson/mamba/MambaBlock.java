package org.aibyhand.lesson.mamba;

import static org.aibyhand.lesson.BlockNotation.both;
import static org.aibyhand.lesson.BlockNotation.given;
import static org.aibyhand.lesson.BlockNotation.index;

import java.util.List;
import org.aibyhand.engine.book.Stage;
import org.aibyhand.lesson.Block;
import org.aibyhand.lesson.BlockNotation;
import org.aibyhand.lesson.HandValues;
import org.aibyhand.lesson.LessonSheet;
import org.aibyhand.lesson.Role;
import org.aibyhand.lesson.Subscripts;
import org.aibyhand.lesson.SumOfProducts;
import org.aibyhand.i18n.Texts;

/**
 * The Mamba block around the selective scan, forward, as in the reference code's {@code MambaBlock}: in_proj
 * maps the block's input U to the scan's input and a gate, X_in = W_in_x U and res = W_in_res U; the scan reads
 * X = SiLU(X_in) and adds its D skip itself; the block's output is Y_out = Y ⊙ SiLU(res), SiLU(z) = z·σ(z).
 * (The reference's short convolution before the SiLU and the out_proj after the gate are left out.)
 */
final class MambaBlock {
    /** Rows the block's bands take above the scan's input. */
    static int height(int channels) {
        return 3 * (channels + 3);
    }

    final Block u;
    final Block wInX;
    final Block wInRes;
    final Block xIn;
    final Block res;
    private Block yOut;

    /** Draws U, W_in_x with X_in and W_in_res with res from {@code row} down. */
    MambaBlock(MambaLesson lesson, HandValues values, int weights, int row) {
        LessonSheet sheet = lesson.sheet;
        int d = lesson.channels;
        int time = lesson.timeColumn;
        sheet.label(row + 1, 0, Texts.get("lesson.text.block_input"));
        u = sheet.block("U", Texts.get("lesson.text.the_block_input_is_column"), row + 2, time, d, lesson.steps, Role.INPUT);
        lesson.constants(u, () -> values.whole(-2, 2));
        row += 3 + d;
        sheet.label(row + 1, 0, "in_proj");
        wInX = sheet.block("W_in_x", "W_in_x (D×D)", row + 1, weights, d, d, Role.PARAMETER);
        lesson.constants(wInX, () -> values.tenth(1.0));
        xIn = sheet.block("X_in", "X_in = W_in_x U (D×T)", row + 1, time, d, lesson.steps, Role.FORWARD);
        sheet.fill(xIn.area(), "=" + SumOfProducts.of(wInX, 0, u, 0));
        sheet.equation(row + 1, lesson.equationColumn, Texts.get("lesson.text.in_in_the_scan_branch"));
        row += 2 + d;
        wInRes = sheet.block("W_in_res", Texts.get("lesson.text.in_res"), row + 1, weights, d, d, Role.PARAMETER);
        lesson.constants(wInRes, () -> values.tenth(1.0));
        res = sheet.block("res", Texts.get("lesson.text.res_in_res"), row + 1, time, d, lesson.steps, Role.FORWARD);
        sheet.fill(res.area(), "=" + SumOfProducts.of(wInRes, 0, u, 0));
        sheet.equation(row + 1, lesson.equationColumn, Texts.get("lesson.text.res_in_res_the_gate"));
    }

    /** The scan's input X = SiLU(X_in), element by element. */
    void writeInput(LessonSheet sheet, Block x) {
        sheet.fill(x.area(), "=" + xIn.at(0, 0) + "/(1+EXP(-" + xIn.at(0, 0) + "))");
    }

    /** Draws and fills Y_out = Y ⊙ SiLU(res) from {@code row}; returns the next free row. */
    int writeOutput(MambaLesson lesson, int row) {
        yOut = lesson.sheet.block("Y_out", Texts.get("lesson.text.out_silu_res"), row + 1, lesson.timeColumn, lesson.channels,
                lesson.steps, Role.FORWARD);
        String r = res.at(0, 0);
        lesson.sheet.fill(yOut.area(), "=" + lesson.y.at(0, 0) + "*" + r + "/(1+EXP(-" + r + "))");
        lesson.sheet.equation(row + 1, lesson.equationColumn, Texts.get("lesson.text.out_silu_res_the_block"));
        return row + 2 + lesson.channels;
    }

    /** The notation of the block's cells, X's included: to be added before the scan's, which call X a given. */
    void describe(BlockNotation notation, Block x) {
        notation.add(u, (d, t) -> given("u" + sub(t) + index(d), Texts.get("lesson.text.block_input2")))
                .add(wInX, (i, j) -> given("W_in_x" + index(i, j), "weight"))
                .add(wInRes, (i, j) -> given("W_in_res" + index(i, j), "weight"))
                .add(xIn, (d, t) -> both("X_in = W_in_x U", "X_in" + index(d, t) + " = Σ_j W_in_x[" + (d + 1) + ",j]·u" + sub(t) + "[j]"))
                .add(res, (d, t) -> both(Texts.get("lesson.text.res_in_res2"), "res" + index(d, t) + Texts.get("lesson.text.in_res2") + (d + 1) + ",j]·u" + sub(t)
                        + "[j]"))
                .add(x, (d, t) -> both("X = SiLU(X_in)", "x" + sub(t) + index(d) + " = X_in" + index(d, t) + "·σ(X_in" + index(d, t) + ")"))
                .add(yOut, (d, t) -> both(Texts.get("lesson.text.out_silu_res2"), "Y_out" + index(d, t) + " = y" + sub(t) + index(d) + "·res"
                        + index(d, t) + "·σ(res" + index(d, t) + ")"));
    }

    /** The givens, for the first stage. */
    List<Block> givens() {
        return List.of(u, wInX, wInRes);
    }

    Stage inputStage(String sheet, Block x) {
        return new Stage(sheet, Texts.get("lesson.text.in_proj_in_in_res"),
                List.of(xIn.area(), res.area(), x.area()));
    }

    Stage outputStage(String sheet) {
        return new Stage(sheet, Texts.get("lesson.text.the_block_output_out_silu"), List.of(yOut.area()));
    }

    private static String sub(int t) {
        return Subscripts.of(t + 1);
    }
}
