package org.aibyhand.lesson;

import java.util.ArrayList;
import java.util.List;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.i18n.Texts;

/**
 * A lesson's {@link CellNotation} assembled from its blocks: a short list of areas, each with a function that
 * writes the notation of the element at an offset in it, looked through in order. It keeps one entry per block
 * (or per family of blocks) and nothing per cell, so a lesson of millions of cells costs a few objects.
 *
 * <p>The text of a cell is "vector equation;  element equation" with 1-based indices, such as
 * "Z₁ = W₁X + b₁;  Z₁[2,1] = Σₖ W₁[2,k] X[k,1] + b₁[2]", or for a given "W₁[2,3]: weight, given".
 */
public final class BlockNotation implements CellNotation {
    /** Separates the equation of the whole step or tensor from the equation of the element. */
    public static final String SEPARATOR = ";  ";

    private final List<Entry> entries = new ArrayList<>();

    /** The notation of an element, by its zero-based (row, column) offset in the entry's area; null for none. */
    @FunctionalInterface
    public interface Element {
        String at(int row, int column);
    }

    /** The notation of a tensor's element (i, j), whichever way the tensor lies on the sheet. */
    @FunctionalInterface
    public interface TensorElement {
        String at(int i, int j);
    }

    /** Cells of {@code area} are described by {@code element}, unless an earlier entry already covers them. */
    public BlockNotation add(Area area, Element element) {
        entries.add(new Entry(area, element));
        return this;
    }

    public BlockNotation add(Block block, Element element) {
        return add(block.area(), element);
    }

    /** A tensor's elements (i, j), also when it is drawn transposed (time down the rows). */
    public BlockNotation add(Tensor tensor, TensorElement element) {
        boolean transposed = tensor.transposed();
        return add(tensor.area(), (r, c) -> transposed ? element.at(c, r) : element.at(r, c));
    }

    @Override
    public String at(int row, int column) {
        for (Entry entry : entries) {
            if (entry.area.contains(row, column)) {
                return entry.element.at(row - entry.area.top(), column - entry.area.left());
            }
        }
        return null;
    }

    /** "[2]" for the zero-based index 1. */
    public static String index(int i) {
        return "[" + (i + 1) + "]";
    }

    /** "[2,3]" for the zero-based indices (1, 2). */
    public static String index(int i, int j) {
        return "[" + (i + 1) + "," + (j + 1) + "]";
    }

    /** A step's vector equation and one element's: the two halves of a computed cell's notation. */
    public static String both(String vector, String element) {
        return vector + SEPARATOR + element;
    }

    /**
     * A given element, such as "W₁[2,3]: weight, given", in the interface's language: {@code what} is looked up
     * as {@code lesson.given.} followed by its words joined with underscores ("initial hidden state" as
     * {@code lesson.given.initial_hidden_state}), and kept as it is where the bundle has no such key.
     */
    public static String given(String element, String what) {
        String key = "lesson.given." + what.replaceAll("[^A-Za-z]+", "_").replaceAll("^_|_$", "").toLowerCase(java.util.Locale.ROOT);
        return Texts.get("lesson.given", element, Texts.has(key) ? Texts.get(key) : what);
    }

    private record Entry(Area area, Element element) {
    }
}
