package org.aibyhand.engine.formula;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.aibyhand.engine.ref.A1;
import org.aibyhand.engine.ref.SheetLimits;
import org.aibyhand.engine.value.ArrayValue;
import org.aibyhand.engine.value.BooleanValue;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.TextValue;
import org.aibyhand.engine.value.Value;

/**
 * Writes a syntax tree back as A1 formula text (without the leading '='), either for people
 * ({@link Style#DISPLAY}: {@code A1#}, {@code @x}, no prefixes) or for the file ({@link Style#STORAGE}: the
 * {@code _xlfn.}, {@code _xlws.} and {@code _xlpm.} prefixes Excel expects).
 */
public final class FormulaPrinter {

    /** Who reads the text. */
    public enum Style { DISPLAY, STORAGE }

    /**
     * Prints some parts of a tree differently, as an explanation that shows each reference's current value
     * ({@code 0.5*1 + (-0.2)*0.3}) in place of its address.
     */
    public interface Substitution {
        /**
         * The text to show for a reference: a cell, a range, a spill ({@code A1#}) or a defined name (never a
         * LET or LAMBDA parameter); null prints it as written.
         */
        String reference(Expr reference);

        /** How an infix operator appears between its operands; by default its symbol alone. */
        default String operator(BinaryOperator operator) {
            return operator.symbol();
        }
    }

    private static final Substitution AS_WRITTEN = reference -> null;

    private final Style style;
    private final Substitution substitution;
    private final int hostRow;
    private final int hostColumn;
    private final StringBuilder out = new StringBuilder();
    /** LET and LAMBDA parameter names in scope, written with {@code _xlpm.} in storage. */
    private final Deque<Set<String>> parameters = new ArrayDeque<>();

    private FormulaPrinter(Style style, int hostRow, int hostColumn, Substitution substitution) {
        this.style = style;
        this.substitution = substitution;
        this.hostRow = hostRow;
        this.hostColumn = hostColumn;
    }

    /** The formula text of {@code expr} as held by the cell at (hostRow, hostColumn). */
    public static String print(Expr expr, int hostRow, int hostColumn, Style style) {
        return print(expr, hostRow, hostColumn, style, AS_WRITTEN);
    }

    /** Like {@link #print(Expr, int, int, Style)}, with references and operators shown as {@code substitution} says. */
    public static String print(Expr expr, int hostRow, int hostColumn, Style style, Substitution substitution) {
        FormulaPrinter printer = new FormulaPrinter(style, hostRow, hostColumn, substitution);
        printer.write(expr);
        return printer.out.toString();
    }

    private void write(Expr expr) {
        if (substitution != AS_WRITTEN && isReference(expr)) {
            String replacement = substitution.reference(expr);
            if (replacement != null) {
                out.append(replacement);
                return;
            }
        }
        if (expr instanceof Expr.Binary binary) {
            writeBinaryChain(binary);
        } else if (expr instanceof Expr.Number number) {
            out.append(numberText(number.value()));
        } else if (expr instanceof Expr.Text text) {
            out.append(quote(text.value()));
        } else if (expr instanceof Expr.Bool bool) {
            out.append(bool.value() ? "TRUE" : "FALSE");
        } else if (expr instanceof Expr.Error error) {
            out.append(error.type().text());
        } else if (expr instanceof Expr.ArrayConstant array) {
            writeArray(array.value());
        } else if (expr instanceof Expr.Missing) {
            return;
        } else if (expr instanceof Expr.Cell cell) {
            writeSheet(cell.sheet());
            writePoint(cell.point());
        } else if (expr instanceof Expr.Area area) {
            writeArea(area);
        } else if (expr instanceof Expr.Spill spill) {
            writeSpill(spill);
        } else if (expr instanceof Expr.Name name) {
            writeSheet(name.sheet());
            boolean parameter = style == Style.STORAGE && isParameter(name.name())
                    && !name.name().regionMatches(true, 0, "_xlpm.", 0, 6);
            out.append(parameter ? "_xlpm." : "").append(name.name());
        } else if (expr instanceof Expr.Unary unary) {
            writeUnary(unary);
        } else if (expr instanceof Expr.Percent percent) {
            write(percent.operand());
            out.append('%');
        } else if (expr instanceof Expr.Call call) {
            writeCall(call);
        } else if (expr instanceof Expr.Invoke invoke) {
            write(invoke.function());
            writeArguments(invoke.arguments(), Set.of());
        } else if (expr instanceof Expr.Group group) {
            out.append('(');
            write(group.inner());
            out.append(')');
        }
    }

    /** Left-deep chains such as A1+A2+...+A5000 are walked with a loop, not one call per operator. */
    private void writeBinaryChain(Expr.Binary top) {
        List<Expr.Binary> chain = top.leftChain();
        write(chain.get(0).left());
        for (Expr.Binary binary : chain) {
            out.append(substitution.operator(binary.operator()));
            write(binary.right());
        }
    }

    private void writeUnary(Expr.Unary unary) {
        if (unary.operator() == '@' && style == Style.STORAGE) {
            out.append("_xlfn.SINGLE(");
            write(unary.operand());
            out.append(')');
            return;
        }
        out.append(unary.operator());
        write(unary.operand());
    }

