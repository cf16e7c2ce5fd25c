package org.aibyhand.engine.formula;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aibyhand.engine.formula.Token.Kind;
import org.aibyhand.engine.ref.A1;
import org.aibyhand.engine.ref.CellAddress;
import org.aibyhand.engine.ref.SheetLimits;
import org.aibyhand.engine.value.ArrayValue;
import org.aibyhand.engine.value.BooleanValue;
import org.aibyhand.engine.value.ErrorType;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.Value;
import org.aibyhand.engine.value.Values;

/**
 * Reads formulas as Excel writes them in files and as people type them. One method per precedence level,
 * loosest first:
 *
 * <pre>
 * formula     = ["="] comparison END
 * comparison  = concat { ("=" | "&lt;&gt;" | "&lt;" | "&lt;=" | "&gt;" | "&gt;=") concat }
 * concat      = additive { "&amp;" additive }
 * additive    = term { ("+" | "-") term }
 * term        = power { ("*" | "/") power }
 * power       = percent { "^" percent }            (left-associative, as in Excel)
 * percent     = unary { "%" }
 * unary       = ("-" | "+" | "@") unary | range     (so -2^2 is 4)
 * range       = postfix { ":" postfix }
 * postfix     = primary { "#" | "(" arguments ")" }  (spill reference; call of a computed LAMBDA)
 * primary     = NUMBER | STRING | ERROR | array | "(" comparison { "," comparison } ")"
 *             | [SHEET] ( cell | columns | rows | name | ERROR ) | name "(" arguments ")"
 * arguments   = [ argument { "," argument } ]         (an empty argument is Missing)
 * array       = "{" row { ";" row } "}" ; row = constant { "," constant }
 * </pre>
 *
 * Storage prefixes ({@code _xlfn.}, {@code _xlws.}, {@code _xlpm.}) are removed; {@code _xlfn.ANCHORARRAY(A1)}
 * reads as {@code A1#} and {@code _xlfn.SINGLE(x)} as {@code @x}. Nesting is limited so that no input can
 * exhaust the stack; deeper formulas are rejected with a message (Excel itself allows 64 levels).
 */
public final class FormulaParser {
    /** The deepest nesting of parentheses, calls and operators accepted. */
    public static final int MAX_DEPTH = 256;

    private final List<Token> tokens;
    private final int hostRow;
    private final int hostColumn;
    private int index;
    private int depth;

    private FormulaParser(List<Token> tokens, int hostRow, int hostColumn) {
        this.tokens = tokens;
        this.hostRow = hostRow;
        this.hostColumn = hostColumn;
    }

    /**
     * Parses {@code text} (with or without a leading '=') as held by the cell at (hostRow, hostColumn);
     * relative references are stored as offsets from that cell.
     */
    public static Expr parse(String text, int hostRow, int hostColumn) throws FormulaSyntaxException {
        String body = text.startsWith("=") ? text.substring(1) : text;
        if (body.isBlank()) {
            throw new FormulaSyntaxException("empty formula", 0);
        }
        FormulaParser parser = new FormulaParser(Lexer.tokenize(body), hostRow, hostColumn);
        Expr expr = parser.comparison();
        if (parser.peek().kind() != Kind.END) {
            throw parser.error("unexpected '" + parser.peek().text() + "'");
        }
        return expr;
    }

    private Token peek() {
        return tokens.get(index);
    }

    private Token peekAt(int offset) {
        return tokens.get(Math.min(index + offset, tokens.size() - 1));
    }

    /** Consumes the current token; the END token is never consumed, so lookahead stays in bounds. */
    private Token advance() {
        Token token = tokens.get(index);
        if (token.kind() != Kind.END) {
            index++;
        }
        return token;
    }

    private FormulaSyntaxException error(String message) {
        return new FormulaSyntaxException(message, peek().position());
    }

    private void expect(Kind kind, String what) throws FormulaSyntaxException {
        if (peek().kind() != kind) {
            throw error("expected " + what + (peek().kind() == Kind.END ? " before the end" : " but found '" + peek().text() + "'"));
        }
        advance();
    }

    private void enter() throws FormulaSyntaxException {
        if (++depth > MAX_DEPTH) {
            throw error("formula nested more than " + MAX_DEPTH + " levels deep");
        }
    }

