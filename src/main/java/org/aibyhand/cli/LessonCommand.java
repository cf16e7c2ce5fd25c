package org.aibyhand.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aibyhand.engine.book.TooManyCellsException;
import org.aibyhand.engine.graph.Calculator;
import org.aibyhand.i18n.Language;
import org.aibyhand.i18n.Texts;
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
    private static final String LANG = "--lang";

    private LessonCommand() {
    }

    static int lesson(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && args[0].equals(CompareCommand.NAME)) {
            return CompareCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), out, err);
        }
        if (args.length > 0 && args[0].equals(TrainCommand.NAME)) {
            return TrainCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), out, err);
        }
        if (args.length < 2) {
            err.println("usage: java -jar ai-by-hand.jar lesson <" + String.join("|", Lessons.KINDS)
                    + "> [--seed S] [--lang zh|en] [options] OUT.xlsx");
            for (LessonKind lesson : Lessons.ALL) {
                err.println("  " + lesson.kind() + ": " + lesson.options().stream().map(LessonCommand::usage).toList());
            }
            err.println("  " + TrainCommand.NAME + ": " + TrainCommand.USAGE.substring("usage: lesson train ".length()));
            return 2;
        }
        String kind = args[0];
        LessonOptions options;
        Language language;
        try {
            language = language(args);
            args = withoutLanguage(args);
            options = options(args, kind);
        } catch (IllegalArgumentException wrong) {
            err.println("lesson: " + wrong.getMessage());
            return 2;
        }
        Language before = Texts.language();
        Texts.setLanguage(language);
        try {
            return write(kind, options, Paths.get(args[args.length - 1]), out, err);
        } finally {
            Texts.setLanguage(before);
        }
    }

    /**
     * The language of the lesson's words ({@code --lang zh|en}); English when not given, so a lesson file does not
     * depend on the machine it was written on. Numbers and formulas are the same in every language.
     */
    private static Language language(String[] args) {
        for (int i = 1; i < args.length - 1; i++) {
            if (args[i].equals(LANG)) {
                Language language = i + 1 < args.length - 1 ? Language.ofCode(args[i + 1]) : null;
                if (language == null) {
                    throw new IllegalArgumentException("--lang takes zh or en");
                }
                return language;
            }
        }
        return Language.ENGLISH;
    }

    private static String[] withoutLanguage(String[] args) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(LANG) && i < args.length - 1) {
                i++;
            } else {
                kept.add(args[i]);
            }
        }
        return kept.toArray(String[]::new);
    }

    static int defaults(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1) {
            err.println("usage: java -jar ai-by-hand.jar lessons DIR");
            return 2;
        }
        try {
            Files.createDirectories(Paths.get(args[0]));
        } catch (IOException io) {
            err.println("lessons: cannot create the folder " + args[0] + ": " + io.getMessage());
            return 2;
        }
        Texts.setLanguage(Language.ENGLISH);
        for (String kind : Lessons.KINDS) {
            int code = write(kind, new LessonOptions(DEFAULT_SEED), Paths.get(args[0]).resolve(kind + ".xlsx"), out, err);
            if (code != 0) {
                return code;
            }
        }
        return 0;
    }

    /**
     * Reads --seed and the options the kind lists (sizes take a whole number, switches none); the kind checks the
     * limits, and anything it does not take, an option without its value or a value that is not a whole number is
     * an error naming what it does.
     */
    private static LessonOptions options(String[] args, String kind) {
        LessonKind lesson = Lessons.of(kind);
        if (args[args.length - 1].startsWith("--")) {
            throw new IllegalArgumentException("the last argument must be the file to write, not " + args[args.length - 1]);
        }
        long seed = DEFAULT_SEED;
        Map<String, Integer> sizes = new LinkedHashMap<>();
        List<String> flags = new ArrayList<>();
        for (int i = 1; i < args.length - 1; i++) {
            String arg = args[i];
            LessonOption option = arg.startsWith("--") ? lesson.option(arg.substring(2)) : null;
            boolean isSeed = arg.equals("--seed");
            if (option != null && option.flag()) {
                flags.add(option.name());
                continue;
            }
            if (!isSeed && option == null) {
                throw new IllegalArgumentException("unknown option '" + arg + "' for " + kind + "; it takes "
                        + lesson.options().stream().map(o -> "--" + o.name()).toList());
            }
            if (i + 1 >= args.length - 1 || args[i + 1].startsWith("--")) {
                throw new IllegalArgumentException(arg + " needs a value");
            }
            String value = args[++i];
            try {
                if (isSeed) {
                    seed = Long.parseLong(value);
                } else {
                    sizes.put(option.name(), Integer.parseInt(value));
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(arg + " takes a whole number, not '" + value + "'");
            }
        }
        LessonOptions options = new LessonOptions(seed);
        sizes.forEach(options::with);
        flags.forEach(options::withFlag);
        return lesson.complete(options);
    }

    private static String usage(LessonOption option) {
        return option.flag() ? "--" + option.name() : "--" + option.name() + " " + option.min() + ".."
                + option.max() + " (" + option.defaultValue() + ")";
    }

    private static int write(String kind, LessonOptions options, Path target, PrintStream out, PrintStream err) {
        long start = System.nanoTime();
        String unwritable = OutputPath.problem(target);
        if (unwritable != null) {
            err.println("lesson: cannot write " + target + ": " + unwritable);
            return 2;
        }
        String tooLarge = LessonBudget.problem(kind, options);
        if (tooLarge != null) {
            err.println("lesson: " + tooLarge);
            return 2;
        }
        Lesson lesson;
        try {
            lesson = Lessons.build(kind, options);
            new Calculator(lesson.workbook()).recalculateAll(); // saved with fresh results, so any reader sees numbers
        } catch (IllegalArgumentException wrongSize) {
            err.println("lesson: " + wrongSize.getMessage());
            return 2;
        } catch (TooManyCellsException overBudget) {
            err.println("lesson: " + kind + " with these sizes is too large: " + overBudget.getMessage());
            return 2;
        }
        try {
            XlsxWriter.write(lesson.workbook(), null, target);
        } catch (IOException io) {
            err.println("lesson: cannot write " + target + ": " + io.getMessage());
            return 2;
        }
        out.printf("lesson %s (seed %d%s): %s, %d ms%n", kind, options.seed(), options.sizes().isEmpty() ? "" : ", " + options.sizes(),
                target, Math.round((System.nanoTime() - start) / 1e6));
        return 0;
    }
}