    private void writeSpill(Expr.Spill spill) {
        if (style == Style.STORAGE) {
            out.append("_xlfn.ANCHORARRAY(");
            write(spill.anchor());
            out.append(')');
        } else {
            write(spill.anchor());
            out.append('#');
        }
    }

    private void writeCall(Expr.Call call) {
        if (style == Style.STORAGE) {
            String prefix = call.prefix().isEmpty() ? StorageNames.prefixOf(call.name()) : call.prefix();
            out.append(prefix);
        }
        out.append(call.name());
        writeArguments(call.arguments(), scopedParameters(call));
    }

    /** The parameter names a LAMBDA or LET introduces, which its later arguments may use. */
    private static Set<String> scopedParameters(Expr.Call call) {
        List<Expr> args = call.arguments();
        Set<String> names = new HashSet<>();
        if (call.name().equals("LAMBDA")) {
            for (int i = 0; i < args.size() - 1; i++) {
                if (args.get(i) instanceof Expr.Name name && name.sheet() == null) {
                    names.add(name.name().toUpperCase(Locale.ROOT));
                }
            }
        } else if (call.name().equals("LET")) {
            for (int i = 0; i < args.size() - 1; i += 2) {
                if (args.get(i) instanceof Expr.Name name && name.sheet() == null) {
                    names.add(name.name().toUpperCase(Locale.ROOT));
                }
            }
        }
        return names;
    }

    private void writeArguments(List<Expr> arguments, Set<String> scope) {
        if (!scope.isEmpty()) {
            parameters.push(scope);
        }
        out.append('(');
        for (int i = 0; i < arguments.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            write(arguments.get(i));
        }
        out.append(')');
        if (!scope.isEmpty()) {
            parameters.pop();
        }
    }

    /** Cells, ranges, spills and defined names; a LET or LAMBDA parameter is not a reference. */
    private boolean isReference(Expr expr) {
        if (expr instanceof Expr.Name name) {
            return name.sheet() != null || !isParameter(name.name());
        }
        return expr instanceof Expr.Cell || expr instanceof Expr.Area || expr instanceof Expr.Spill;
    }

    private boolean isParameter(String name) {
        String key = name.toUpperCase(Locale.ROOT);
        for (Set<String> scope : parameters) {
            if (scope.contains(key)) {
                return true;
            }
        }
        return false;
    }

    private void writeArea(Expr.Area area) {
        writeSheet(area.sheet());
        switch (area.shape()) {
            case COLUMNS -> out.append(area.first().columnText(hostColumn)).append(':').append(area.last().columnText(hostColumn));
            case ROWS -> out.append(area.first().rowText(hostRow)).append(':').append(area.last().rowText(hostRow));
            default -> {
                writePoint(area.first());
                out.append(':');
                writePoint(area.last());
            }
        }
    }

    private void writePoint(RefPoint point) {
        int row = point.rowIn(hostRow);
        int column = point.columnIn(hostColumn);
        if (!SheetLimits.contains(row, column)) {
            out.append("#REF!");
            return;
        }
        out.append(point.columnAbsolute() ? "$" : "").append(A1.columnName(column))
                .append(point.rowAbsolute() ? "$" : "").append(row + 1);
    }

    private void writeSheet(String sheet) {
        if (sheet != null) {
            out.append(SheetNames.quoteIfNeeded(sheet)).append('!');
        }
    }

    private void writeArray(ArrayValue array) {
        out.append(arrayConstant(array, FormulaPrinter::constantText));
    }

    /**
     * An array constant as a formula writes it, {@code {1,2;3,4}}: rows separated by ';', elements by ',', each
     * element as {@code element} prints it.
     */
    public static String arrayConstant(ArrayValue array, Function<Value, String> element) {
        StringBuilder text = new StringBuilder("{");
        for (int r = 0; r < array.rows(); r++) {
            if (r > 0) {
                text.append(';');
            }
            for (int c = 0; c < array.columns(); c++) {
                if (c > 0) {
                    text.append(',');
                }
                text.append(element.apply(array.get(r, c)));
            }
        }
        return text.append('}').toString();
    }

    private static String constantText(Value value) {
        if (value instanceof NumberValue number) {
            return numberText(number.value());
        }
        if (value instanceof TextValue text) {
            return quote(text.text());
        }
        if (value instanceof BooleanValue bool) {
            return bool.value() ? "TRUE" : "FALSE";
        }
        if (value instanceof ErrorValue error) {
            return error.type().text();
        }
        return "";
    }

    private static String quote(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    /** The shortest text that reads back as the same double, in the form Excel writes ({@code 1E+100}). */
    public static String numberText(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        String shortest = Double.toString(value);
        if (shortest.indexOf('E') < 0) {
            return shortest; // a fraction without exponent has no trailing zeros to strip: the common case, kept cheap
        }
        BigDecimal decimal = new BigDecimal(shortest).stripTrailingZeros();
        int exponent = decimal.precision() - decimal.scale() - 1;
        return exponent >= -20 && exponent <= 20 ? decimal.toPlainString() : decimal.toString();
    }
}
