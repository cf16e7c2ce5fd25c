package org.aibyhand.engine.formula;

import java.util.List;
import org.aibyhand.engine.value.ArrayValue;
import org.aibyhand.engine.value.ErrorType;

/**
 * The syntax tree of a formula. References are stored relative to the cell that holds the formula (R1C1
 * style: a relative row is an offset, an absolute row an index), so every cell of a filled block can share
 * one tree. Records give structural equality, which the workbook uses to share identical trees.
 */
public sealed interface Expr {

    /** A numeric constant such as {@code 2.5}. */
    record Number(double value) implements Expr {
    }

    /** A string constant; {@code value} holds the text without quotes or doubled quotes. */
    record Text(String value) implements Expr {
    }

    /** TRUE or FALSE. */
    record Bool(boolean value) implements Expr {
    }

    /** An error constant such as {@code #N/A}. */
    record Error(ErrorType type) implements Expr {
    }

    /** An array constant such as {@code {1,2;3,4}}. */
    record ArrayConstant(ArrayValue value) implements Expr {
    }

    /** An omitted argument, as the middle one in {@code IF(A1,,2)}. */
    record Missing() implements Expr {
    }

    /** A single cell, optionally on another sheet ({@code sheet} null means the formula's own sheet). */
    record Cell(String sheet, RefPoint point) implements Expr {
    }

    /** A rectangle of cells, whole columns ({@code A:C}) or whole rows ({@code 2:5}). */
    record Area(String sheet, RefPoint first, RefPoint last, AreaShape shape) implements Expr {
    }

    /** The spill range of a dynamic-array formula: {@code A1#}, stored as {@code _xlfn.ANCHORARRAY(A1)}. */
    record Spill(Expr anchor) implements Expr {
    }

    /** A defined name, a LET variable or a LAMBDA parameter; {@code sheet} qualifies a sheet-scoped name. */
    record Name(String sheet, String name) implements Expr {
    }

    /** A prefix operator: {@code -}, {@code +} or the implicit intersection {@code @}. */
    record Unary(char operator, Expr operand) implements Expr {
    }

    /** The postfix percent operator: {@code 50%} is 0.5. */
    record Percent(Expr operand) implements Expr {
    }

    /** An infix operator. */
    record Binary(BinaryOperator operator, Expr left, Expr right) implements Expr {

        /**
         * The operators of the left-deep chain this one ends, innermost first: for A1+A2+A3 the "+A2" node,
         * then this. Walking it with a loop keeps a chain of any length off the call stack.
         */
        public List<Binary> leftChain() {
            java.util.ArrayDeque<Binary> chain = new java.util.ArrayDeque<>();
            for (Expr e = this; e instanceof Binary binary; e = binary.left()) {
                chain.push(binary);
            }
            return List.copyOf(chain);
        }

        /** Walks the left-deep chain with a loop: a formula of thousands of terms must not overflow the stack. */
        @Override
        public int hashCode() {
            int hash = 1;
            Expr e = this;
            for (; e instanceof Binary binary; e = binary.left()) {
                hash = 31 * (31 * hash + binary.operator().hashCode()) + binary.right().hashCode();
            }
            return 31 * hash + e.hashCode();
        }

        /** Compares the left-deep chains with a loop, as {@link #hashCode()} walks them. */
        @Override
        public boolean equals(Object other) {
            Object a = this;
            Object b = other;
            while (a instanceof Binary x && b instanceof Binary y) {
                if (x == y) {
                    return true;
                }
                if (x.operator() != y.operator() || !x.right().equals(y.right())) {
                    return false;
                }
                a = x.left();
                b = y.left();
            }
            return !(a instanceof Binary) && !(b instanceof Binary) && a.equals(b);
        }
    }

    /**
     * A call of a built-in function or of a LAMBDA-valued name. {@code name} is upper case without storage
     * prefixes; {@code prefix} is the one the file used, kept only where the engine does not know the canonical
     * one (an unknown {@code _xlfn.} function must be written back as it came).
     */
    record Call(String name, String prefix, List<Expr> arguments) implements Expr {
        public Call {
            arguments = List.copyOf(arguments);
        }
    }

    /** A call of a computed function value: {@code LAMBDA(x, x+1)(2)}. */
    record Invoke(Expr function, List<Expr> arguments) implements Expr {
        public Invoke {
            arguments = List.copyOf(arguments);
        }
    }

    /** Parentheses the author wrote, kept so the formula prints back as it was typed. */
    record Group(Expr inner) implements Expr {
    }
}
