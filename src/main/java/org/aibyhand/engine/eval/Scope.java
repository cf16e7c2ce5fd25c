package org.aibyhand.engine.eval;

import java.util.Locale;
import org.aibyhand.engine.value.Value;

/**
 * Names bound by LET and by a LAMBDA's parameters, innermost first. Immutable: a closure keeps the scope it
 * was made in. {@code omitted} marks a parameter the caller left out (ISOMITTED is TRUE for it).
 */
final class Scope {
    private final String key;
    private final Value value;
    private final boolean omitted;
    private final Scope outer;

    private Scope(String key, Value value, boolean omitted, Scope outer) {
        this.key = key;
        this.value = value;
        this.omitted = omitted;
        this.outer = outer;
    }

    static Scope bind(Scope outer, String name, Value value, boolean omitted) {
        return new Scope(name.toUpperCase(Locale.ROOT), value, omitted, outer);
    }

    /** The innermost binding of {@code name} in {@code scope} (null-safe), or null. */
    static Scope find(Scope scope, String name) {
        String key = name.toUpperCase(Locale.ROOT);
        for (Scope s = scope; s != null; s = s.outer) {
            if (s.key.equals(key)) {
                return s;
            }
        }
        return null;
    }

    Value value() {
        return value;
    }

    boolean omitted() {
        return omitted;
    }
}
