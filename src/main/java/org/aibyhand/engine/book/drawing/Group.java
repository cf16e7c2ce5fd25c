package org.aibyhand.engine.book.drawing;

import java.util.List;

/**
 * Objects grouped together: the children's coordinates run over the child box ({@code childX}, {@code childY},
 * {@code childWidth}, {@code childHeight}), which is stretched onto the group's own box.
 */
public record Group(String name, Transform transform, long childX, long childY, long childWidth, long childHeight,
        List<DrawingObject> children) implements DrawingObject {
}
