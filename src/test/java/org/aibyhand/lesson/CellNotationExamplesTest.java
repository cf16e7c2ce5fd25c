package org.aibyhand.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.aibyhand.engine.book.Stage;
import org.aibyhand.engine.ref.Area;
import org.junit.jupiter.api.Test;
import org.aibyhand.lesson.mamba.MambaLesson;
import org.aibyhand.lesson.mlp.MlpLesson;
import org.aibyhand.lesson.rnn.RnnSheet;

/**
 * One cell of each kind of equation, with its notation written out by hand from the lesson's math: the
 * vector equation of the step, then the element with 1-based indices.
 */
class CellNotationExamplesTest {

    @Test
    void mlpForwardBackwardAndGivens() {
        Lesson lesson = MlpLesson.build(new LessonOptions(1));
        assertNull(lesson.overTime(), "the MLP has no time steps");
        assertNull(lesson.notation().at(0, 0), "the title");
        assertAt(lesson, "Z_1", 1, 0, "Z₁ = W₁X + b₁;  Z₁[2,1] = Σₖ W₁[2,k] X[k,1] + b₁[2]");
        assertAt(lesson, "A_1", 2, 1, "A₁ = ReLU(Z₁);  A₁[3,2] = max(0, Z₁[3,2])");
        assertAt(lesson, "Z_2", 0, 1, "Z₂ = W₂A₁ + b₂;  Z₂[1,2] = Σₖ W₂[1,k] A₁[k,2] + b₂[1]");
        assertAt(lesson, "A_2", 1, 0, "A₂ = σ(Z₂);  A₂[2,1] = 1 / (1 + e^(−Z₂[2,1]))");
        assertAt(lesson, "loss", 0, 0, "loss = Σ(A₂ − Y)² / (2B);  loss = Σᵢ Σⱼ (A₂[i,j] − Y[i,j])² / (2B)");
        assertAt(lesson, "dZ_2", 1, 1,
                "dZ₂ = (A₂ − Y)/B ⊙ A₂ ⊙ (1 − A₂);  dZ₂[2,2] = (A₂[2,2] − Y[2,2])/B · A₂[2,2] · (1 − A₂[2,2])");
        assertAt(lesson, "dW_2", 0, 3, "dW₂ = dZ₂A₁ᵀ;  dW₂[1,4] = Σⱼ dZ₂[1,j] A₁[4,j]");
        assertAt(lesson, "db_2", 1, 0, "db₂ = row sums of dZ₂;  db₂[2] = Σⱼ dZ₂[2,j]");
        assertAt(lesson, "dA_1", 3, 0, "dA₁ = W₂ᵀ dZ₂;  dA₁[4,1] = Σₖ W₂[k,4] dZ₂[k,1]");
        assertAt(lesson, "dZ_1", 0, 1, "dZ₁ = dA₁ ⊙ [Z₁ > 0];  dZ₁[1,2] = dA₁[1,2] · [Z₁[1,2] > 0]");
        assertAt(lesson, "dW_1", 2, 1, "dW₁ = dZ₁Xᵀ;  dW₁[3,2] = Σⱼ dZ₁[3,j] X[2,j]");
        assertAt(lesson, "db_1", 3, 0, "db₁ = row sums of dZ₁;  db₁[4] = Σⱼ dZ₁[4,j]");
        assertAt(lesson, "W_1", 1, 2, "W₁[2,3]: weight, given");
        assertAt(lesson, "X", 2, 0, "X[3,1]: input, given");
        assertAt(lesson, "b_1", 0, 0, "b₁[1]: bias, given");
        assertAt(lesson, "Y", 1, 1, "Y[2,2]: target, given");
    }

