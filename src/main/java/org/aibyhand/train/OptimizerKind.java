package org.aibyhand.train;

import java.util.Arrays;
import java.util.Locale;
import org.aibyhand.i18n.Texts;

/** The update rules a class meets in order: plain gradient descent, then momentum, RMSProp and Adam. */
public enum OptimizerKind {
    SGD, MOMENTUM, RMSPROP, ADAM;

    /** The name used on the command line and in bundles: {@code sgd}, {@code momentum}, ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind named {@code id}; the message lists the names allowed. */
    public static OptimizerKind of(String id) {
        for (OptimizerKind kind : values()) {
            if (kind.id().equals(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(Texts.get("train.error.optimizer",
                String.join(", ", Arrays.stream(values()).map(OptimizerKind::id).toList()), id));
    }
}
