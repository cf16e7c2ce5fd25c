package org.aibyhand.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point2D;
import javafx.scene.control.TabPane;
import org.aibyhand.app.network.NetworkPanelProbe;
import org.aibyhand.engine.book.Workbook;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.ref.CellAddress;
import org.aibyhand.i18n.Texts;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.Lessons;
import org.aibyhand.lesson.network.NetworkEdge;
import org.aibyhand.lesson.network.NetworkPicture;
import org.aibyhand.lesson.network.Part;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The network view bound to the cells: sizes, colours after an edit, selection both ways, stages and reveal. */
class NetworkViewTest extends WindowTest {

    private NetworkPanelProbe showLesson(FxRobot robot, String kind, LessonOptions options) {
        robot.interact(() -> {
            window.show(Document.of(Lessons.build(kind, options)));
            TabPane side = robot.lookup("#sidePanel").queryAs(TabPane.class);
            side.getSelectionModel().select(window.network().tab());
        });
        WaitForAsyncUtils.waitForFxEvents();
        return new NetworkPanelProbe(window.network().panel());
    }

    @Test
    void itDrawsANeuronPerUnitAndAnEdgePerWeightForEachLessonSize(FxRobot robot) {
        for (int[] s : new int[][] {{3, 4, 2}, {2, 6, 3}}) {
            NetworkPanelProbe probe = showLesson(robot, "mlp",
                    new LessonOptions(1).with("inputs", s[0]).with("hidden", s[1]).with("outputs", s[2]));
            assertEquals(s[0] + s[1] + s[2], probe.drawnNodes());
            assertEquals(s[0] * s[1] + s[1] * s[2], probe.drawnEdges());
        }
        NetworkPanelProbe lstm = showLesson(robot, "lstm", new LessonOptions(1).with("hidden", 3).with("steps", 3));
        int i = 2, h = 3, o = 1, t = 3;
        assertEquals(t * (i + 6 * h + o) + 2 * h, lstm.drawnNodes());
        for (String kind : Lessons.KINDS) {
            NetworkPanelProbe probe = showLesson(robot, kind, new LessonOptions(1));
            assertTrue(probe.drawnNodes() > 0, kind + " draws its neurons");
            assertTrue(window.network().panel().hasPicture(), kind);
        }
        NetworkPanelProbe attention = showLesson(robot, "attention", new LessonOptions(1).with("tokens", 3));
        assertEquals(9, attention.drawnSquares(0), "the token-to-token weights as a 3×3 heat map");
    }

    @Test
    void coloursFollowAnEdit(FxRobot robot) {
        NetworkPanelProbe probe = showLesson(robot, "mlp", new LessonOptions(1));
        Workbook book = window.document().workbook();
        Area w1 = WalkthroughWindowTest.area(book, "W_1");
        int edge = edgeOf(new CellAddress(w1.top(), w1.left()));
        robot.interact(() -> enterAt(w1, "5"));
        var positive = probe.edgeColor(edge);
        assertTrue(positive.getBlue() > positive.getRed(), "a large positive weight is blue: " + positive);
        robot.interact(() -> enterAt(w1, "-5"));
        var negative = probe.edgeColor(edge);
        assertTrue(negative.getRed() > negative.getBlue(), "a large negative weight is red: " + negative);
        Area a1 = WalkthroughWindowTest.area(book, "A_1");
        String before = probe.nodeText(nodeOf(new CellAddress(a1.top(), a1.left())));
        assertEquals(((org.aibyhand.engine.value.NumberValue) book.sheet(0).value(a1.top(), a1.left())).value(),
                Double.parseDouble(before), 0.005, "the neuron shows its cell's value");
    }

