package org.aibyhand.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aibyhand.engine.book.DefinedName;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.formula.Expr;
import org.aibyhand.engine.formula.FormulaParser;
import org.aibyhand.engine.formula.FormulaSyntaxException;

/**
 * Which lesson a workbook is, saved inside it, so a lesson saved and opened again is the same lesson: its Explain
 * equations, gradient-check pairs, over-time chart and network picture come back with it. The workbook carries
 * the hidden workbook-level defined name {@value #NAME}, whose value is the text of the command that builds it
 * ({@code "mlp --seed 1 --batch 2 --hidden 4 ..."}); a defined name holding a string, like the walkthrough's
 * stage titles, is one that both Excel and LibreOffice keep when they save.
 *
 * <p>Opening rebuilds the lesson from that text and keeps what only depends on its sizes (the equations, the
 * pairs, the chart's series), bound to the opened cells. Where the opened workbook's tensors no longer lie where
 * the lesson puts them (rows inserted in another program), it is treated as an ordinary workbook.
 */
public final class LessonIdentity {
    /** The defined name holding the lesson's kind and options. */
    public static final String NAME = "_AIBH_LESSON";

    private LessonIdentity() {
    }

    /** Records in the lesson's workbook the kind and (complete) options that built it. */
    static void write(Lesson lesson, LessonOptions options) {
        StringBuilder command = new StringBuilder(lesson.kind()).append(" --seed ").append(options.seed());
        new java.util.TreeMap<>(options.sizes()).forEach((size, value) -> command.append(" --").append(size).append(' ').append(value));
        options.flags().forEach(flag -> command.append(" --").append(flag));
        String literal = "\"" + command.toString().replace("\"", "\"\"") + "\"";
        try {
            lesson.workbook().defineName(new DefinedName(NAME, null, literal, FormulaParser.parse(literal, 0, 0), true));
        } catch (FormulaSyntaxException impossible) {
            throw new IllegalStateException(literal, impossible);
        }
    }

    /** The command recorded in a workbook ({@code mlp --seed 1 ...}), or null when it carries none. */
    public static String command(Workbook book) {
        DefinedName name = book.resolveName(NAME, null);
        return name != null && name.scope() == null && name.expr() instanceof Expr.Text text ? text.value() : null;
    }

    /**
     * The lesson an opened workbook is, bound to the workbook's own cells and plan; null for a workbook that
     * records no lesson, one whose record does not read, or one whose tensors have moved.
     */
    public static Lesson recognise(Workbook book) {
        String command = command(book);
        if (command == null) {
            return null;
        }
        Lesson fresh;
        try {
            String[] words = command.trim().split("\\s+");
            fresh = Lessons.build(words[0], options(words));
        } catch (RuntimeException unreadable) { // a record edited by hand is no reason to fail the load
            return null;
        }
        if (!sameTensors(fresh.workbook(), book)) {
            return null;
        }
        DefinedName record = book.resolveName(NAME, null);
        if (!record.hidden()) { // LibreOffice saves it unhidden; the next save hides it again
            book.defineName(new DefinedName(NAME, null, record.text(), record.expr(), true));
        }
        return new Lesson(fresh.kind(), fresh.title(), book, fresh.loss(), fresh.gradients(), fresh.notation(),
                fresh.overTime());
    }

    private static LessonOptions options(String[] words) {
        List<String> flags = new ArrayList<>();
        long seed = 1;
        Map<String, Integer> sizes = new java.util.LinkedHashMap<>();
        for (int i = 1; i < words.length; i++) {
            String option = words[i].substring(2);
            if (!words[i].startsWith("--")) {
                throw new IllegalArgumentException("not an option: " + words[i]);
            } else if (i + 1 < words.length && !words[i + 1].startsWith("--")) {
                String value = words[++i];
                if (option.equals("seed")) {
                    seed = Long.parseLong(value);
                } else {
                    sizes.put(option, Integer.parseInt(value));
                }
            } else {
                flags.add(option);
            }
        }
        LessonOptions options = new LessonOptions(seed);
        sizes.forEach(options::with);
        flags.forEach(options::withFlag);
        return options;
    }

    /** Whether every tensor of the rebuilt lesson is a name of the opened workbook over the same cells. */
    private static boolean sameTensors(Workbook fresh, Workbook opened) {
        for (DefinedName name : fresh.definedNames()) {
            DefinedName there = opened.resolveName(name.name(), null);
            if (there == null || !there.text().equalsIgnoreCase(name.text())) {
                return false;
            }
        }
        return true;
    }
}
