package org.aibyhand.bench;

import org.aibyhand.xlsx.PoiResult;

/**
 * One lesson at one size, as the scale section measured it: the engine's numbers (build, recalculation, heap,
 * the plain-Java limit and how far the engine's tensors are from it, or the failure that stopped it), then the
 * exported workbook and what POI and LibreOffice made of it (POI's result is null where it was not run; the
 * texts say what happened in words).
 */
record ScaleRun(String model, int steps, int formulas, long buildNanos, long firstRecalcNanos, long recalcNanos,
        long heapBytes, long plainNanos, double maxDifference, String failure, long fileBytes, long saveNanos,
        PoiResult poi, String poiText, String libreOffice) {

    /** Differences from the plain-Java loop up to this count as agreeing. */
    static final double AGREEMENT = 1e-9;

    boolean computed() {
        return failure == null && maxDifference <= AGREEMENT;
    }

    double nanosPerFormula() {
        return (double) recalcNanos / formulas;
    }

    double heapPerFormula() {
        return (double) heapBytes / formulas;
    }

    double overPlain() {
        return (double) recalcNanos / plainNanos;
    }

    String label() {
        return model + " T=" + Figures.count(steps);
    }
}