    private Expr comparison() throws FormulaSyntaxException {
        Expr left = concat();
        while (peek().kind() == Kind.OPERATOR) {
            BinaryOperator op = switch (peek().text()) {
                case "=" -> BinaryOperator.EQUAL;
                case "<>" -> BinaryOperator.NOT_EQUAL;
                case "<" -> BinaryOperator.LESS;
                case "<=" -> BinaryOperator.LESS_EQUAL;
                case ">" -> BinaryOperator.GREATER;
                case ">=" -> BinaryOperator.GREATER_EQUAL;
                default -> null;
            };
            if (op == null) {
                break;
            }
            advance();
            left = new Expr.Binary(op, left, concat());
        }
        return left;
    }

    private Expr concat() throws FormulaSyntaxException {
        Expr left = additive();
        while (peek().isOperator("&")) {
            advance();
            left = new Expr.Binary(BinaryOperator.CONCAT, left, additive());
        }
        return left;
    }

    private Expr additive() throws FormulaSyntaxException {
        Expr left = term();
        while (peek().isOperator("+") || peek().isOperator("-")) {
            BinaryOperator op = advance().text().equals("+") ? BinaryOperator.ADD : BinaryOperator.SUBTRACT;
            left = new Expr.Binary(op, left, term());
        }
        return left;
    }

    private Expr term() throws FormulaSyntaxException {
        Expr left = power();
        while (peek().isOperator("*") || peek().isOperator("/")) {
            BinaryOperator op = advance().text().equals("*") ? BinaryOperator.MULTIPLY : BinaryOperator.DIVIDE;
            left = new Expr.Binary(op, left, power());
        }
        return left;
    }

    private Expr power() throws FormulaSyntaxException {
        Expr left = percent();
        while (peek().isOperator("^")) {
            advance();
            left = new Expr.Binary(BinaryOperator.POWER, left, percent());
        }
        return left;
    }

    private Expr percent() throws FormulaSyntaxException {
        Expr operand = unary();
        while (peek().isOperator("%")) {
            advance();
            operand = new Expr.Percent(operand);
        }
        return operand;
    }

    private Expr unary() throws FormulaSyntaxException {
        Token token = peek();
        if (token.isOperator("-") || token.isOperator("+") || token.isOperator("@")) {
            advance();
            enter();
            Expr operand = unary();
            depth--;
            return new Expr.Unary(token.text().charAt(0), operand);
        }
        return range();
    }

    private Expr range() throws FormulaSyntaxException {
        Expr left = postfix();
        while (peek().isOperator(":")) {
            advance();
            Expr right = postfix();
            if (left instanceof Expr.Cell first && right instanceof Expr.Cell last && last.sheet() == null) {
                left = new Expr.Area(first.sheet(), first.point(), last.point(), AreaShape.CELLS);
            } else {
                left = new Expr.Binary(BinaryOperator.RANGE, left, right);
            }
        }
        return left;
    }

    private Expr postfix() throws FormulaSyntaxException {
        Expr expr = primary();
        while (true) {
            if (peek().kind() == Kind.HASH && !peek().spaceBefore()) {
                advance();
                expr = new Expr.Spill(expr);
            } else if (peek().kind() == Kind.LPAREN && isCallable(expr)) {
                advance();
                expr = new Expr.Invoke(expr, arguments());
            } else {
                return expr;
            }
        }
    }

    private static boolean isCallable(Expr expr) {
        return expr instanceof Expr.Call || expr instanceof Expr.Group || expr instanceof Expr.Invoke;
    }

    private Expr primary() throws FormulaSyntaxException {
        Token token = peek();
        switch (token.kind()) {
            case NUMBER:
                if (isRowRange()) {
                    return rowArea(null);
                }
                advance();
                return new Expr.Number(parseDouble(token));
            case STRING:
                advance();
                return new Expr.Text(token.text());
            case ERROR:
                advance();
                return new Expr.Error(ErrorType.fromText(token.text()));
            case LBRACE:
                return arrayConstant();
            case LPAREN:
                return group();
            case SHEET:
                advance();
                return qualified(token.text());
            case IDENT:
                return identifier(null);
            default:
                throw error(token.kind() == Kind.END ? "formula ends too early" : "unexpected '" + token.text() + "'");
        }
    }

