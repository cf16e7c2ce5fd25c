package org.aibyhand.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.lesson.Lesson;
import org.aibyhand.lesson.LessonKind;
import org.aibyhand.lesson.LessonOption;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.Lessons;
import org.aibyhand.xlsx.XlsxWriter;

/**
 * {@code lesson <kind> [--seed S] [--size N ...] [--switch] OUT.xlsx} writes one lesson of {@link Lessons#ALL};
 * {@code lessons DIR} writes every lesson with its defaults (mlp.xlsx, rnn.xlsx, ...), as they live in workbooks/.
 */
final class LessonCommand {
    /** The seed of the default lessons in workbooks/. */
    static final long DEFAULT_SEED = 1;

    private LessonCommand() {
    }

    static int lesson(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && args[0].equals(CompareCommand.NAME)) {
            return CompareCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), out, err);
        }
        if (args.length < 2) {
            err.println("usage: java -jar ai-by-hand.jar lesson <" + String.join("|", Lessons.KINDS)
                    + "> [--seed S] [options] OUT.xlsx");
            for (LessonKind lesson : Lessons.ALL) {
                err.println("  " + lesson.kind() + ": " + lesson.options().stream().map(LessonCommand::usage).toList());
            }
            return 2;
        }
        String kind = args[0];
        LessonOptions options;
        try {
            options = options(args, kind);
        } catch (IllegalArgumentException wrong) {
            err.println("lesson: " + wrong.getMessage());
            return 2;
        }
        return write(kind, options, Paths.get(args[args.length - 1]), out, err);
    }

    static int defaults(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1) {
            err.println("usage: java -jar ai-by-hand.jar lessons DIR");
            return 2;
        }
        for (String kind : Lessons.KINDS) {
            int code = write(kind, new LessonOptions(DEFAULT_SEED), Paths.get(args[0]).resolve(kind + ".xlsx"), out, err);
            if (code != 0) {
                return code;
            }
        }
        return 0;
    }

    /**
     * Reads --seed and the options the kind lists (sizes take a number, switches none); the kind checks the
     * limits, and anything it does not take is an error naming what it does.
     */
    private static LessonOptions options(String[] args, String kind) {
        LessonKind lesson = Lessons.of(kind);
        long seed = DEFAULT_SEED;
        for (int i = 1; i < args.length - 1; i++) {
            if (args[i].equals("--seed") && i + 1 < args.length - 1) {
                seed = Long.parseLong(args[++i]);
            }
        }
        LessonOptions options = new LessonOptions(seed);
        for (int i = 1; i < args.length - 1; i++) {
            String arg = args[i];
            LessonOption option = arg.startsWith("--") ? lesson.option(arg.substring(2)) : null;
            if (arg.equals("--seed")) {
                i++;
            } else if (option != null && option.flag()) {
                options.withFlag(option.name());
            } else if (option != null && i + 1 < args.length - 1) {
                options.with(option.name(), Integer.parseInt(args[++i]));
            } else {
                throw new IllegalArgumentException("unknown option '" + arg + "' for " + kind + "; it takes "
                        + lesson.options().stream().map(o -> "--" + o.name()).toList());
            }
        }
        return lesson.complete(options);
    }

    private static String usage(LessonOption option) {
        return option.flag() ? "--" + option.name() : "--" + option.name() + " " + option.min() + ".."
                + option.max() + " (" + option.defaultValue() + ")";
    }

    private static int write(String kind, LessonOptions options, Path target, PrintStream out, PrintStream err) {
        long start = System.nanoTime();
        Lesson lesson = Lessons.build(kind, options);
        new Calculator(lesson.workbook()).recalculateAll(); // saved with fresh results, so any reader sees numbers
        try {
            if (target.getParent() != null) {
                Files.createDirectories(target.getParent());
            }
            XlsxWriter.write(lesson.workbook(), null, target);
        } catch (IOException io) {
            err.println("lesson: cannot write " + target + ": " + io.getMessage());
            return 1;
        }
        out.printf("lesson %s (seed %d%s): %s, %d ms%n", kind, options.seed(), options.sizes().isEmpty() ? "" : ", " + options.sizes(),
                target, Math.round((System.nanoTime() - start) / 1e6));
        return 0;
    }
}
