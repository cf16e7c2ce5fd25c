package org.aibyhand.engine.function;

/** Registers every category of built-in functions. */
final class BuiltIns {
    private BuiltIns() {
    }

    static void registerAll(FunctionRegistry registry) {
        MathFunctions.register(registry);
    }
}
