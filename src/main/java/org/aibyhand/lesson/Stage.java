package org.aibyhand.lesson;

import java.util.List;
import org.aibyhand.engine.ref.Area;

/**
 * One step of a lesson's walkthrough: a title such as "Layer 1: Z₁ = W₁X + b₁" or "t = 2: h₂", and the cells
 * it reveals, in order.
 */
public record Stage(String title, List<Area> cells) {

    public Stage {
        cells = List.copyOf(cells);
    }
}
