package org.aibyhand.lesson.rnn;

import java.util.List;
import org.aibyhand.lesson.ReadOut;
import org.aibyhand.lesson.Tensor;

/**
 * The blocks of a stacked and/or bidirectional RNN: X, the cells by layer (one or two directions each, forward
 * first), each layer's output (its directions' states stacked, what the layer above and the read-out read) and
 * the read-out.
 */
record StackedRnnTensors(Tensor x, List<List<RnnCell>> layers, List<Tensor> outputs, ReadOut readOut) {

    List<RnnCell> cells() {
        return layers.stream().flatMap(List::stream).toList();
    }

    Tensor top() {
        return outputs.get(outputs.size() - 1);
    }
}
