package org.aibyhand.engine.walkthrough;

/**
 * The words of an exercise's self-check table, so a teacher can hand out an exercise in the students' language:
 * the table's title and headers, the three verdicts, and the summary, whose {@code {count}} is the number of
 * correct answers and {@code {total}} the number of blanks. The engine knows English only; callers pass others.
 */
public record SelfCheckWords(String title, String cell, String stage, String check, String notDone, String correct,
        String incorrect, String summary) {

    public static final SelfCheckWords ENGLISH = new SelfCheckWords("Self-check", "Cell", "Stage", "Check", "NOT DONE",
            "CORRECT", "INCORRECT", "{count} of {total} correct");

    /** The summary as a formula text around {@code count} (a formula giving the number of correct answers). */
    String summaryFormula(String count, int total) {
        String pattern = summary.replace("{total}", String.valueOf(total));
        int at = pattern.indexOf("{count}");
        String before = at < 0 ? pattern : pattern.substring(0, at);
        String after = at < 0 ? "" : pattern.substring(at + "{count}".length());
        return (before.isEmpty() ? "" : quoted(before) + "&") + count + (after.isEmpty() ? "" : "&" + quoted(after));
    }

    /** A text as a formula's string literal. */
    static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
