package org.aibyhand.lesson.mlp;

import static org.aibyhand.lesson.BlockNotation.both;
import static org.aibyhand.lesson.BlockNotation.given;
import static org.aibyhand.lesson.BlockNotation.index;

import java.util.List;
import org.aibyhand.lesson.Block;
import org.aibyhand.lesson.BlockNotation;
import org.aibyhand.lesson.CellNotation;
import org.aibyhand.i18n.Texts;

/**
 * The math notation of the {@link MlpLesson}'s cells, in the symbols of its equations (W₁, Z₁, A₁, dZ₂, ...):
 * k runs over the units a layer sums, j over the samples (the columns).
 */
final class MlpNotation {
    private MlpNotation() {
    }

    /** The notation of every named block of the lesson, found by its defined name. */
    static CellNotation of(List<Block> blocks) {
        BlockNotation notation = new BlockNotation();
        for (Block block : blocks) {
            notation.add(block, element(block.name()));
        }
        return notation;
    }

    private static BlockNotation.Element element(String name) {
        switch (name) {
            case "X": return (i, j) -> given("X" + index(i, j), "input");
            case "Y": return (i, j) -> given("Y" + index(i, j), "target");
            case "W_1": return (i, j) -> given("W₁" + index(i, j), "weight");
            case "W_2": return (i, j) -> given("W₂" + index(i, j), "weight");
            case "b_1": return (i, j) -> given("b₁" + index(i), "bias");
            case "b_2": return (i, j) -> given("b₂" + index(i), "bias");
            case "Z_1": return (i, j) -> both("Z₁ = W₁X + b₁",
                    "Z₁" + index(i, j) + " = Σₖ W₁[" + (i + 1) + ",k] X[k," + (j + 1) + "] + b₁" + index(i));
            case "A_1": return (i, j) -> both("A₁ = ReLU(Z₁)", "A₁" + index(i, j) + " = max(0, Z₁" + index(i, j) + ")");
            case "Z_2": return (i, j) -> both("Z₂ = W₂A₁ + b₂",
                    "Z₂" + index(i, j) + " = Σₖ W₂[" + (i + 1) + ",k] A₁[k," + (j + 1) + "] + b₂" + index(i));
            case "A_2": return (i, j) -> both("A₂ = σ(Z₂)", "A₂" + index(i, j) + " = 1 / (1 + e^(−Z₂" + index(i, j) + "))");
            case "loss": return (i, j) -> both("loss = Σ(A₂ − Y)² / (2B)", "loss = Σᵢ Σⱼ (A₂[i,j] − Y[i,j])² / (2B)");
            case "dZ_2": return (i, j) -> {
                String a = "A₂" + index(i, j);
                return both("dZ₂ = (A₂ − Y)/B ⊙ A₂ ⊙ (1 − A₂)",
                        "dZ₂" + index(i, j) + " = (" + a + " − Y" + index(i, j) + ")/B · " + a + " · (1 − " + a + ")");
            };
            case "dW_2": return (i, k) -> both("dW₂ = dZ₂A₁ᵀ",
                    "dW₂" + index(i, k) + " = Σⱼ dZ₂[" + (i + 1) + ",j] A₁[" + (k + 1) + ",j]");
            case "db_2": return (i, j) -> both(Texts.get("lesson.notation.db2_row_sums"), "db₂" + index(i) + " = Σⱼ dZ₂[" + (i + 1) + ",j]");
            case "dA_1": return (i, j) -> both("dA₁ = W₂ᵀ dZ₂",
                    "dA₁" + index(i, j) + " = Σₖ W₂[k," + (i + 1) + "] dZ₂[k," + (j + 1) + "]");
            case "dZ_1": return (i, j) -> both("dZ₁ = dA₁ ⊙ [Z₁ > 0]",
                    "dZ₁" + index(i, j) + " = dA₁" + index(i, j) + " · [Z₁" + index(i, j) + " > 0]");
            case "dW_1": return (i, k) -> both("dW₁ = dZ₁Xᵀ",
                    "dW₁" + index(i, k) + " = Σⱼ dZ₁[" + (i + 1) + ",j] X[" + (k + 1) + ",j]");
            case "db_1": return (i, j) -> both(Texts.get("lesson.notation.db1_row_sums"), "db₁" + index(i) + " = Σⱼ dZ₁[" + (i + 1) + ",j]");
            default: throw new IllegalArgumentException("the MLP lesson has no block " + name);
        }
    }
}
