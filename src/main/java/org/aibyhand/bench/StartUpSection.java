package org.aibyhand.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Start-up: {@code java -jar ai-by-hand.jar} launched on an X display (Xvfb) until its window shows, found by
 * xdotool, as a teacher waits for it; then the same with a class data sharing archive written by one start before
 * (what the installed app does). Not run where the benchmark does not run from the jar or Xvfb or xdotool is missing.
 */
final class StartUpSection {
    static final String HEADER = "== Start-up: launch to the window shown ==";
    static final String TARGET = "start-up";
    private static final double GOAL_SECONDS = 1.5;
    private static final String GOAL = "<= " + GOAL_SECONDS + " s";
    private static final String DISPLAY = ":95";
    private static final long GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(60);

    /** The starts of one way of launching. */
    record Result(String how, Samples nanos) {
    }

    private StartUpSection() {
    }

    static List<Result> run(Path folder, boolean quick, PrintStream out, Progress progress) throws Exception {
        out.println(HEADER);
        Path jar = jar();
        String missing = jar == null ? "the benchmark does not run from the jar" : missingTool();
        if (missing != null) {
            out.println("  not run: " + missing);
            out.println();
            return List.of();
        }
        List<Result> results = new ArrayList<>();
        Process xvfb = new ProcessBuilder("Xvfb", DISPLAY, "-screen", "0", "1280x800x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            Thread.sleep(1_000);
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            int runs = quick ? 3 : 7;
            progress.step("start-up: java -jar");
            results.add(new Result("java -jar", starts(runs, java, "-jar", jar.toString())));
            Path archive = folder.resolve("start-up.jsa");
            progress.step("start-up: writing a class data sharing archive");
            start(java, "-XX:ArchiveClassesAtExit=" + archive, "-jar", jar.toString());
            if (Files.isRegularFile(archive)) {
                results.add(new Result("java -XX:SharedArchiveFile -jar (as installed)",
                        starts(runs, java, "-XX:SharedArchiveFile=" + archive, "-jar", jar.toString())));
            }
        } finally {
            xvfb.destroy();
        }
        TextTable table = new TextTable("launch", "starts", "median s", "max s");
        for (Result r : results) {
            table.row(r.how(), Figures.count(r.nanos().count()), Figures.seconds(r.nanos().median()),
                    Figures.seconds(r.nanos().max()));
        }
        table.print(out);
        out.println("  from the launch to the window, titled AI by Hand, found on the display (xdotool, polled every 20 ms)");
        out.println();
        return results;
    }

    private static Samples starts(int runs, String... command) throws Exception {
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            nanos[i] = start(command);
        }
        return Samples.of(nanos);
    }

    /** Launches, waits for the window, stops the app (which writes an archive asked for); the nanoseconds taken. */
    private static long start(String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("DISPLAY", DISPLAY);
        long start = System.nanoTime();
        Process app = builder.start();
        try {
            while (!windowShown()) {
                if (!app.isAlive() || System.nanoTime() - start > GIVE_UP_NANOS) {
                    throw new IOException("the app showed no window: " + String.join(" ", command));
                }
                Thread.sleep(20);
            }
            return System.nanoTime() - start;
        } finally {
            app.destroy(); // SIGTERM: the JVM exits normally, writing the archive
            app.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static boolean windowShown() throws Exception {
        ProcessBuilder search = new ProcessBuilder("xdotool", "search", "--name", "AI by Hand")
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        search.environment().put("DISPLAY", DISPLAY);
        Process process = search.start();
        String found = new String(process.getInputStream().readAllBytes()).trim();
        return process.waitFor() == 0 && !found.isEmpty();
    }

    private static Path jar() {
        try {
            Path location = Path.of(StartUpSection.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.toString().endsWith(".jar") ? location : null;
        } catch (Exception unknown) {
            return null;
        }
    }

    private static String missingTool() {
        for (String tool : new String[] {"Xvfb", "xdotool"}) {
            boolean found = false;
            for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
                found |= Files.isExecutable(Path.of(dir, tool));
            }
            if (!found) {
                return tool + " is not installed (apt-get install xvfb xdotool libgtk-3-0)";
            }
        }
        return null;
    }

    /** The fastest way measured against the goal (the installed app starts with its archive). */
    static Target target(List<Result> results) {
        if (results.isEmpty()) {
            return Target.notRun(TARGET, "needs the jar, Xvfb and xdotool", GOAL);
        }
        Result best = results.get(results.size() - 1);
        double seconds = best.nanos().median() / 1e9;
        return new Target(TARGET, Figures.decimal(seconds) + " s median (" + best.how() + "; java -jar "
                + Figures.decimal(results.get(0).nanos().median() / 1e9) + " s)", GOAL, seconds <= GOAL_SECONDS);
    }
}
