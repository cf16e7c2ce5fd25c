package org.aibyhand.bench;

/**
 * One performance goal and how it came out, printed as {@code target <name>: <figure> <goal> met|MISSED}. A
 * target that could not be measured (its input is missing) is MISSED, with a figure that says why; one the mode
 * does not measure (--quick leaves out the sizes it names) is "not run", counted neither met nor missed.
 */
record Target(String name, String figure, String goal, boolean met, boolean run) {

    Target(String name, String figure, String goal, boolean met) {
        this(name, figure, goal, met, true);
    }

    static Target notRun(String name, String why, String goal) {
        return new Target(name, "not run (" + why + ")", goal, false, false);
    }

    static Target notMeasured(String name, String why, String goal) {
        return new Target(name, "not measured (" + why + ")", goal, false);
    }

    String line() {
        return "target " + name + ": " + figure + " " + goal + " " + (!run ? "not run" : met ? "met" : "MISSED");
    }
}
