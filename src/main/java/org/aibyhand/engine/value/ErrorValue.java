package org.aibyhand.engine.value;

import java.util.EnumMap;
import java.util.Map;

/** An error value such as #DIV/0!. One shared instance per type: compare with {@code ==} or equals. */
public record ErrorValue(ErrorType type) implements Value {
    private static final Map<ErrorType, ErrorValue> INSTANCES = new EnumMap<>(ErrorType.class);

    static {
        for (ErrorType type : ErrorType.values()) {
            INSTANCES.put(type, new ErrorValue(type));
        }
    }

    public static final ErrorValue NULL = of(ErrorType.NULL);
    public static final ErrorValue DIV0 = of(ErrorType.DIV0);
    public static final ErrorValue VALUE = of(ErrorType.VALUE);
    public static final ErrorValue REF = of(ErrorType.REF);
    public static final ErrorValue NAME = of(ErrorType.NAME);
    public static final ErrorValue NUM = of(ErrorType.NUM);
    public static final ErrorValue NA = of(ErrorType.NA);
    public static final ErrorValue SPILL = of(ErrorType.SPILL);
    public static final ErrorValue CALC = of(ErrorType.CALC);
    public static final ErrorValue CYCLE = of(ErrorType.CYCLE);

    public static ErrorValue of(ErrorType type) {
        return INSTANCES.get(type);
    }

    @Override
    public boolean isError() {
        return true;
    }

    @Override
    public String toString() {
        return type.text();
    }
}
