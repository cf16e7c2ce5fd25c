package org.aibyhand.cli;

import java.io.PrintStream;
import java.util.Arrays;
import org.aibyhand.app.Launcher;
import org.aibyhand.bench.Benchmark;
import org.aibyhand.lesson.Lessons;

/**
 * The entry point of {@code ai-by-hand.jar}: with no arguments it opens the desktop app; with a command it
 * works headless. It is deliberately not a JavaFX Application, so that {@code java -jar} on the bundled jar works.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs a command and returns the process exit code: 0 done, 2 bad input, usage or a failure, which is
     * reported in one line, never as a stack trace.
     */
    static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            return dispatch(args, out, err);
        } catch (OutOfMemoryError | StackOverflowError | RuntimeException unexpected) {
            // a last resort: the budgets of the engine and the reader are meant to stop every input before this
            err.println("ai-by-hand: " + (args.length == 0 ? "" : args[0] + ": ") + "failed: " + unexpected);
            return 2;
        }
    }

    private static int dispatch(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].endsWith(".xlsx")) {
            Launcher.launch(args);
            return 0;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "recalc":
                return RecalcCommand.run(rest, out, err);
            case "lesson":
                return LessonCommand.lesson(rest, out, err);
            case "lessons":
                return LessonCommand.defaults(rest, out, err);
            case "render":
                return RenderCommand.run(rest, out, err);
            case "bench":
                return Benchmark.run(rest, out, err, new WindowMeasures());
            case "help":
            case "--help":
            case "-h":
                usage(out);
                return 0;
            default:
                err.println("ai-by-hand: unknown command '" + args[0] + "'");
                usage(err);
                return 2;
        }
    }

    private static void usage(PrintStream stream) {
        stream.println("usage: java -jar ai-by-hand.jar [command]");
        stream.println("  (no command) [FILE.xlsx] open the app, on FILE if given");
        stream.println("  recalc IN.xlsx OUT.xlsx  recompute every formula of IN, ignoring saved results, and write OUT");
        stream.println("  lesson <" + String.join("|", Lessons.KINDS) + "> [--seed S] [--lang zh|en] [options] OUT.xlsx  write a lesson workbook");
        stream.println("  lesson compare [--from T] [--up-to T] [--runs N] [OUT.xlsx]  measure the sequence lessons' work, depth and time as T doubles");
        stream.println("  lessons DIR              write every lesson with its defaults (" + String.join(", ", Lessons.KINDS) + ") into DIR");
        stream.println("  render IN.xlsx OUT.png [--sheet NAME] [--range A1:Z60] [--zoom PERCENT] [--no-gridlines]  paint a sheet as the app shows it");
        stream.println("  bench [--quick] [--workbooks DIR] [--chart FILE.png]  measure speed against POI, LibreOffice and plain Java");
    }
}
