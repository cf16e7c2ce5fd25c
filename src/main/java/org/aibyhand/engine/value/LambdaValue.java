package org.aibyhand.engine.value;

/**
 * A function value made by LAMBDA: called with arguments it returns a value. Left uncalled in a cell it is
 * #CALC!, as in Excel.
 */
public non-sealed interface LambdaValue extends Value {

    /** How many parameters it declares. */
    int parameterCount();

    /** Calls it; missing trailing arguments are passed as null (ISOMITTED is TRUE for them). */
    Value call(Value[] arguments);
}