    @Test
    void selectionGoesBothWays(FxRobot robot) {
        NetworkPanelProbe probe = showLesson(robot, "mlp", new LessonOptions(1));
        Workbook book = window.document().workbook();
        Area w2 = WalkthroughWindowTest.area(book, "W_2");
        robot.interact(() -> {
            window.current().select(w2.top() + 1, w2.left() + 2);
            window.showSelection();
        });
        int edge = edgeOf(new CellAddress(w2.top() + 1, w2.left() + 2));
        assertEquals(java.util.Set.of(Part.edge(edge)), probe.selectedParts(), "the cell lights its edge");
        Area x = WalkthroughWindowTest.area(book, "X");
        int node = nodeOf(new CellAddress(x.top() + 2, x.left()));
        Point2D centre = probe.screenPointOfNode(node);
        robot.clickOn(centre);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new Area(x.top() + 2, x.left(), x.top() + 2, x.left()), window.current().selection(),
                "a click on the neuron selects its cell");
        assertTrue(probe.selectedParts().contains(Part.node(node)));
    }

    @Test
    void theCurrentStageLightsItsPartAndBackwardStagesCarryGradients(FxRobot robot) {
        NetworkPanelProbe probe = showLesson(robot, "mlp", new LessonOptions(1));
        Workbook book = window.document().workbook();
        Area w1 = WalkthroughWindowTest.area(book, "W_1");
        Area dw1 = WalkthroughWindowTest.area(book, "dW_1");
        robot.interact(() -> window.walkthrough().goTo(stage("Layer 1")));
        Area a1 = WalkthroughWindowTest.area(book, "A_1");
        assertTrue(probe.stagedParts().contains(Part.node(nodeOf(new CellAddress(a1.top(), a1.left())))), "Z₁ lights the hidden layer");
        assertFalse(probe.backward());
        robot.interact(() -> window.walkthrough().goTo(stage("dW₁")));
        assertTrue(probe.backward(), "a backward stage");
        int edge = edgeOf(new CellAddress(w1.top(), w1.left()));
        assertTrue(probe.stagedParts().contains(Part.edge(edge)));
        robot.interact(() -> enterAt(w1, "0"));
        var withGradient = probe.edgeColor(edge);
        assertNotEquals(javafx.scene.paint.Color.web("#D0D4DA"), withGradient, "a zero weight still shows its gradient");
        assertNotNull(book.sheet(0).value(dw1.top(), dw1.left()));
    }

    @Test
    void revealModeHidesInTheViewWhatItHidesInTheGrid(FxRobot robot) {
        NetworkPanelProbe probe = showLesson(robot, "mlp", new LessonOptions(1));
        Workbook book = window.document().workbook();
        Area a1 = WalkthroughWindowTest.area(book, "A_1");
        int node = nodeOf(new CellAddress(a1.top(), a1.left()));
        assertFalse(probe.nodeHidden(node));
        robot.interact(() -> {
            window.walkthrough().revealProperty().set(true);
            window.walkthrough().goTo(0);
        });
        assertTrue(probe.nodeHidden(node), "A₁ is not reached at the first stage");
        assertEquals("", probe.nodeText(node));
        assertEquals("A₁[1] (" + new CellAddress(a1.top(), a1.left()).toA1() + ")", probe.describeNode(node),
                "hovering names the neuron and its cell, not its hidden value");
        assertEquals("", shown(a1.top(), a1.left()), "and the grid hides it too");
        robot.interact(() -> window.walkthrough().goTo(stage("A₁")));
        assertFalse(probe.nodeHidden(node));
        assertTrue(probe.describeNode(node).contains(" = "), probe.describeNode(node));
    }

    @Test
    void revealModeHidesTheStepsNotReachedFromTheOverTimeChart(FxRobot robot) {
        robot.interact(() -> window.show(Document.of(Lessons.build("rnn", new LessonOptions(1).with("steps", 4)))));
        var chart = window.overTime().chart();
        assertEquals(4, chart.getData().get(0).getData().size());
        robot.interact(() -> {
            window.walkthrough().revealProperty().set(true);
            window.walkthrough().goTo(stage("t = 2"));
        });
        assertEquals(2, chart.getData().get(0).getData().size(), "h₁ and h₂ only");
        robot.interact(() -> window.walkthrough().revealProperty().set(false));
        assertEquals(4, chart.getData().get(0).getData().size());
    }

    @Test
    void aWorkbookWithoutALessonHasNoPictureAndSaysSo(FxRobot robot) {
        robot.interact(() -> window.show(Document.create(WelcomeWorkbook.create(), "Neuron")));
        assertFalse(window.network().panel().hasPicture());
        assertEquals(Texts.get("network.none"), window.network().panel().noteText());
    }

    @Test
    void itsOwnWindowFollowsTheSameEdits(FxRobot robot) {
        showLesson(robot, "mlp", new LessonOptions(1));
        robot.interact(() -> window.network().openWindow());
        NetworkPanelProbe own = new NetworkPanelProbe(window.network().ownWindow().panel());
        Workbook book = window.document().workbook();
        Area w1 = WalkthroughWindowTest.area(book, "W_1");
        int edge = edgeOf(new CellAddress(w1.top(), w1.left()));
        robot.interact(() -> enterAt(w1, "-5"));
        assertTrue(own.edgeColor(edge).getRed() > own.edgeColor(edge).getBlue());
        assertTrue(own.drawnNodes() > 0);
    }

    private int edgeOf(CellAddress weight) {
        NetworkPicture picture = window.network().picture();
        for (int e = 0; e < picture.edges().size(); e++) {
            NetworkEdge edge = picture.edges().get(e);
            if (edge.weighted() && edge.weight().value().equals(weight)) {
                return e;
            }
        }
        throw new AssertionError("no edge for " + weight);
    }

    private int nodeOf(CellAddress value) {
        NetworkPicture picture = window.network().picture();
        for (int n = 0; n < picture.nodes().size(); n++) {
            if (picture.nodes().get(n).value().equals(value)) {
                return n;
            }
        }
        throw new AssertionError("no neuron for " + value);
    }

    /** Types a number over the top-left cell of an area, as the grid does. */
    private void enterAt(Area area, String text) {
        window.edited(window.current(), window.document().enter(window.document().workbook().sheet(0), area.top(), area.left(), text));
    }
}
