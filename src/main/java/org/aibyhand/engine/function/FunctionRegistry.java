package org.aibyhand.engine.function;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;

/** The built-in functions by name. {@link #standard()} holds every function the engine knows. */
public final class FunctionRegistry {
    private static final FunctionRegistry STANDARD = createStandard();

    private final Map<String, FunctionDefinition> functions = new HashMap<>();
    private final Map<String, DoubleUnaryOperator> numeric = new HashMap<>();

    /** The shared registry of all built-in functions. */
    public static FunctionRegistry standard() {
        return STANDARD;
    }

    private static FunctionRegistry createStandard() {
        FunctionRegistry registry = new FunctionRegistry();
        BuiltIns.registerAll(registry);
        return registry;
    }

    public void register(String name, int minArguments, int maxArguments, Function function, FunctionTrait... traits) {
        String key = name.toUpperCase(Locale.ROOT);
        if (functions.containsKey(key)) {
            throw new IllegalStateException("function registered twice: " + key);
        }
        functions.put(key, new FunctionDefinition(key, minArguments, maxArguments, function, Set.of(traits)));
    }

    /** Whether the function called {@code name} (as parsed: upper case, no prefix) is known and has {@code trait}. */
    public boolean has(String name, FunctionTrait trait) {
        FunctionDefinition definition = lookup(name);
        return definition != null && definition.has(trait);
    }

    /**
     * Registers a function of one number whose result on a finite number {@code x} is {@code op(x)} (which may
     * throw {@link org.aibyhand.engine.value.ErrorSignal}), a non-finite result being #NUM!; {@code function}
     * is its general form, for arrays, references and other kinds of value. The evaluator computes such calls
     * on plain doubles when their argument is a number.
     */
    public void registerNumeric(String name, DoubleUnaryOperator op, Function function) {
        register(name, 1, 1, function);
        numeric.put(name.toUpperCase(Locale.ROOT), op);
    }

    /** The numeric form of a one-number function registered with {@link #registerNumeric}, or null. */
    public DoubleUnaryOperator numericForm(String name) {
        return numeric.get(name);
    }

    /** The function called {@code name} (any case, no prefix), or null if the engine does not know it. */
    public FunctionDefinition lookup(String name) {
        FunctionDefinition exact = functions.get(name); // parsed calls are already upper case
        return exact != null ? exact : functions.get(name.toUpperCase(Locale.ROOT));
    }

    public Set<String> names() {
        return Collections.unmodifiableSet(functions.keySet());
    }
}
