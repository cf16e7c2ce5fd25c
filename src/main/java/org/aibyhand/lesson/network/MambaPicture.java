package org.aibyhand.lesson.network;

import java.util.List;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.ref.CellAddress;
import org.aibyhand.lesson.OverTime;
import org.aibyhand.lesson.Role;
import org.aibyhand.lesson.network.TimeBands.Band;

/**
 * The selective scan per step: the input xₜ and its step size Δₜ at the bottom, the state hₜ as a D×N grid above
 * them (hₜ = Āₜhₜ₋₁ + B̄ₜxₜ), and the output yₜ on top, with the skip D joining xₜ to yₜ.
 */
final class MambaPicture {
    private static final double SQUARE = 0.8;

    private MambaPicture() {
    }

    /**
     * The picture; a sequence longer than the lesson names step by step finds each state hₜ through the lesson's
     * over-time series (whose first component's cell at t is the grid's top-left), when it is given.
     */
    static NetworkPicture of(LessonTensors tensors, OverTime overTime) {
        if (!tensors.has("X", "delta", "Y", "A")) {
            return null;
        }
        PictureBuilder picture = new PictureBuilder(tensors);
        int state = Math.min(tensors.area("A").rows(), PictureBuilder.MAX_UNITS * 2);
        TimeBands time = new TimeBands(picture, "X", List.of(new Band("y", "Y", null, Role.FORWARD, null),
                Band.room("h", (state * SQUARE + 0.8) / 1.7),
                new Band("Δ", "delta", null, Role.FORWARD, null), new Band("x", "X", null, Role.INPUT, null)));
        for (int t = 0; t < time.steps(); t++) {
            picture.diagonal(time.at("x", t), time.at("y", t), "D_skip");
            String symbol = "h" + org.aibyhand.lesson.Subscripts.of(t + 1);
            if (tensors.has("h_" + (t + 1))) {
                picture.map(symbol, tensors.area("h_" + (t + 1)), null, time.x(t), time.y("h") - 0.3, SQUARE);
            } else if (overTime != null && !overTime.series().isEmpty()) {
                CellAddress corner = overTime.series().get(0).cells().get(t);
                Area a = tensors.area("A");
                picture.map(symbol, new Area(corner.row(), corner.column(), corner.row() + a.rows() - 1,
                        corner.column() + a.columns() - 1), null, time.x(t), time.y("h") - 0.3, SQUARE);
            }
        }
        return picture.build("mamba");
    }
}
