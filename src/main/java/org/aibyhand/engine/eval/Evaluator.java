package org.aibyhand.engine.eval;

import java.util.List;
import java.util.random.RandomGenerator;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.DefinedName;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.formula.BinaryOperator;
import org.aibyhand.engine.formula.Expr;
import org.aibyhand.engine.function.CallContext;
import org.aibyhand.engine.function.FunctionDefinition;
import org.aibyhand.engine.function.FunctionTrait;
import org.aibyhand.engine.function.FunctionRegistry;
import org.aibyhand.engine.function.Lift;
import org.aibyhand.engine.ref.SheetLimits;
import org.aibyhand.engine.value.ArrayValue;
import org.aibyhand.engine.value.BooleanValue;
import org.aibyhand.engine.value.EmptyValue;
import org.aibyhand.engine.value.ErrorSignal;
import org.aibyhand.engine.value.ErrorValue;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.ReferenceValue;
import org.aibyhand.engine.value.Value;
import org.aibyhand.engine.value.Values;

/**
 * Evaluates formula trees against a workbook. One instance serves one thread; it is repositioned for each
 * formula. Spreadsheet errors come back as values; the only exception that leaves it is {@link PendingCell},
 * which the calculator handles.
 */
public final class Evaluator implements CallContext {
    /** How deeply defined names and LAMBDA calls may nest before the result is #NUM!. */
    static final int MAX_CALL_DEPTH = 200;
    /**
     * Functions whose arguments Excel evaluates as arrays even in a plain formula, so a range inside an
     * expression there is read whole instead of being intersected with the formula's row or column.
     */
    private final Workbook book;
    private final FunctionRegistry functions;
    private final References references;
    private final PlainNumbers plainNumbers;
    private Sheet hostSheet;
    private int hostSheetIndex;
    private int hostRow;
    private int hostColumn;
    /** Where relative references count from: the host cell, or A1 inside a defined name. */
    private int originRow;
    private int originColumn;
    private boolean arrayMode;
    private int callDepth;
    private Scope scope;
    /** Where reads through functions are noted, while a formula with run-time references is evaluated. */
    private ReadLog readLog;
    /** Nodes of the left-deep operator chains being folded (see binaryChain). */
    private Expr.Binary[] chain = new Expr.Binary[16];
    private int chainSize;

    private final RandomDraws randomDraws = new RandomDraws();

    public Evaluator(Workbook book, FunctionRegistry functions) {
        this.book = book;
        this.functions = functions;
        this.references = new References(book);
        this.plainNumbers = new PlainNumbers(this, functions);
    }

    /**
     * The raw result of {@code expr} held by the cell (row, column) of {@code sheet}: it may be a reference,
     * an array or a LAMBDA, which the caller shapes into what the cell shows.
     */
    public Value evaluate(Expr expr, Sheet sheet, int row, int column, boolean asArrayFormula) {
        if (sheet != hostSheet) {
            hostSheet = sheet;
            hostSheetIndex = sheet.index();
        }
        hostRow = row;
        hostColumn = column;
        originRow = row;
        originColumn = column;
        arrayMode = asArrayFormula;
        callDepth = 0;
        scope = null;
        randomDraws.startCell();
        try {
            return eval(expr);
        } catch (ErrorSignal signal) {
            return signal.error();
        } catch (StackOverflowError tooDeep) { // a last resort: the call-depth limit normally stops first
            return ErrorValue.NUM;
        }
    }

