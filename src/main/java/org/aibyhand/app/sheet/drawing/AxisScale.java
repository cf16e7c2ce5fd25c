package org.aibyhand.app.sheet.drawing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A chart axis's range and tick marks: the data's range (from zero where Excel would start there) widened to
 * round steps of 1, 2 or 5 times a power of ten (about five of them), unless the file fixes a bound.
 */
record AxisScale(double min, double max, List<Double> ticks) {
    private static final int TICKS_WANTED = 5;

    static AxisScale of(double dataMin, double dataMax, Double fixedMin, Double fixedMax, boolean fromZero) {
        // Excel starts an axis at zero when the data keep to one side of it and span more than a sixth of it.
        boolean zeroLow = fromZero || (dataMin > 0 && dataMin < dataMax * 5 / 6);
        boolean zeroHigh = fromZero || (dataMax < 0 && dataMax > dataMin * 5 / 6);
        double low = fixedMin != null ? fixedMin : zeroLow ? Math.min(0, dataMin) : dataMin;
        double high = fixedMax != null ? fixedMax : zeroHigh ? Math.max(0, dataMax) : dataMax;
        if (!Double.isFinite(low) || !Double.isFinite(high)) {
            low = 0;
            high = 1;
        }
        if (high <= low) {
            double pad = low == 0 ? 1 : Math.abs(low) / 10;
            low = fixedMin != null ? low : low - pad;
            high = fixedMin != null ? low + 2 * pad : high + pad;
        }
        double step = niceStep((high - low) / TICKS_WANTED);
        double min = fixedMin != null ? fixedMin : Math.floor(low / step + 1e-9) * step;
        double max = fixedMax != null ? fixedMax : Math.ceil(high / step - 1e-9) * step;
        List<Double> ticks = new ArrayList<>();
        // Excel counts ticks from a fixed minimum (-9, -4, 1, 6), else from a multiple of the step.
        double first = fixedMin != null ? min : Math.ceil(min / step - 1e-9) * step;
        for (double tick = first; tick <= max + step * 1e-9 && ticks.size() < 50; tick += step) {
            ticks.add(Math.abs(tick) < step * 1e-9 ? 0 : tick);
        }
        return new AxisScale(min, max, List.copyOf(ticks));
    }

    /** Where a value falls between {@code from} (at min) and {@code to} (at max). */
    double place(double value, double from, double to) {
        return from + (value - min) / (max - min) * (to - from);
    }

    /** A tick label: the value with no needless digits ("0.5", "-2", "1000"). */
    static String label(double value) {
        if (value == 0) {
            return "0";
        }
        return new BigDecimal(value).round(new MathContext(8)).stripTrailingZeros().toPlainString();
    }

    private static double niceStep(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }
}
