package org.aibyhand.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.DefinedName;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.value.ReferenceValue;
import org.aibyhand.engine.walkthrough.GradientCheck;
import org.aibyhand.engine.walkthrough.Ranges;
import org.aibyhand.i18n.Texts;

/**
 * What training moves and what it watches: the loss cell and each parameter cell paired with the cell holding its
 * gradient, in the same terms as the gradient check (a lesson's defined names, or ranges a person names, the
 * gradients in the parameters' shape or transposed). Parameters must be numbers typed in, not formulas: a step
 * overwrites them.
 */
public final class TrainingTarget {
    /** One trained cell, its gradient and how Explain names it ({@code W₁[1,2]} or {@code Sheet!B3}). */
    public record Parameter(Cell cell, Cell gradient, String label) {
    }

    private final Cell loss;
    private final List<Parameter> parameters;

    private TrainingTarget(Cell loss, List<Parameter> parameters) {
        this.loss = loss;
        this.parameters = List.copyOf(parameters);
    }

    /** The target of a lesson: its loss name and its parameter → gradient names, labelled with the tensor names. */
    public static TrainingTarget forLesson(Workbook book, String lossName, Map<String, String> gradients) {
        GradientCheck.Request request = GradientCheck.forLesson(book, lossName, gradients);
        return of(book, request, gradients.keySet());
    }

    /**
     * The target of a gradient-check request; a parameter range that is also a defined name among {@code names}
     * is labelled with it, any other by its address.
     *
     * @throws IllegalArgumentException naming the problem: no gradients claimed, a parameter that is a formula
     */
    public static TrainingTarget of(Workbook book, GradientCheck.Request request, Iterable<String> names) {
        Cell loss = cellAt(book, request.loss().sheet(), request.loss().top(), request.loss().left());
        List<Parameter> parameters = new ArrayList<>();
        for (GradientCheck.Target target : request.targets()) {
            ReferenceValue p = target.parameters();
            ReferenceValue g = target.claimed();
            if (g == null) {
                throw new IllegalArgumentException(Texts.get("train.error.noGradients"));
            }
            String name = nameOf(book, p, names);
            boolean sameShape = p.rows() == g.rows() && p.columns() == g.columns();
            for (int i = 0; i < p.rows(); i++) {
                for (int j = 0; j < p.columns(); j++) {
                    Cell cell = cellAt(book, p.sheet(), p.top() + i, p.left() + j);
                    if (cell.hasFormula()) {
                        throw new IllegalArgumentException(Texts.get("train.error.formulaParameter", cell.address()));
                    }
                    Cell gradient = sameShape ? cellAt(book, g.sheet(), g.top() + i, g.left() + j)
                            : cellAt(book, g.sheet(), g.top() + j, g.left() + i);
                    String label = name == null ? book.sheet(p.sheet()).name() + "!" + cell.address()
                            : pretty(name) + "[" + (i + 1) + "," + (j + 1) + "]";
                    parameters.add(new Parameter(cell, gradient, label));
                }
            }
        }
        return new TrainingTarget(loss, parameters);
    }

    public Cell loss() {
        return loss;
    }

    public List<Parameter> parameters() {
        return parameters;
    }

    /** The position of a trained cell in {@link #parameters()}, or −1. */
    public int indexOf(Cell cell) {
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i).cell() == cell) {
                return i;
            }
        }
        return -1;
    }

    private static Cell cellAt(Workbook book, int sheet, int row, int column) {
        Sheet on = book.sheet(sheet);
        Cell cell = on.cell(row, column);
        return cell != null ? cell : on.cellForWrite(row, column);
    }

    private static String nameOf(Workbook book, ReferenceValue range, Iterable<String> names) {
        for (String name : names) {
            DefinedName defined = book.resolveName(name, null);
            if (defined != null && Ranges.resolve(book, null, name).equals(range)) {
                return name;
            }
        }
        return null;
    }

    /** {@code W_1} as the blackboard writes it, {@code W₁}; other names as they are. */
    static String pretty(String name) {
        int underscore = name.lastIndexOf('_');
        String tail = underscore < 0 ? "" : name.substring(underscore + 1);
        if (tail.isEmpty() || !tail.chars().allMatch(Character::isDigit)) {
            return name;
        }
        StringBuilder text = new StringBuilder(name.substring(0, underscore));
        tail.chars().forEach(c -> text.append((char) ('₀' + (c - '0'))));
        return text.toString();
    }
}
