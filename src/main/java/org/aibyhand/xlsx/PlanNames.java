package org.aibyhand.xlsx;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aibyhand.engine.book.DefinedName;
import org.aibyhand.engine.book.Plan;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Stage;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.formula.AreaShape;
import org.aibyhand.engine.formula.BinaryOperator;
import org.aibyhand.engine.formula.Expr;
import org.aibyhand.engine.formula.FormulaParser;
import org.aibyhand.engine.formula.FormulaPrinter;
import org.aibyhand.engine.formula.FormulaSyntaxException;
import org.aibyhand.engine.formula.RefPoint;
import org.aibyhand.engine.ref.Area;

/**
 * The walkthrough plan as hidden workbook-level defined names: stage {@code n} (from 1, at least three digits)
 * is {@code _AIBH_STAGE_nnn}, referring to the union of its areas as absolute sheet-qualified references
 * ({@code 'Sheet 1'!$A$1:$B$2,'Sheet 1'!$D$5}; continued in {@code _AIBH_STAGE_nnn_2}, {@code _3}, ... when the
 * union would pass {@value #REFERENCE_BUDGET} characters, half of Excel's formula limit, or
 * {@value #AREAS_PER_PART} areas), and
 * {@code _AIBH_TITLE_nnn}, its title as a string constant, cut into {@value #LITERAL_LIMIT}-character literals
 * joined by {@code &} (Excel's limit for one literal).
 *
 * <p>Defined names rather than a custom XML part, because both programs keep names when they save (a custom part
 * Excel keeps, LibreOffice drops) and both move a name's references with the cells when rows, columns or sheets
 * are inserted, deleted or renamed, so the plan follows the user's edits. LibreOffice 7.4 keeps the names and
 * their text but writes them back without the hidden flag; we hide them again on the next save. A union is
 * written without parentheses, the form both programs read and LibreOffice writes back as it came.
 *
 * <p>Reading takes every such name out of the workbook's defined names, so users never see them and they are
 * not written twice. A plan that is malformed or partial (a gap in the numbering, a missing part, a reference to
 * no sheet or to two, text that is not a string) is dropped as a whole: the workbook loads without one.
 */
final class PlanNames {
    static final int REFERENCE_BUDGET = 4_000;
    /** Excel keeps names of "several hundred" areas; fewer per part stays clear of whatever the exact limit is. */
    static final int AREAS_PER_PART = 200;
    static final int LITERAL_LIMIT = 255;
    /** Longer titles are cut, ending with an ellipsis, so a title name stays far below the formula limit. */
    static final int TITLE_LIMIT = 8 * LITERAL_LIMIT;

    private static final Pattern NAME = Pattern.compile("_AIBH_(STAGE|TITLE)_(\\d{1,9})(?:_(\\d{1,9}))?",
            Pattern.CASE_INSENSITIVE);

    private PlanNames() {
    }

    /** Whether a name belongs to the plan's encoding (such names in the model are not saved as they are). */
    static boolean isReserved(String name) {
        return NAME.matcher(name).matches();
    }

    /**
     * The names that save {@code book}'s plan, hidden and workbook-level. Stages that reveal no cells, or that
     * are on a sheet the workbook no longer has, cannot be referred to and are left out.
     */
    static List<DefinedName> names(Workbook book) {
        List<DefinedName> names = new ArrayList<>();
        int number = 0;
        for (Stage stage : book.plan().stages()) {
            Sheet sheet = book.sheet(stage.sheet());
            if (sheet == null || stage.cells().isEmpty()) {
                continue;
            }
            String suffix = String.format(Locale.ROOT, "%03d", ++number);
            names.add(hidden("_AIBH_TITLE_" + suffix, literal(stage.title())));
            List<String> parts = references(sheet.name(), stage.cells());
            for (int part = 0; part < parts.size(); part++) {
                names.add(hidden("_AIBH_STAGE_" + suffix + (part == 0 ? "" : "_" + (part + 1)), parts.get(part)));
            }
        }
        return names;
    }

    /** Removes the plan's names from {@code book} and returns the plan they held, or the empty plan. */
    static Plan take(Workbook book) {
        Map<Integer, String> titles = new TreeMap<>();
        Map<Integer, Map<Integer, String>> references = new TreeMap<>();
        boolean wellNumbered = true;
        for (DefinedName name : book.definedNames()) {
            Matcher m = NAME.matcher(name.name());
            if (name.scope() != null || !m.matches()) {
                continue;
            }
            book.removeName(name.name(), null);
            int number = Integer.parseInt(m.group(2));
            int part = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
            if (m.group(1).equalsIgnoreCase("TITLE")) {
                wellNumbered &= m.group(3) == null && titles.put(number, name.text()) == null;
            } else {
                wellNumbered &= references.computeIfAbsent(number, n -> new TreeMap<>()).put(part, name.text()) == null;
            }
        }
        if (!wellNumbered || !titles.keySet().equals(references.keySet()) || !numberedFromOne(titles)) {
            return Plan.EMPTY;
        }
        try {
            List<Stage> stages = new ArrayList<>();
            for (int number : titles.keySet()) {
                stages.add(stage(book, title(titles.get(number)), references.get(number)));
            }
            return new Plan(stages);
        } catch (FormulaSyntaxException | RuntimeException malformed) { // a plan is never worth failing a load for
            return Plan.EMPTY;
        }
    }

