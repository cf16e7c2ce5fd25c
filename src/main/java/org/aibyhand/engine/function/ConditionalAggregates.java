package org.aibyhand.engine.function;

import java.util.ArrayList;
import java.util.List;
import org.aibyhand.engine.value.ArrayValue;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.ReferenceValue;
import org.aibyhand.engine.value.Value;
import org.aibyhand.engine.value.Values;

/**
 * COUNTIF, COUNTIFS, SUMIF, SUMIFS, AVERAGEIF, AVERAGEIFS, MAXIFS and MINIFS: aggregates over the cells whose
 * partners meet every {@link Criteria}. All ranges must have the same shape (#VALUE! otherwise), except SUMIF's
 * and AVERAGEIF's sum range, which takes the shape of the tested range from its top-left cell, as in Excel.
 * An array of criteria gives an array of results.
 */
final class ConditionalAggregates {
    private enum Kind { COUNT, SUM, AVERAGE, MAX, MIN }

    private ConditionalAggregates() {
    }

    static void register(FunctionRegistry registry) {
        registry.register("COUNTIF", 2, 2, (args, context) -> single(args, context, Kind.COUNT));
        registry.register("SUMIF", 2, 3, (args, context) -> single(args, context, Kind.SUM));
        registry.register("AVERAGEIF", 2, 3, (args, context) -> single(args, context, Kind.AVERAGE));
        registry.register("COUNTIFS", 2, 254, (args, context) -> multiple(args, 0, null, context, Kind.COUNT));
        registry.register("SUMIFS", 3, 255, (args, context) -> multiple(args, 1, args[0], context, Kind.SUM));
        registry.register("AVERAGEIFS", 3, 255, (args, context) -> multiple(args, 1, args[0], context, Kind.AVERAGE));
        registry.register("MAXIFS", 3, 255, (args, context) -> multiple(args, 1, args[0], context, Kind.MAX));
        registry.register("MINIFS", 3, 255, (args, context) -> multiple(args, 1, args[0], context, Kind.MIN));
    }

    /** COUNTIF(range, criteria), SUMIF and AVERAGEIF(range, criteria, [sum_range]). */
    private static Value single(Value[] args, CallContext context, Kind kind) {
        ArrayValue tested = Arguments.asArray(args[0], context);
        Value values = args.length > 2 ? resized(args[2], tested, context) : args[0];
        return Lift.map(context.dereference(args[1]), context, criterion ->
                aggregate(kind, Arguments.asArray(values, context), List.of(tested), List.of(Criteria.of(criterion))));
    }

    /** The sum range of SUMIF: as many rows and columns as the tested range, from the given top-left cell. */
    private static Value resized(Value sumRange, ArrayValue tested, CallContext context) {
        if (sumRange instanceof ReferenceValue reference) {
            return new ReferenceValue(reference.sheet(), reference.top(), reference.left(),
                    reference.top() + tested.rows() - 1, reference.left() + tested.columns() - 1);
        }
        return sumRange;
    }

    /** The ...IFS forms: [values,] range1, criteria1, range2, criteria2, ... */
    private static Value multiple(Value[] args, int first, Value valuesArgument, CallContext context, Kind kind) {
        if ((args.length - first) % 2 != 0) {
            return ErrorValue.VALUE;
        }
        List<ArrayValue> ranges = new ArrayList<>();
        List<Criteria> criteria = new ArrayList<>();
        for (int i = first; i < args.length; i += 2) {
            ranges.add(Arguments.asArray(args[i], context));
            criteria.add(Criteria.of(Arguments.scalar(args[i + 1], context)));
        }
        ArrayValue values = valuesArgument == null ? ranges.get(0) : Arguments.asArray(valuesArgument, context);
        return aggregate(kind, values, ranges, criteria);
    }

    private static Value aggregate(Kind kind, ArrayValue values, List<ArrayValue> ranges, List<Criteria> criteria) {
        for (ArrayValue range : ranges) {
            if (range.rows() != values.rows() || range.columns() != values.columns()) {
                throw new ErrorSignal(ErrorValue.VALUE);
            }
        }
        int count = 0;
        double sum = 0;
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < values.size(); i++) {
            if (!allMet(i, ranges, criteria)) {
                continue;
            }
            Value value = values.get(i);
            if (kind == Kind.COUNT) {
                count++;
            } else if (value instanceof ErrorValue error) {
                throw new ErrorSignal(error);
            } else if (value instanceof NumberValue number) {
                count++;
                sum += number.value();
                max = Math.max(max, number.value());
                min = Math.min(min, number.value());
            }
        }
        switch (kind) {
            case COUNT: return new NumberValue(count);
            case SUM: return Values.number(sum);
            case AVERAGE: return count == 0 ? ErrorValue.DIV0 : Values.number(sum / count);
            case MAX: return count == 0 ? NumberValue.ZERO : Values.number(max);
            default: return count == 0 ? NumberValue.ZERO : Values.number(min);
        }
    }

    private static boolean allMet(int index, List<ArrayValue> ranges, List<Criteria> criteria) {
        for (int k = 0; k < ranges.size(); k++) {
            if (!criteria.get(k).test(ranges.get(k).get(index))) {
                return false;
            }
        }
        return true;
    }
}
