package org.aibyhand.engine.function;

import org.aibyhand.engine.value.Value;

/**
 * A built-in function. It receives its arguments already evaluated: references arrive as
 * {@link org.aibyhand.engine.value.ReferenceValue} (so it can tell a range from an array), an omitted argument
 * as {@link org.aibyhand.engine.value.EmptyValue}. It returns a value, errors included; throwing
 * {@link org.aibyhand.engine.value.ErrorSignal} from deep inside is allowed and becomes that error.
 */
@FunctionalInterface
public interface Function {
    Value apply(Value[] arguments, CallContext context);
}