    @Test
    void rnnForwardBackThroughTimeAndGivensEitherWayRound() {
        for (boolean transposed : new boolean[] {false, true}) {
            RnnSheet rnn = RnnSheet.of(1, 2, 3, 1, 4, transposed);
            assertRnn(rnn, "H", 2, 1, "h₂ = tanh(W_ih x₂ + b_ih + W_hh h₁ + b_hh);  "
                    + "h₂[3] = tanh(Σⱼ W_ih[3,j] x₂[j] + b_ih[3] + Σⱼ W_hh[3,j] h₁[j] + b_hh[3])");
            assertRnn(rnn, "H", 0, 0, "h₁ = tanh(W_ih x₁ + b_ih + W_hh h₀ + b_hh);  "
                    + "h₁[1] = tanh(Σⱼ W_ih[1,j] x₁[j] + b_ih[1] + Σⱼ W_hh[1,j] h₀[j] + b_hh[1])");
            assertRnn(rnn, "Y_hat", 0, 2, "ŷ₃ = W_hy h₃ + b_y;  ŷ₃[1] = Σₖ W_hy[1,k] h₃[k] + b_y[1]");
            assertRnn(rnn, "loss", 0, 0, "loss = Σ (Ŷ − Y)² / (2T);  loss = Σₒ Σₜ (ŷₜ[o] − yₜ[o])² / (2T)");
            assertRnn(rnn, "dY_hat", 0, 3, "dŶ₄ = (ŷ₄ − y₄) / T;  dŶ₄[1] = (ŷ₄[1] − y₄[1]) / T");
            assertRnn(rnn, "dH", 1, 1, "dH₂ = W_hyᵀ dŶ₂ + W_hhᵀ (dH₃ ⊙ (1 − h₃²));  "
                    + "dH₂[2] = Σₒ W_hy[o,2] dŶ₂[o] + Σₖ W_hh[k,2] dH₃[k] · (1 − h₃[k]²)");
            assertRnn(rnn, "dH", 2, 3, "dH₄ = W_hyᵀ dŶ₄;  dH₄[3] = Σₒ W_hy[o,3] dŶ₄[o]");
            assertRnn(rnn, "dZ", 0, 2, "dZ₃ = dH₃ ⊙ (1 − h₃²);  dZ₃[1] = dH₃[1] · (1 − h₃[1]²)");
            assertRnn(rnn, "dW_hy", 0, 1, "dW_hy = dŶ Hᵀ;  dW_hy[1,2] = Σₜ dŶₜ[1] hₜ[2]");
            assertRnn(rnn, "db_y", 0, 0, "db_y = Σₜ dŶₜ;  db_y[1] = Σₜ dŶₜ[1]");
            assertRnn(rnn, "dW_ih", 2, 0, "dW_ih = dZ Xᵀ;  dW_ih[3,1] = Σₜ dZₜ[3] xₜ[1]");
            assertRnn(rnn, "dW_hh", 0, 2, "dW_hh = dZ [h₀ … h_(T−1)]ᵀ;  dW_hh[1,3] = Σₜ dZₜ[1] hₜ₋₁[3]");
            assertRnn(rnn, "db_hh", 1, 0, "db_hh = Σₜ dZₜ;  db_hh[2] = Σₜ dZₜ[2]");
            assertRnn(rnn, "X", 1, 3, "x₄[2]: input, given");
            assertRnn(rnn, "h_0", 2, 0, "h₀[3]: initial hidden state, given");
            assertRnn(rnn, "W_hh", 0, 2, "W_hh[1,3]: weight, given");
        }
        RnnSheet twelve = RnnSheet.of(1, 2, 3, 1, 12, false);
        assertRnn(twelve, "H", 0, 11, "h₁₂ = tanh(W_ih x₁₂ + b_ih + W_hh h₁₁ + b_hh);  "
                + "h₁₂[1] = tanh(Σⱼ W_ih[1,j] x₁₂[j] + b_ih[1] + Σⱼ W_hh[1,j] h₁₁[j] + b_hh[1])");
    }

