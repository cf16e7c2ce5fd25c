package org.aibyhand.engine.function;

import java.util.Arrays;
import org.aibyhand.engine.value.ArrayValue;
import org.aibyhand.engine.value.Coerce;
import org.aibyhand.engine.value.EmptyValue;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.LambdaValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.ReferenceValue;
import org.aibyhand.engine.value.Value;

/**
 * The numbers that SUM, AVERAGE, MIN, STDEV and their kin see, in Excel's order: arguments left to right,
 * ranges and arrays row by row. Inside ranges and arrays only numbers count (text, logicals and blanks are
 * skipped); a value typed directly as an argument is converted (TRUE is 1, "2" is 2, other text is #VALUE!).
 * Errors anywhere propagate.
 */
final class NumericArguments {
    private double[] numbers = new double[16];
    private int size;

    private NumericArguments() {
    }

    /** The numbers of {@code arguments}, in order; throws ErrorSignal on the first error met. */
    static double[] collect(Value[] arguments, CallContext context) {
        NumericArguments collector = new NumericArguments();
        for (Value argument : arguments) {
            collector.addArgument(argument, context);
        }
        return Arrays.copyOf(collector.numbers, collector.size);
    }

    private void addArgument(Value argument, CallContext context) {
        if (argument instanceof ReferenceValue whole) {
            ReferenceValue reference = context.usedPart(whole); // blanks count for nothing here
            if (reference == null) {
                return;
            }
            double[] plain = context.readNumbers(reference); // the usual case, without a value object per cell
            if (plain != null) {
                addAll(plain);
            } else {
                addNumbersOf(context.read(reference));
            }
        } else if (argument instanceof ArrayValue array) {
            addNumbersOf(array);
        } else if (argument instanceof LambdaValue) {
            throw new ErrorSignal(ErrorValue.VALUE);
        } else if (argument instanceof EmptyValue) {
            add(0); // an omitted argument, as in SUM(1,): Excel counts it as 0
        } else {
            add(Coerce.toNumber(argument));
        }
    }

    private void addNumbersOf(ArrayValue array) {
        for (int i = 0; i < array.size(); i++) {
            Value element = array.get(i);
            if (element instanceof NumberValue number) {
                add(number.value());
            } else if (element instanceof ErrorValue error) {
                throw new ErrorSignal(error);
            }
        }
    }

    private void addAll(double[] plain) {
        if (size + plain.length > numbers.length) {
            numbers = Arrays.copyOf(numbers, Math.max(size + plain.length, size * 2));
        }
        System.arraycopy(plain, 0, numbers, size, plain.length);
        size += plain.length;
    }

    private void add(double number) {
        if (size == numbers.length) {
            numbers = Arrays.copyOf(numbers, size * 2);
        }
        numbers[size++] = number;
    }
}
