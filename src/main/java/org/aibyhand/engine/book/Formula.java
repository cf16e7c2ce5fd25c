package org.aibyhand.engine.book;

import java.util.Objects;
import org.aibyhand.engine.formula.Expr;
import org.aibyhand.engine.formula.FormulaParser;
import org.aibyhand.engine.formula.FormulaPrinter;
import org.aibyhand.engine.formula.FormulaSyntaxException;
import org.aibyhand.engine.ref.Area;

/**
 * The formula of one cell. {@code expr} is null when the text could not be parsed; the text is then kept
 * exactly and the cell shows #NAME?. {@code sourceText} is the text as the file or the user gave it (storage
 * form, without '='), or null for formulas built in code, which are printed from {@code expr}.
 * {@code arrayArea} is the fixed range of a legacy array formula (null otherwise). {@code problem} says why
 * the text was not understood.
 */
public record Formula(Expr expr, String sourceText, FormulaKind kind, Area arrayArea, String problem) {

    public Formula {
        Objects.requireNonNull(kind, "kind");
        if (expr == null && sourceText == null) {
            throw new IllegalArgumentException("a formula needs a tree or a text");
        }
    }

    public static Formula of(Expr expr, FormulaKind kind) {
        return new Formula(expr, null, kind, null, null);
    }

    /**
     * The formula {@code text} (with or without '=') held by the cell (row, column). Text the parser cannot
     * read is kept as it is, with the parser's message as the problem.
     */
    public static Formula parse(String text, int row, int column, FormulaKind kind) {
        String body = text.startsWith("=") ? text.substring(1) : text;
        try {
            return new Formula(FormulaParser.parse(body, row, column), body, kind, null, null);
        } catch (FormulaSyntaxException unreadable) {
            return new Formula(null, body, kind, null, unreadable.getMessage());
        }
    }

    /** The text a person sees and edits in the cell (row, column): '=' and the formula without storage prefixes. */
    public String displayText(int row, int column) {
        return "=" + (isParsed() ? FormulaPrinter.print(expr, row, column, FormulaPrinter.Style.DISPLAY) : sourceText);
    }

    public boolean isParsed() {
        return expr != null;
    }

    public boolean isArray() {
        return kind != FormulaKind.PLAIN;
    }
}