    private static DefinedName hidden(String name, String text) {
        return new DefinedName(name, null, text, null, true);
    }

    /**
     * The title as one or more string literals joined by {@code &}. Control characters other than tab and line
     * feed, which XML 1.0 cannot hold or would not keep, become spaces.
     */
    static String literal(String title) {
        String clean = title.replaceAll("[\\p{Cntrl}&&[^\\t\\n]]", " ");
        String text = clean.length() <= TITLE_LIMIT ? clean : cut(clean, TITLE_LIMIT - 1) + "…";
        StringBuilder formula = new StringBuilder();
        int start = 0;
        do {
            String piece = cut(text.substring(start), LITERAL_LIMIT);
            formula.append(start == 0 ? "" : "&").append('"').append(piece.replace("\"", "\"\"")).append('"');
            start += piece.length();
        } while (start < text.length());
        return formula.toString();
    }

    /** At most {@code length} chars of {@code text}, never ending between the two halves of a surrogate pair. */
    private static String cut(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        return text.substring(0, Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length);
    }

    /** The areas as absolute references on the sheet, joined by commas into parts within the budget. */
    private static List<String> references(String sheet, List<Area> areas) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        int inPart = 0;
        for (Area area : areas) {
            RefPoint first = new RefPoint(area.top(), true, area.left(), true);
            Expr reference = area.cellCount() == 1 ? new Expr.Cell(sheet, first)
                    : new Expr.Area(sheet, first, new RefPoint(area.bottom(), true, area.right(), true), AreaShape.CELLS);
            String text = FormulaPrinter.print(reference, 0, 0, FormulaPrinter.Style.STORAGE);
            if (inPart == AREAS_PER_PART || inPart > 0 && part.length() + 1 + text.length() > REFERENCE_BUDGET) {
                parts.add(part.toString());
                part.setLength(0);
                inPart = 0;
            }
            part.append(inPart++ == 0 ? "" : ",").append(text);
        }
        parts.add(part.toString());
        return parts;
    }

    private static boolean numberedFromOne(Map<Integer, ?> numbered) {
        int expected = 1;
        for (int number : numbered.keySet()) {
            if (number != expected++) {
                return false;
            }
        }
        return true;
    }

    /** The text of a string constant, or of string constants joined by {@code &}. */
    private static String title(String text) throws FormulaSyntaxException {
        StringBuilder title = new StringBuilder();
        Deque<Expr> pending = new ArrayDeque<>();
        pending.push(FormulaParser.parse(text, 0, 0));
        while (!pending.isEmpty()) {
            Expr e = pending.pop();
            if (e instanceof Expr.Text literal) {
                title.append(literal.value());
            } else if (e instanceof Expr.Group group) {
                pending.push(group.inner());
            } else if (e instanceof Expr.Binary binary && binary.operator() == BinaryOperator.CONCAT) {
                pending.push(binary.right());
                pending.push(binary.left());
            } else {
                throw new IllegalArgumentException("a plan title is not text: " + text);
            }
        }
        return title.toString();
    }

    /**
     * A stage from the parts of its reference, which must all lie on one sheet of the workbook. References are
     * read as if held by A1, so a relative one (which we never write) reads as the absolute one.
     */
    private static Stage stage(Workbook book, String title, Map<Integer, String> parts) throws FormulaSyntaxException {
        if (!numberedFromOne(parts)) {
            throw new IllegalArgumentException("a part of a stage's reference is missing");
        }
        Sheet sheet = null;
        List<Area> areas = new ArrayList<>();
        for (String text : parts.values()) {
            Deque<Expr> pending = new ArrayDeque<>();
            pending.push(FormulaParser.parse("(" + text + ")", 0, 0));
            while (!pending.isEmpty()) {
                Expr e = pending.pop();
                String on;
                if (e instanceof Expr.Group group) {
                    pending.push(group.inner());
                    continue;
                } else if (e instanceof Expr.Binary binary && binary.operator() == BinaryOperator.UNION) {
                    pending.push(binary.right());
                    pending.push(binary.left());
                    continue;
                } else if (e instanceof Expr.Cell cell) {
                    on = cell.sheet();
                    areas.add(new Area(cell.point().row(), cell.point().column(), cell.point().row(), cell.point().column()));
                } else if (e instanceof Expr.Area area && area.shape() == AreaShape.CELLS) {
                    on = area.sheet();
                    RefPoint a = area.first();
                    RefPoint b = area.last();
                    areas.add(new Area(Math.min(a.row(), b.row()), Math.min(a.column(), b.column()),
                            Math.max(a.row(), b.row()), Math.max(a.column(), b.column())));
                } else {
                    throw new IllegalArgumentException("a stage refers to something other than cells: " + text);
                }
                Sheet found = on == null ? null : book.sheet(on);
                if (found == null || sheet != null && found != sheet) {
                    throw new IllegalArgumentException("a stage's cells are not all on one sheet of the workbook: " + text);
                }
                sheet = found;
            }
        }
        return new Stage(sheet.name(), title, areas);
    }
}
