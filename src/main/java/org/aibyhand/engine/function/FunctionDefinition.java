package org.aibyhand.engine.function;

import java.util.Set;

/**
 * A function with its name (upper case, no storage prefix), how many arguments it accepts and its traits;
 * {@code maxArguments} is {@link Integer#MAX_VALUE} for "any number". Calls outside that count are #VALUE!.
 */
public record FunctionDefinition(String name, int minArguments, int maxArguments, Function function,
        Set<FunctionTrait> traits) {

    public FunctionDefinition {
        traits = Set.copyOf(traits);
    }

    public boolean accepts(int count) {
        return count >= minArguments && count <= maxArguments;
    }

    public boolean has(FunctionTrait trait) {
        return traits.contains(trait);
    }
}
