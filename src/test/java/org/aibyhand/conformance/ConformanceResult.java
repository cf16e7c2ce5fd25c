package org.aibyhand.conformance;

import java.util.ArrayList;
import java.util.List;

/** What recomputing one conformance workbook gave: cells equal to Excel's, cells compared, and what differed. */
final class ConformanceResult {
    final String category;
    final String workbook;
    int matched;
    int compared;
    final List<String> mismatches = new ArrayList<>();
    final List<String> excluded = new ArrayList<>();

    ConformanceResult(String category, String workbook) {
        this.category = category;
        this.workbook = workbook;
    }

    boolean complete() {
        return matched == compared;
    }
}
