package org.aibyhand.engine.function;

import java.util.function.Predicate;
import org.aibyhand.engine.value.BooleanValue;
import org.aibyhand.engine.value.Coerce;
import org.aibyhand.engine.value.EmptyValue;
import org.aibyhand.engine.value.ErrorType;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.TextValue;
import org.aibyhand.engine.value.Value;

/**
 * The IS functions and NA. They look at a value's kind without converting it, so errors arrive as arguments
 * instead of propagating, and a blank cell is not the empty text "".
 */
final class InformationFunctions {
    private InformationFunctions() {
    }

    static void register(FunctionRegistry registry) {
        test(registry, "ISBLANK", value -> value instanceof EmptyValue);
        test(registry, "ISNUMBER", value -> value instanceof NumberValue);
        test(registry, "ISTEXT", value -> value instanceof TextValue);
        test(registry, "ISLOGICAL", value -> value instanceof BooleanValue);
        test(registry, "ISERROR", value -> value instanceof ErrorValue);
        test(registry, "ISERR", value -> value instanceof ErrorValue error && error.type() != ErrorType.NA);
        test(registry, "ISNA", value -> value instanceof ErrorValue error && error.type() == ErrorType.NA);
        registry.register("NA", 0, 0, (args, context) -> ErrorValue.NA);
        parity(registry, "ISEVEN", 0);
        parity(registry, "ISODD", 1);
    }

    /** ISEVEN and ISODD look at the whole part of a number; booleans and non-numeric text are #VALUE!. */
    private static void parity(FunctionRegistry registry, String name, int remainder) {
        registry.register(name, 1, 1, (args, context) -> Lift.map(args[0], context, value -> {
            if (value instanceof BooleanValue) {
                return ErrorValue.VALUE;
            }
            double whole = Math.floor(Math.abs(Coerce.toNumber(value)));
            return BooleanValue.of(whole % 2 == remainder);
        }));
    }

    /**
     * A kind test mapped over arrays. A range in a plain formula intersects the formula's row or column; when
     * it cannot, the #VALUE! that results is what the test sees (ISERROR is then TRUE), as in Excel.
     */
    private static void test(FunctionRegistry registry, String name, Predicate<Value> test) {
        registry.register(name, 1, 1, (args, context) ->
                Lift.map(args[0], context, value -> BooleanValue.of(test.test(value))));
    }
}