    Value eval(Expr expr) {
        if (PlainNumbers.worthTrying(expr)) {
            double plain = plainNumbers.evaluate(expr);
            if (plain == plain) {
                return PlainNumbers.box(plain);
            }
        }
        if (expr instanceof Expr.Binary binary) {
            return binaryChain(binary);
        }
        if (expr instanceof Expr.Cell cell) {
            return references.cell(cell, hostSheet, originRow, originColumn);
        }
        if (expr instanceof Expr.Number number) {
            return new NumberValue(number.value());
        }
        if (expr instanceof Expr.Call call) {
            return call(call);
        }
        if (expr instanceof Expr.Area area) {
            return references.area(area, hostSheet, originRow, originColumn);
        }
        if (expr instanceof Expr.Group group) {
            return eval(group.inner());
        }
        if (expr instanceof Expr.Unary unary) {
            return unary(unary);
        }
        if (expr instanceof Expr.Text text) {
            return Values.text(text.value());
        }
        if (expr instanceof Expr.Bool bool) {
            return BooleanValue.of(bool.value());
        }
        if (expr instanceof Expr.Error error) {
            return ErrorValue.of(error.type());
        }
        if (expr instanceof Expr.ArrayConstant array) {
            return array.value();
        }
        if (expr instanceof Expr.Name name) {
            return name(name);
        }
        if (expr instanceof Expr.Percent percent) {
            Value operand = eval(percent.operand());
            try {
                return Operators.percent(operand, this);
            } catch (ErrorSignal signal) {
                return signal.error();
            }
        }
        if (expr instanceof Expr.Spill spill) {
            return spill(spill);
        }
        if (expr instanceof Expr.Missing) {
            return EmptyValue.INSTANCE;
        }
        if (expr instanceof Expr.Invoke invoke) {
            return Lambdas.invoke(eval(invoke.function()), invoke.arguments(), this);
        }
        return ErrorValue.VALUE;
    }

    /** Left-deep chains (A1+A2+...+A5000) are folded in a loop so their length cannot exhaust the stack. */
    private Value binaryChain(Expr.Binary top) {
        if (!(top.left() instanceof Expr.Binary)) { // the common short case
            BinaryOperator operator = top.operator();
            return binary(operator, operand(operator, top.left()), operand(operator, top.right()));
        }
        // the chain's nodes go on a stack shared by nested chains, innermost (first to apply) on top
        int base = chainSize;
        try {
            for (Expr e = top; e instanceof Expr.Binary binary; e = binary.left()) {
                if (chainSize == chain.length) {
                    chain = java.util.Arrays.copyOf(chain, chainSize * 2);
                }
                chain[chainSize++] = binary;
            }
            Expr.Binary first = chain[chainSize - 1];
            Value result = operand(first.operator(), first.left());
            for (int i = chainSize - 1; i >= base; i--) {
                Expr.Binary binary = chain[i];
                result = binary(binary.operator(), result, operand(binary.operator(), binary.right()));
            }
            return result;
        } finally {
            chainSize = base; // entries above are left behind: they are parts of shared formula trees
        }
    }

    /**
     * An operand of {@code operator}: a single-cell reference is read straight away (arithmetic and comparison
     * would dereference it first anyway), saving a reference object per operand; the reference operators get
     * the reference itself.
     */
    private Value operand(BinaryOperator operator, Expr expr) {
        if (expr instanceof Expr.Cell cell && operator != BinaryOperator.RANGE && operator != BinaryOperator.INTERSECT
                && operator != BinaryOperator.UNION) {
            return cellOperand(cell);
        }
        return eval(expr);
    }

    /** The value of the cell a single-cell reference names, or #REF! when it names none. */
    /** True while evaluating an array formula or an argument read as an array: ranges are lifted, not intersected. */
    boolean isArrayMode() {
        return arrayMode;
    }

    /** The reference an area expression names from the cell being computed, or #REF!. */
    Value areaOperand(Expr.Area area) {
        return references.area(area, hostSheet, originRow, originColumn);
    }

    Value cellOperand(Expr.Cell cell) {
        Sheet sheet = cell.sheet() == null ? hostSheet : references.sheet(cell.sheet(), hostSheet);
        int row = cell.point().rowIn(originRow);
        int column = cell.point().columnIn(originColumn);
        if (sheet == null || !SheetLimits.contains(row, column)) {
            return ErrorValue.REF;
        }
        return CellReads.valueOf(sheet.cell(row, column));
    }