    @Test
    void mambaSelectionScanAndOutputsWithEulerSteps() {
        Lesson lesson = MambaLesson.build(new LessonOptions(1));
        assertAt(lesson, "s", 0, 1, "s₂ = w_dt · x₂;  s₂ = Σ_d w_dt[d]·x₂[d]");
        assertAt(lesson, "delta", 1, 2, "Δ₃ = softplus(dt_w s₃ + dt_b);  Δ[2,3] = softplus(dt_w[2]·s₃ + dt_b[2])");
        assertAt(lesson, "B_sel", 0, 1, "B₂ = W_B x₂;  B₂[1] = Σ_d W_B[1,d]·x₂[d]");
        assertAt(lesson, "C_sel", 1, 2, "C₃ = W_C x₃;  C₃[2] = Σ_d W_C[2,d]·x₃[d]");
        assertAt(lesson, "Abar_2", 0, 1, "Ā₂ = exp(Δ₂A);  Ā₂[1,2] = exp(Δ[1,2]·A[1,2])");
        assertAt(lesson, "Bbar_1", 1, 0, "B̄₁ = Δ₁B₁;  B̄₁[2,1] = Δ[2,1]·B₁[1]");
        assertAt(lesson, "h_1", 1, 1, "h₁ = Ā₁h₀ + B̄₁x₁;  h₁[2,2] = Ā₁[2,2]·h₀[2,2] + B̄₁[2,2]·x₁[2]");
        assertAt(lesson, "h_3", 0, 1, "h₃ = Ā₃h₂ + B̄₃x₃;  h₃[1,2] = Ā₃[1,2]·h₂[1,2] + B̄₃[1,2]·x₃[1]");
        assertAt(lesson, "Y", 1, 0, "y₁ = h₁C₁ + D_skip ⊙ x₁;  y₁[2] = Σ_n h₁[2,n]·C₁[n] + D_skip[2]·x₁[2]");
        assertAt(lesson, "h_T", 1, 0, "h_T = h₃;  h_T[2,1] = h₃[2,1]");
        assertAt(lesson, "A", 0, 1, "A[1,2]: state parameter (negative), given");
        assertAt(lesson, "X", 1, 2, "x₃[2]: input, given");
        assertAt(lesson, "w_dt", 0, 1, "w_dt[2]: weight, given");
        assertAt(lesson, "D_skip", 0, 0, "D_skip[1]: skip weight, given");
    }

    @Test
    void mambaZeroOrderHoldAndItsEulerComparison() {
        Lesson lesson = MambaLesson.build(new LessonOptions(1).withFlag("zoh"));
        assertAt(lesson, "Bbar_3", 0, 1, "B̄₃ = (Ā₃ − 1)/A · B₃;  B̄₃[1,2] = (Ā₃[1,2] − 1)/A[1,2] · B₃[2]");
        assertAt(lesson, "Y_euler", 0, 1,
                "y_euler₂ = h_euler₂C₂ + D_skip ⊙ x₂;  y_euler₂[1] = Σ_n h_euler₂[1,n]·C₂[n] + D_skip[1]·x₂[1]");
        assertAt(lesson, "Y_diff", 1, 2, "y_diff₃ = y₃ − y_euler₃;  y_diff₃[2] = y₃[2] − y_euler₃[2]");
        // The Euler state has no name: it is the block beside h₂ in step 2's stage.
        Stage stage = lesson.plan().stream().filter(s -> s.title().startsWith("t = 2: h")).findFirst().orElseThrow();
        Area euler = stage.cells().get(1);
        assertEquals("h_euler₂ = Ā₂h_euler₁ + Δ₂B₂x₂;  h_euler₂[2,1] = Ā₂[2,1]·h_euler₁[2,1] + Δ[2,2]·B₂[1]·x₂[2]",
                lesson.notation().at(euler.top() + 1, euler.left()));
    }

    private static void assertAt(Lesson lesson, String name, int i, int j, String expected) {
        Area area = LessonTensors.area(lesson.workbook(), name);
        assertEquals(expected, lesson.notation().at(area.top() + i, area.left() + j), name + "[" + i + "][" + j + "]");
    }

    private static void assertRnn(RnnSheet rnn, String name, int i, int j, String expected) {
        assertEquals(expected, rnn.lesson.notation().at(rnn.row(name, i, j), rnn.column(name, i, j)),
                name + "[" + i + "][" + j + "]" + (rnn.transposed ? " transposed" : ""));
    }
}
