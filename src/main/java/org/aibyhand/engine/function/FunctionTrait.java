package org.aibyhand.engine.function;

/**
 * What the evaluator, the dependency graph and the calculator need to know about a function beyond its
 * arguments, declared where the function is registered.
 */
public enum FunctionTrait {
    /** Its result changes without any input changing (RAND, NOW): recomputed on every recalculation and edit. */
    VOLATILE,
    /** It builds references from values at run time (OFFSET, INDIRECT): what it reads is known only then. */
    BUILDS_REFERENCES,
    /** Its arguments are evaluated as whole arrays even in a plain formula (SUMPRODUCT, MMULT). */
    WHOLE_ARRAY_ARGUMENTS
}
