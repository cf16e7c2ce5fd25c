package org.aibyhand.engine.book.drawing;

/**
 * Something drawn over the cells: a shape (also a text box), a picture, a group of objects, an Office Math
 * equation or a chart. Its transform places it inside its group; at the top level the anchor places it.
 */
public sealed interface DrawingObject permits Shape, Picture, Group, Equation, Chart {

    /** The name Excel shows in its selection pane, such as "Oval 3". */
    String name();

    Transform transform();
}