    /** The number in the cell a single-cell reference names, or NaN when it holds something else or names none. */
    double cellNumber(Expr.Cell cell) {
        Sheet sheet = references.sheet(cell.sheet(), hostSheet);
        int row = cell.point().rowIn(originRow);
        int column = cell.point().columnIn(originColumn);
        return CellReads.numberOf(sheet == null ? null : sheet.cell(row, column));
    }

    Workbook workbook() {
        return book;
    }

    private Value binary(BinaryOperator operator, Value left, Value right) {
        switch (operator) {
            case RANGE:
                return references.span(left, right);
            case INTERSECT:
                return references.intersect(left, right);
            case UNION:
                return ErrorValue.VALUE; // multi-area references are not supported
            default:
                try {
                    return Operators.binary(operator, left, right, this);
                } catch (ErrorSignal signal) {
                    return signal.error();
                }
        }
    }

    private Value unary(Expr.Unary unary) {
        Value operand = eval(unary.operand());
        try {
            return unary(unary.operator(), operand);
        } catch (ErrorSignal signal) {
            return signal.error();
        }
    }

    private Value unary(char operator, Value operand) {
        switch (operator) {
            case '-':
                return Operators.negate(operand, this);
            case '@':
                if (operand instanceof ArrayValue array) {
                    return array.get(0);
                }
                return operand instanceof ReferenceValue reference && !reference.isSingleCell()
                        ? Lift.intersect(reference, this) : operand;
            default:
                return operand;
        }
    }

    private Value call(Expr.Call call) {
        Value special = Conditionals.evaluate(call, this);
        if (special == null) {
            special = Lambdas.evaluate(call, this);
        }
        if (special != null) {
            return special;
        }
        // a LET or LAMBDA parameter hides a built-in of the same name: LET(n, 5, n(1)) calls 5, not N
        FunctionDefinition definition = scope != null && Scope.find(scope, call.name()) != null ? null
                : functions.lookup(call.name());
        if (definition == null) { // a LET-bound or defined name holding a LAMBDA, called like a function
            Value function = name(new Expr.Name(null, call.name()));
            return function instanceof ErrorValue ? function : Lambdas.invoke(function, call.arguments(), this);
        }
        List<Expr> arguments = call.arguments();
        if (!definition.accepts(arguments.size())) {
            return ErrorValue.VALUE;
        }
        Value[] values = new Value[arguments.size()];
        boolean saved = arrayMode;
        arrayMode |= definition.has(FunctionTrait.WHOLE_ARRAY_ARGUMENTS); // SUMPRODUCT((A1:A3-B1:B3)^2) works unentered
        try {
            for (int i = 0; i < values.length; i++) {
                values[i] = eval(arguments.get(i));
            }
        } finally {
            arrayMode = saved;
        }
        try {
            return definition.function().apply(values, this);
        } catch (ErrorSignal signal) {
            return signal.error();
        }
    }

    private Value name(Expr.Name name) {
        if (name.sheet() == null) {
            Scope bound = Scope.find(scope, name.name());
            if (bound != null) {
                return bound.value();
            }
        }
        Sheet sheetScope = name.sheet() == null ? hostSheet : book.sheet(name.sheet());
        DefinedName defined = book.resolveName(name.name(), sheetScope);
        if (defined == null || defined.expr() == null) {
            return ErrorValue.NAME;
        }
        if (callDepth >= MAX_CALL_DEPTH) {
            return ErrorValue.NUM;
        }
        return evaluateBody(defined.expr(), null, 0, 0); // a name's references count from A1
    }

    /**
     * Evaluates a defined name's formula or a LAMBDA's body in {@code bodyScope}, with relative references
     * counted from (row, column); nesting deeper than {@link #MAX_CALL_DEPTH} is #NUM!.
     */
    Value evaluateBody(Expr body, Scope bodyScope, int row, int column) {
        if (callDepth >= MAX_CALL_DEPTH) {
            return ErrorValue.NUM;
        }
        int savedRow = originRow;
        int savedColumn = originColumn;
        Scope savedScope = scope;
        originRow = row;
        originColumn = column;
        scope = bodyScope;
        callDepth++;
        try {
            return eval(body);
        } finally {
            callDepth--;
            originRow = savedRow;
            originColumn = savedColumn;
            scope = savedScope;
        }
    }

