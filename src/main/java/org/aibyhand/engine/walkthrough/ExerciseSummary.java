package org.aibyhand.engine.walkthrough;

import java.util.List;

/**
 * What {@link Exercise#apply} did: how many cells it blanked for the student to fill in, and where each sheet's
 * "Self-check" table went (sheet-qualified A1 ranges such as {@code MLP!T1:V44}, one per sheet with blanks).
 */
public record ExerciseSummary(int blanked, List<String> checkTables) {

    public ExerciseSummary {
        checkTables = List.copyOf(checkTables);
    }
}
