package org.aibyhand.engine.function;

import org.aibyhand.engine.value.ArrayValue;
import org.aibyhand.engine.value.BooleanValue;
import org.aibyhand.engine.value.Coerce;
import org.aibyhand.engine.value.EmptyValue;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.LambdaValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.ReferenceValue;
import org.aibyhand.engine.value.Value;

/**
 * AND, OR, XOR, NOT, TRUE and FALSE. IF, IFERROR and IFNA are not here: the evaluator runs them lazily.
 */
final class LogicalFunctions {
    private LogicalFunctions() {
    }

    static void register(FunctionRegistry registry) {
        registry.register("AND", 1, 255, (args, context) -> {
            Tally tally = Tally.of(args, context);
            return BooleanValue.of(tally.trues == tally.logicals);
        });
        registry.register("OR", 1, 255, (args, context) -> BooleanValue.of(Tally.of(args, context).trues > 0));
        registry.register("XOR", 1, 254, (args, context) -> BooleanValue.of(Tally.of(args, context).trues % 2 == 1));
        registry.register("NOT", 1, 1, (args, context) ->
                Lift.map(args[0], context, value -> BooleanValue.of(!Coerce.toBoolean(value))));
        registry.register("TRUE", 0, 0, (args, context) -> BooleanValue.TRUE);
        registry.register("FALSE", 0, 0, (args, context) -> BooleanValue.FALSE);
    }

    /**
     * The logical values among the arguments. In ranges and arrays logicals and numbers count, text and blanks
     * are skipped; typed directly, text must read TRUE or FALSE. Errors propagate even when the answer is
     * already known (AND(FALSE, #N/A) is #N/A), and no logical value at all is #VALUE!.
     */
    private static final class Tally {
        private long logicals;
        private long trues;

        static Tally of(Value[] args, CallContext context) {
            Tally tally = new Tally();
            for (Value argument : args) {
                if (argument instanceof ReferenceValue || argument instanceof ArrayValue) {
                    ArrayValue array = Arguments.asArray(argument, context);
                    for (int i = 0; i < array.size(); i++) {
                        Value element = array.get(i);
                        if (element instanceof BooleanValue || element instanceof NumberValue) {
                            tally.add(Coerce.toBoolean(element));
                        } else {
                            ErrorSignal.check(element);
                        }
                    }
                } else if (argument instanceof LambdaValue) {
                    throw new ErrorSignal(ErrorValue.VALUE);
                } else {
                    // An omitted argument (EmptyValue) reads as FALSE, like a blank in arithmetic reads as 0.
                    tally.add(argument instanceof EmptyValue ? false : Coerce.toBoolean(argument));
                }
            }
            if (tally.logicals == 0) {
                throw new ErrorSignal(ErrorValue.VALUE);
            }
            return tally;
        }

        private void add(boolean value) {
            logicals++;
            if (value) {
                trues++;
            }
        }
    }
}
