package org.aibyhand.lesson.network;

import org.aibyhand.engine.ref.CellAddress;

/** A weight or bias cell and the cell of its gradient (null where the lesson computes none). */
public record Parameter(CellAddress value, CellAddress gradient) {
}
