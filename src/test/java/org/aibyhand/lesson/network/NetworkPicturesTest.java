package org.aibyhand.lesson.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.ref.CellAddress;
import org.aibyhand.engine.walkthrough.Ranges;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.Lessons;
import org.junit.jupiter.api.Test;

/** Each lesson's picture has the neurons and edges its sizes call for, each tied to the right cell. */
class NetworkPicturesTest {

    private static NetworkPicture picture(String kind, LessonOptions options) {
        Workbook book = Lessons.build(kind, options).workbook();
        NetworkPicture picture = NetworkPictures.of(kind, book);
        assertNotNull(picture, kind);
        return picture;
    }

    private static long weighted(NetworkPicture picture) {
        return picture.edges().stream().filter(NetworkEdge::weighted).count();
    }

    @Test
    void theMlpHasALayerOfNeuronsPerTensorAndAnEdgePerWeight() {
        for (int[] s : new int[][] {{3, 4, 2}, {2, 5, 3}, {1, 1, 1}}) {
            NetworkPicture p = picture("mlp", new LessonOptions(1).with("inputs", s[0]).with("hidden", s[1]).with("outputs", s[2]));
            assertEquals(s[0] + s[1] + s[2], p.nodes().size());
            assertEquals(s[1] * s[0] + s[2] * s[1], p.edges().size());
            assertEquals(s[1] + s[2], p.nodes().stream().filter(n -> n.biases().size() == 1).count(), "a bias on each neuron fed");
        }
    }

    @Test
    void edgesAndNeuronsAreTheirCells() {
        Workbook book = Lessons.build("mlp", new LessonOptions(1)).workbook();
        NetworkPicture p = NetworkPictures.of("mlp", book);
        Area w1 = area(book, "W_1");
        Area x = area(book, "X");
        // the edge from input 2 to hidden neuron 3 is W_1[3][2]
        NetworkEdge edge = p.edges().stream().filter(e -> e.weight().value().equals(new CellAddress(w1.top() + 2, w1.left() + 1)))
                .findFirst().orElseThrow();
        assertEquals(new CellAddress(x.top() + 1, x.left()), p.nodes().get(edge.from()).value(), "from x₂ of sample 1");
        Set<Part> lit = p.partsIn(List.of(w1));
        assertEquals(w1.rows() * w1.columns(), lit.size(), "selecting W₁ lights its edges and nothing else");
    }

    @Test
    void sequencesAreUnrolledInTime() {
        int i = 2, h = 3, o = 1, t = 4;
        NetworkPicture rnn = picture("rnn", new LessonOptions(1).with("inputs", i).with("hidden", h).with("outputs", o).with("steps", t));
        assertEquals(t * (i + h + o) + h, rnn.nodes().size(), "x, h and ŷ per step, and h₀");
        assertEquals(t * (h * i + h * h + o * h), rnn.edges().size());
        NetworkPicture lstm = picture("lstm", new LessonOptions(1).with("inputs", i).with("hidden", h).with("outputs", o).with("steps", t));
        assertEquals(t * (i + 6 * h + o) + 2 * h, lstm.nodes().size(), "x, four gates, c, h and ŷ per step; h₀ and c₀");
        assertEquals(t * (4 * (h * i + h * h) + o * h), weighted(lstm));
        assertEquals(t * 6 * h, lstm.edges().size() - weighted(lstm), "c from c, f, i, g; h from o and c");
        NetworkPicture gru = picture("gru", new LessonOptions(1).with("inputs", i).with("hidden", h).with("outputs", o).with("steps", t));
        assertEquals(t * (i + 5 * h + o) + h, gru.nodes().size());
        assertEquals(t * (3 * h * i + 3 * h * h + o * h), weighted(gru));
    }

    @Test
    void aLongSequenceIsCut() {
        NetworkPicture rnn = picture("rnn", new LessonOptions(1).with("steps", 20));
        assertTrue(rnn.cut());
        assertEquals(PictureBuilder.MAX_STEPS, rnn.captions().stream().filter(c -> c.text().startsWith("t = ")).count());
    }

    @Test
    void attentionHasItsWeightMatrixAsAHeatMapAndAsLinks() {
        int d = 3, dk = 2, t = 4;
        NetworkPicture p = picture("attention", new LessonOptions(1).with("model", d).with("key", dk).with("tokens", t));
        assertEquals(1, p.maps().size());
        assertEquals(t * t, p.maps().get(0).cells().size());
        assertEquals(t * (2 * d + 4 * dk), p.nodes().size());
        assertEquals(t * (4 * d * dk) + t * t * dk, p.edges().size());
        NetworkPicture transformer = picture("transformer", new LessonOptions(1));
        assertEquals(2, transformer.maps().size(), "one heat map per head");
    }

    @Test
    void mambaShowsTheStateGridAndStepSizeEachStep() {
        int channels = 2, state = 3, steps = 3;
        NetworkPicture p = picture("mamba", new LessonOptions(1).with("channels", channels).with("state", state).with("steps", steps));
        assertEquals(steps, p.maps().size());
        assertEquals(channels * state, p.maps().get(0).cells().size());
        assertEquals(steps * 3 * channels, p.nodes().size(), "x, Δ and y per step");
        assertTrue(p.captions().stream().anyMatch(c -> c.text().equals("Δ")));
        var longer = Lessons.build("mamba", new LessonOptions(1).with("steps", 30));
        NetworkPicture cut = NetworkPictures.of(longer);
        assertEquals(PictureBuilder.MAX_STEPS, cut.maps().size(), "states past the named steps are found all the same");
        int last = PictureBuilder.MAX_STEPS - 1;
        assertEquals(longer.overTime().series().get(0).cells().get(last), cut.maps().get(last).cells().get(0),
                "the grid of the last step drawn starts at its state's first component");
    }

    @Test
    void everyVariantDrawsOrSaysItCannot() {
        String[][] variants = {{"mamba", "parallel"}, {"mamba", "block"}, {"mamba", "zoh"}, {"attention", "causal"},
            {"transformer", "causal"}, {"rnn", "bidirectional"}};
        for (String[] variant : variants) {
            Workbook book = Lessons.build(variant[0], new LessonOptions(1).withFlag(variant[1])).workbook();
            NetworkPicture picture = NetworkPictures.of(variant[0], book);
            if (!variant[1].equals("bidirectional")) {
                assertNotNull(picture, variant[0] + " --" + variant[1]);
                assertTrue(picture.nodes().size() > 0);
            }
        }
        NetworkPicture oneHead = picture("transformer", new LessonOptions(1).with("heads", 1));
        assertEquals(1, oneHead.maps().size());
        NetworkPicture wide = picture("mlp", new LessonOptions(1).with("inputs", 40).with("hidden", 30));
        assertTrue(wide.cut());
        assertEquals(PictureBuilder.MAX_UNITS * PictureBuilder.MAX_UNITS + 2 * PictureBuilder.MAX_UNITS, wide.edges().size());
    }

    @Test
    void otherWorkbooksHaveNoPicture() {
        assertNull(NetworkPictures.of(null, new Workbook()));
        Workbook book = Lessons.build("mlp", new LessonOptions(1)).workbook();
        assertNull(NetworkPictures.of("rnn", book), "the names of another lesson");
        assertNull(NetworkPictures.of("rnn", Lessons.build("rnn", new LessonOptions(1).with("layers", 2)).workbook()),
                "a stacked RNN names its tensors per layer");
    }

    private static Area area(Workbook book, String name) {
        var r = Ranges.resolve(book, book.sheet(0), name);
        return new Area(r.top(), r.left(), r.bottom(), r.right());
    }
}
