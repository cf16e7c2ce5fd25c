package org.aibyhand.engine.function;

/**
 * A function with its name (upper case, no storage prefix) and how many arguments it accepts;
 * {@code maxArguments} is {@link Integer#MAX_VALUE} for "any number". Calls outside that count are #VALUE!.
 */
public record FunctionDefinition(String name, int minArguments, int maxArguments, Function function) {

    public boolean accepts(int count) {
        return count >= minArguments && count <= maxArguments;
    }
}