    Scope scope() {
        return scope;
    }

    void setScope(Scope scope) {
        this.scope = scope;
    }

    /** A LAMBDA made here: it captures the current scope and reference origin. */
    Closure closure(java.util.List<String> parameters, Expr body) {
        return new Closure(this, parameters, body, scope, originRow, originColumn);
    }

    private Value spill(Expr.Spill spill) {
        Value anchor = eval(spill.anchor());
        if (!(anchor instanceof ReferenceValue reference) || !reference.isSingleCell()) {
            return anchor instanceof ErrorValue ? anchor : ErrorValue.REF;
        }
        Cell cell = book.sheet(reference.sheet()).cell(reference.top(), reference.left());
        if (cell == null || !cell.hasFormula()) {
            return ErrorValue.REF;
        }
        if (cell.isDirty()) {
            throw new PendingCell(cell);
        }
        if (cell.spillArea() == null) {
            return reference;
        }
        var area = cell.spillArea();
        return new ReferenceValue(reference.sheet(), area.top(), area.left(), area.bottom(), area.right());
    }

    /** Evaluates an argument and reads it as a value, intersecting ranges in plain formulas. */
    Value operand(Expr expr) {
        return Lift.operand(eval(expr), this);
    }

    /**
     * Notes in {@code log} (null to stop) every cell and range read through a function from now on, which covers
     * the reads a formula's text does not show. A single cell written in an operation is read without a note: the
     * graph has that edge already.
     */
    public void logReads(ReadLog log) {
        this.readLog = log;
    }

    @Override
    public Value cell(int sheet, int row, int column) {
        if (readLog != null) {
            readLog.cell(sheet, row, column);
        }
        return CellReads.valueOf(book.sheet(sheet).cell(row, column));
    }

    @Override
    public ArrayValue read(ReferenceValue reference) {
        if (readLog != null) {
            readLog.range(reference);
        }
        return CellReads.read(book.sheet(reference.sheet()), reference);
    }

    @Override
    public ReferenceValue usedPart(ReferenceValue reference) {
        if (readLog != null) {
            readLog.range(reference); // what it depends on is still the whole reference
        }
        int last = Math.min(reference.bottom(), book.sheet(reference.sheet()).rowLimit() - 1);
        if (last < reference.top()) {
            return null;
        }
        return last == reference.bottom() ? reference
                : new ReferenceValue(reference.sheet(), reference.top(), reference.left(), last, reference.right());
    }

    @Override
    public double[] readNumbers(ReferenceValue reference) {
        if (readLog != null) {
            readLog.range(reference);
        }
        return CellReads.readNumbers(book.sheet(reference.sheet()), reference);
    }

    @Override
    public int hostSheet() {
        return hostSheetIndex;
    }

    @Override
    public int hostRow() {
        return hostRow;
    }

    @Override
    public int hostColumn() {
        return hostColumn;
    }

    @Override
    public int sheetIndex(String name) {
        Sheet sheet = book.sheet(name);
        return sheet == null ? -1 : sheet.index();
    }

    @Override
    public int sheetCount() {
        return book.sheets().size();
    }

    @Override
    public String formulaText(int sheet, int row, int column) {
        Cell cell = book.sheet(sheet).cell(row, column);
        return cell == null || !cell.hasFormula() ? null : cell.formula().displayText(row, column);
    }

    @Override
    public String sheetName(int index) {
        return book.sheet(index).name();
    }

    @Override
    public Value definedName(String name) {
        return name(new Expr.Name(null, name));
    }

    @Override
    public RandomGenerator random() {
        return randomDraws.generator(definedName(RandomDraws.SEED_NAME), hostSheetIndex, hostRow, hostColumn);
    }

    @Override
    public boolean arrayMode() {
        return arrayMode;
    }
}
