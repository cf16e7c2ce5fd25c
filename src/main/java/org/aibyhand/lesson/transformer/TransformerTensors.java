package org.aibyhand.lesson.transformer;

import java.util.LinkedHashMap;
import java.util.Map;
import org.aibyhand.lesson.Tensor;

/**
 * The named blocks of the Transformer lesson by name, as they are on the sheet (each also a defined name), with
 * the sizes: d (model), h (heads), dh = d / h per head, f (feed-forward), T (tokens). Per-head blocks end in the
 * head's number: S_h1, S_exp_h1, A_h1.
 */
final class TransformerTensors {
    final int model;
    final int heads;
    final int ffn;
    final int tokens;
    private final Map<String, Tensor> blocks = new LinkedHashMap<>();

    TransformerTensors(int model, int heads, int ffn, int tokens) {
        this.model = model;
        this.heads = heads;
        this.ffn = ffn;
        this.tokens = tokens;
    }

    int perHead() {
        return model / heads;
    }

    Tensor add(Tensor tensor) {
        blocks.put(tensor.name(), tensor);
        return tensor;
    }

    Tensor get(String name) {
        Tensor tensor = blocks.get(name);
        if (tensor == null) {
            throw new IllegalArgumentException("no block " + name);
        }
        return tensor;
    }

    /** A head's block, such as {@code head("A", 0)} for A_h1. */
    Tensor head(String name, int head) {
        return get(name + "_h" + (head + 1));
    }
}
