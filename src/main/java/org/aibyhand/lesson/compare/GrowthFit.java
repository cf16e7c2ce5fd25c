package org.aibyhand.lesson.compare;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The growth exponent of a quantity against the sequence length: the slope of the least-squares line through
 * (log T, log value), so 1 means linear and 2 quadratic. Values of 0 (nothing to measure) are left out.
 */
public final class GrowthFit {
    private GrowthFit() {
    }

    /** The slope over the given measurements of one model; NaN with fewer than two usable points. */
    public static double exponent(List<Measurement> measurements, ToDoubleFunction<Measurement> quantity) {
        double n = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (Measurement m : measurements) {
            double value = quantity.applyAsDouble(m);
            if (value > 0) {
                double x = Math.log(m.steps());
                double y = Math.log(value);
                n++;
                sx += x;
                sy += y;
                sxx += x * x;
                sxy += x * y;
            }
        }
        double spread = n * sxx - sx * sx;
        return n < 2 || spread == 0 ? Double.NaN : (n * sxy - sx * sy) / spread;
    }
}
