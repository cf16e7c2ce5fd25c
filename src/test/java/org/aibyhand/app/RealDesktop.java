package org.aibyhand.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real X display (Xvfb) with the app running in its own process in a real GTK window, driven by xdotool as a
 * person drives it. Without Xvfb or xdotool a developer's machine skips loudly; under CI (which installs them)
 * their absence fails.
 */
final class RealDesktop implements AutoCloseable {
    private static final String DISPLAY = ":87";
    private final Process xvfb;
    private final Process app;
    private final PrintWriter questions;
    private final BufferedReader answers;
    private final String windowId;

    RealDesktop(Path workbook) throws Exception {
        requireTools();
        xvfb = new ProcessBuilder("Xvfb", DISPLAY, "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        waitForDisplay();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dprism.order=sw",
                RealWindowHarness.class.getName(), workbook.toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("DISPLAY", DISPLAY);
        builder.environment().put("GDK_BACKEND", "x11");
        app = builder.start();
        questions = new PrintWriter(app.getOutputStream(), true, StandardCharsets.UTF_8);
        answers = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8));
        String ready = nextAnswer();
        if (!"ready".equals(ready)) {
            throw new IllegalStateException("the app did not start: " + ready);
        }
        windowId = xdotool("search", "--sync", "--name", "AI by Hand").trim().split("\\s+")[0];
        xdotool("windowfocus", "--sync", windowId);
    }

    private static void requireTools() {
        for (String tool : new String[] {"Xvfb", "xdotool", "import"}) {
            org.aibyhand.Prerequisites.require(new java.io.File("/usr/bin/" + tool).canExecute(), "REAL-WINDOW TESTS NEED "
                    + tool + ": apt-get install xvfb xdotool libgtk-3-0 imagemagick");
        }
    }

    private static void waitForDisplay() throws Exception {
        for (int i = 0; i < 100; i++) {
            if (new java.io.File("/tmp/.X11-unix/X" + DISPLAY.substring(1)).exists()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("Xvfb did not start on " + DISPLAY);
    }

    /** Asks the app a question (see {@link RealWindowHarness}) and returns its answer. */
    String ask(String question) throws IOException {
        questions.println(question);
        return nextAnswer();
    }

    private String nextAnswer() throws IOException {
        for (String line = answers.readLine(); line != null; line = answers.readLine()) {
            if (line.startsWith("= ")) {
                return line.substring(2);
            }
        }
        throw new IOException("the app ended");
    }

    /** Clicks a cell with the mouse. */
    void click(String a1) throws Exception {
        String[] at = ask("where " + a1).split(" ");
        xdotool("mousemove", "--sync", at[0], at[1]);
        xdotool("click", "1");
        settle();
    }

    /** Presses keys, e.g. {@code ctrl+Home}, {@code Return}, {@code F2}. */
    void key(String... keys) throws Exception {
        List<String> args = new ArrayList<>(List.of("key", "--delay", "60"));
        args.addAll(List.of(keys));
        xdotool(args.toArray(String[]::new));
        settle();
    }

    /** Types text as key strokes. */
    void type(String text) throws Exception {
        xdotool("type", "--delay", "80", text);
        settle();
    }

    /** Saves a picture of the whole screen. */
    void screenshot(Path file) throws Exception {
        Process shot = new ProcessBuilder("import", "-display", DISPLAY, "-window", "root", file.toString())
                .redirectErrorStream(true).start();
        shot.waitFor(30, TimeUnit.SECONDS);
    }

    /** Lets the window handle what was sent: a round trip through the app's event queue after a short pause. */
    private void settle() throws Exception {
        Thread.sleep(150);
        ask("title");
    }

    private static String xdotool(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("xdotool"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("DISPLAY", DISPLAY);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("xdotool " + String.join(" ", args) + " failed: " + output);
        }
        return output;
    }

    @Override
    public void close() throws Exception {
        if (app.isAlive()) {
            questions.println("quit");
            app.waitFor(5, TimeUnit.SECONDS);
            app.destroyForcibly();
        }
        xvfb.destroy();
        xvfb.waitFor(5, TimeUnit.SECONDS);
    }
}
