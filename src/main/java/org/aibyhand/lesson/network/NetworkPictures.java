package org.aibyhand.lesson.network;

import org.aibyhand.engine.book.Workbook;
import org.aibyhand.lesson.Lesson;
import org.aibyhand.lesson.OverTime;

/**
 * The network picture of a lesson's workbook, by the lesson's kind. The picture finds its tensors by their
 * defined names, so it is the same for a lesson just built and one saved and opened again; a kind without a
 * picture, or a variant whose tensors are named otherwise (a stacked RNN), gives null.
 */
public final class NetworkPictures {
    private NetworkPictures() {
    }

    /** The picture of a lesson, bound to its workbook's cells (its over-time series place Mamba's later states). */
    public static NetworkPicture of(Lesson lesson) {
        return of(lesson.kind(), lesson.workbook(), lesson.overTime());
    }

    /** The picture of a workbook built as a lesson of that kind; null when there is none. */
    public static NetworkPicture of(String kind, Workbook book) {
        return of(kind, book, null);
    }

    private static NetworkPicture of(String kind, Workbook book, OverTime overTime) {
        if (kind == null || book.sheets().isEmpty()) {
            return null;
        }
        LessonTensors tensors = new LessonTensors(book);
        switch (kind) {
            case "mlp":
                return FeedForwardPicture.of(tensors);
            case "rnn":
                return RecurrentPicture.rnn(tensors);
            case "lstm":
                return RecurrentPicture.lstm(tensors);
            case "gru":
                return RecurrentPicture.gru(tensors);
            case "attention":
                return AttentionPicture.attention(tensors);
            case "transformer":
                return AttentionPicture.transformer(tensors);
            case "mamba":
                return MambaPicture.of(tensors, overTime);
            default:
                return null;
        }
    }
}
