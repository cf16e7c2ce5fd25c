package org.aibyhand.engine.function;

import org.aibyhand.engine.value.ArrayValue;
import org.aibyhand.engine.value.Coerce;
import org.aibyhand.engine.value.EmptyValue;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.LambdaValue;
import org.aibyhand.engine.value.ReferenceValue;
import org.aibyhand.engine.value.Value;

/** Small conversions that many built-in functions share when reading their arguments. */
final class Arguments {
    private Arguments() {
    }

    /**
     * An argument seen as a whole array: a reference is read cell by cell (blanks stay EmptyValue), an array is
     * itself and a scalar is a 1x1 array. A lambda is #VALUE!; a scalar error stays in the array for the caller.
     */
    static ArrayValue asArray(Value argument, CallContext context) {
        if (argument instanceof ReferenceValue reference) {
            return context.read(reference);
        }
        if (argument instanceof ArrayValue array) {
            return array;
        }
        if (argument instanceof LambdaValue) {
            throw new ErrorSignal(ErrorValue.VALUE);
        }
        return ArrayValue.single(argument);
    }

    /**
     * An argument where one scalar is expected and the function does not map over arrays: a range is
     * intersected (plain formulas) and an array gives its top-left element, as Excel does.
     */
    static Value scalar(Value argument, CallContext context) {
        Value value = Lift.operand(argument, context);
        if (value instanceof ArrayValue array) {
            return array.get(0);
        }
        if (value instanceof LambdaValue) {
            throw new ErrorSignal(ErrorValue.VALUE);
        }
        return value;
    }

    /** A whole-number argument (positions, counts, digits): Excel truncates toward zero. */
    static long integer(Value scalar) {
        double number = Coerce.toNumber(scalar);
        // A count beyond any sheet or string size behaves like a huge count; keep it in long range.
        return (long) Math.max(-1e15, Math.min(1e15, number < 0 ? Math.ceil(number) : Math.floor(number)));
    }

    /** True when argument {@code index} was not written at all (an empty argument is EmptyValue instead). */
    static boolean absent(Value[] arguments, int index) {
        return index >= arguments.length;
    }

    /**
     * True when optional argument {@code index} was left out or left empty, as in SEQUENCE(3,,10) or
     * XLOOKUP(x,a,b,,1): Excel then uses the argument's default. A reference to a blank cell is not omitted.
     */
    static boolean omitted(Value[] arguments, int index) {
        return index >= arguments.length || arguments[index] instanceof EmptyValue;
    }

    /** An optional whole-number argument (truncated toward zero), or {@code fallback} when omitted. */
    static long integer(Value[] arguments, int index, long fallback, CallContext context) {
        return omitted(arguments, index) ? fallback : integer(scalar(arguments[index], context));
    }

    /** An optional number argument, or {@code fallback} when omitted. */
    static double number(Value[] arguments, int index, double fallback, CallContext context) {
        return omitted(arguments, index) ? fallback : Coerce.toNumber(scalar(arguments[index], context));
    }

    /** An optional logical argument (by_col, exactly_once), FALSE when omitted. */
    static boolean flag(Value[] arguments, int index, CallContext context) {
        return !omitted(arguments, index) && Coerce.toBoolean(scalar(arguments[index], context));
    }
}