    private Expr group() throws FormulaSyntaxException {
        advance();
        enter();
        Expr inner = comparison();
        while (peek().kind() == Kind.COMMA) { // (A1, B2) is a union of references
            advance();
            inner = new Expr.Binary(BinaryOperator.UNION, inner, comparison());
        }
        expect(Kind.RPAREN, "')'");
        depth--;
        return new Expr.Group(inner);
    }

    private Expr qualified(String sheet) throws FormulaSyntaxException {
        Token token = peek();
        if (token.kind() == Kind.ERROR) {
            advance();
            return new Expr.Error(ErrorType.fromText(token.text()));
        }
        if (token.kind() == Kind.NUMBER && isRowRange()) {
            return rowArea(sheet);
        }
        if (token.kind() == Kind.IDENT) {
            return identifier(sheet);
        }
        throw error("expected a reference after the sheet name " + sheet);
    }

    private Expr identifier(String sheet) throws FormulaSyntaxException {
        Token token = advance();
        String text = token.text();
        if (sheet == null && peek().kind() == Kind.LPAREN && !text.startsWith("$")) {
            advance();
            return call(text);
        }
        if (sheet == null && (text.equalsIgnoreCase("TRUE") || text.equalsIgnoreCase("FALSE"))) {
            return new Expr.Bool(text.equalsIgnoreCase("TRUE"));
        }
        RefPoint cell = cellPoint(text);
        if (cell != null) {
            return new Expr.Cell(sheet, cell);
        }
        if (peek().isOperator(":") && columnOf(text) >= 0 && columnOf(peekAt(1).text()) >= 0 && peekAt(1).kind() == Kind.IDENT
                && peekAt(2).kind() != Kind.LPAREN) {
            advance();
            String last = advance().text();
            return new Expr.Area(sheet, columnPoint(text, 0), columnPoint(last, SheetLimits.ROWS - 1), AreaShape.COLUMNS);
        }
        if (text.startsWith("$") && rowOf(text) >= 0 && peek().isOperator(":")) {
            index--;
            return rowArea(sheet);
        }
        if (text.indexOf('$') >= 0) {
            index--;
            throw error("'" + text + "' is neither a reference nor a valid name");
        }
        return new Expr.Name(sheet, nameOf(text));
    }

    /** A name without its storage prefix, unless the bare name would read back as something else. */
    private static String nameOf(String written) {
        String bare = stripPrefixes(written);
        boolean ambiguous = bare.isEmpty() || A1.parseCell(bare) != null || bare.equalsIgnoreCase("TRUE")
                || bare.equalsIgnoreCase("FALSE") || !(Character.isLetter(bare.charAt(0)) || bare.charAt(0) == '_'
                || bare.charAt(0) == '\\') || rowOf(bare) >= 0;
        return ambiguous ? written : bare;
    }

    private Expr call(String written) throws FormulaSyntaxException {
        enter();
        String name = stripPrefixes(written).toUpperCase(Locale.ROOT);
        // known newer functions get their canonical prefix when printed; others keep what was written
        String prefix = StorageNames.prefixOf(name).isEmpty()
                ? written.substring(0, written.length() - stripPrefixes(written).length()) : "";
        List<Expr> arguments = arguments();
        depth--;
        if (name.equals("ANCHORARRAY") && arguments.size() == 1) {
            return new Expr.Spill(arguments.get(0));
        }
        if (name.equals("SINGLE") && arguments.size() == 1) {
            return new Expr.Unary('@', arguments.get(0));
        }
        return new Expr.Call(name, prefix, arguments);
    }

    /** Arguments after an opening parenthesis, up to and including the closing one. */
    private List<Expr> arguments() throws FormulaSyntaxException {
        List<Expr> arguments = new ArrayList<>();
        if (peek().kind() == Kind.RPAREN) {
            advance();
            return arguments;
        }
        while (true) {
            Kind kind = peek().kind();
            arguments.add(kind == Kind.COMMA || kind == Kind.RPAREN ? new Expr.Missing() : comparison());
            if (peek().kind() == Kind.COMMA) {
                advance();
            } else {
                expect(Kind.RPAREN, "',' or ')'");
                return arguments;
            }
        }
    }

