package org.aibyhand.engine.value;

/**
 * The result of evaluating a formula or the content of a cell. Errors are values too: nothing in the engine
 * signals a spreadsheet error by throwing to its caller.
 */
public sealed interface Value
        permits NumberValue, TextValue, BooleanValue, ErrorValue, EmptyValue, ArrayValue, ReferenceValue, LambdaValue {

    /** True for error values; they propagate through most operations. */
    default boolean isError() {
        return false;
    }
}
