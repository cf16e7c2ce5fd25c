package org.aibyhand.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.chart.LineChart;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Walkthrough > Compare Models...: measuring in the background fills the three log-log charts and the table
 * (pictured as compare.png, in screenshots/ with {@code -Dscreenshots.dir=screenshots}).
 */
class CompareWindowTest extends WindowTest {

    @Test
    @SuppressWarnings("unchecked")
    void measuringFillsTheChartsAndTheTable(FxRobot robot) throws Exception {
        CompareWindow[] compare = new CompareWindow[1];
        robot.interact(() -> {
            compare[0] = new CompareWindow(window.stage());
            compare[0].show();
            ((ChoiceBox<Integer>) compare[0].root().lookup("#compareUpTo")).setValue(64);
        });
        robot.interact(() -> ((javafx.scene.control.Button) compare[0].root().lookup("#compareRun")).fire());
        TextArea table = (TextArea) compare[0].root().lookup("#compareTable");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> table.getText().contains("growth exponents"));
        WaitForAsyncUtils.waitForFxEvents();
        for (String model : new String[] {"RNN", "LSTM", "GRU", "Attention", "Mamba", "Mamba parallel"}) {
            assertTrue(table.getText().contains(model + " "), model + " in the table");
        }
        var charts = compare[0].root().lookupAll(".chart");
        assertEquals(3, charts.size(), "cells, depth and time");
        for (var node : charts) {
            LineChart<Number, Number> chart = (LineChart<Number, Number>) node;
            assertEquals(6, chart.getData().size(), "a line per model");
            assertEquals(4, chart.getData().get(0).getData().size(), "T = 8, 16, 32, 64");
            assertEquals(Math.log10(8), chart.getData().get(0).getData().get(0).getXValue().doubleValue(), 1e-12);
        }
        Screenshots.save(robot, compare[0].root(), "compare");
    }
}