    private Expr arrayConstant() throws FormulaSyntaxException {
        int start = peek().position();
        advance();
        List<List<Value>> rows = new ArrayList<>();
        List<Value> row = new ArrayList<>();
        rows.add(row);
        while (true) {
            row.add(arrayElement());
            Token separator = advance();
            if (separator.kind() == Kind.COMMA) {
                continue;
            }
            if (separator.kind() == Kind.SEMICOLON) {
                row = new ArrayList<>();
                rows.add(row);
                continue;
            }
            if (separator.kind() == Kind.RBRACE) {
                break;
            }
            index--;
            throw error("expected ',', ';' or '}' in an array constant");
        }
        int columns = rows.get(0).size();
        Value[] elements = new Value[rows.size() * columns];
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).size() != columns) {
                throw new FormulaSyntaxException("array constant rows differ in length", start);
            }
            for (int c = 0; c < columns; c++) {
                elements[r * columns + c] = rows.get(r).get(c);
            }
        }
        return new Expr.ArrayConstant(new ArrayValue(rows.size(), columns, elements));
    }

    private Value arrayElement() throws FormulaSyntaxException {
        Token token = advance();
        double sign = 1;
        if (token.isOperator("-") || token.isOperator("+")) {
            sign = token.text().equals("-") ? -1 : 1;
            token = advance();
            if (token.kind() != Kind.NUMBER) {
                index--;
                throw error("expected a number after the sign in an array constant");
            }
        }
        switch (token.kind()) {
            case NUMBER:
                return Values.number(sign * parseDouble(token));
            case STRING:
                return Values.text(token.text());
            case ERROR:
                return ErrorValue.of(ErrorType.fromText(token.text()));
            case IDENT:
                if (token.text().equalsIgnoreCase("TRUE") || token.text().equalsIgnoreCase("FALSE")) {
                    return BooleanValue.of(token.text().equalsIgnoreCase("TRUE"));
                }
                break;
            default:
                break;
        }
        index--;
        throw error("an array constant holds only numbers, text, TRUE, FALSE and errors");
    }

    private double parseDouble(Token token) throws FormulaSyntaxException {
        double value = Double.parseDouble(token.text());
        if (!Double.isFinite(value)) {
            throw new FormulaSyntaxException("number too large", token.position());
        }
        return value;
    }

    private boolean isRowRange() {
        return rowOf(peek().text()) >= 0 && peekAt(1).isOperator(":") && rowOf(peekAt(2).text()) >= 0
                && (peekAt(2).kind() == Kind.NUMBER || peekAt(2).kind() == Kind.IDENT);
    }

    private Expr rowArea(String sheet) {
        String first = advance().text();
        advance();
        String last = advance().text();
        return new Expr.Area(sheet, rowPoint(first, 0), rowPoint(last, SheetLimits.COLUMNS - 1), AreaShape.ROWS);
    }

    private RefPoint cellPoint(String text) {
        CellAddress address = A1.parseCell(text);
        if (address == null) {
            return null;
        }
        boolean columnAbsolute = text.startsWith("$");
        boolean rowAbsolute = text.indexOf('$', 1) > 0;
        return RefPoint.at(address.row(), rowAbsolute, address.column(), columnAbsolute, hostRow, hostColumn);
    }

    private RefPoint columnPoint(String text, int row) {
        boolean absolute = text.startsWith("$");
        return RefPoint.at(row, true, columnOf(text), absolute, hostRow, hostColumn);
    }

    private RefPoint rowPoint(String text, int column) {
        boolean absolute = text.startsWith("$");
        return RefPoint.at(rowOf(text), absolute, column, true, hostRow, hostColumn);
    }

    private static int columnOf(String text) {
        return A1.columnIndex(text.startsWith("$") ? text.substring(1) : text);
    }

    private static int rowOf(String text) {
        String digits = text.startsWith("$") ? text.substring(1) : text;
        if (digits.isEmpty() || digits.length() > 7 || !digits.chars().allMatch(Character::isDigit) || digits.charAt(0) == '0') {
            return -1;
        }
        int row = Integer.parseInt(digits) - 1;
        return row < SheetLimits.ROWS ? row : -1;
    }

    /** Removes the storage prefixes Excel writes before newer functions and LAMBDA parameters. */
    static String stripPrefixes(String name) {
        String rest = name;
        for (String prefix : new String[] {"_xlfn.", "_xlws.", "_xlpm."}) {
            if (rest.regionMatches(true, 0, prefix, 0, prefix.length())) {
                rest = rest.substring(prefix.length());
            }
        }
        return rest;
    }

}
