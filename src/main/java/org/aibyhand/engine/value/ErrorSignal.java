package org.aibyhand.engine.value;

/**
 * Carries an error value out of deeply nested coercion code to the nearest function-call boundary, where the
 * evaluator turns it back into a value. It never escapes the engine and records no stack trace.
 */
public final class ErrorSignal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient ErrorValue error;

    public ErrorSignal(ErrorValue error) {
        super(error.type().text(), null, false, false);
        this.error = error;
    }

    public ErrorValue error() {
        return error;
    }

    /** Throws the error if {@code value} is one, otherwise returns it. */
    public static Value check(Value value) {
        if (value instanceof ErrorValue error) {
            throw new ErrorSignal(error);
        }
        return value;
    }
}
