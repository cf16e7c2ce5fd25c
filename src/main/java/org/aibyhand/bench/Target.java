package org.aibyhand.bench;

/**
 * One performance goal and how it came out, printed as {@code target <name>: <figure> <goal> met|MISSED}. A
 * target that could not be measured (its input is missing) is MISSED, with a figure that says why.
 */
record Target(String name, String figure, String goal, boolean met) {

    static Target notMeasured(String name, String why, String goal) {
        return new Target(name, "not measured (" + why + ")", goal, false);
    }

    String line() {
        return "target " + name + ": " + figure + " " + goal + " " + (met ? "met" : "MISSED");
    }
}
