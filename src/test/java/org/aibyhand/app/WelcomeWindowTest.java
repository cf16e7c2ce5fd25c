package org.aibyhand.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class WelcomeWindowTest extends WindowTest {

    @Test
    void opensTitledOnTheBuiltInWorkbook(FxRobot robot) throws Exception {
        Screenshots.save(robot, window.root(), "welcome");
        assertEquals("Neuron - AI by Hand", window.stage().getTitle());
        // z = 0.5*1 + (-0.2)*2 + 0.3*(-1) + 0.1 = -0.1, y = ReLU(z) = 0
        assertEquals("-0.1", shown(9, 1));
        assertEquals("0", shown(10, 1));
    }

    @Test
    void typingAWeightRecomputesItsDependentsAndUndoRestoresThem(FxRobot robot) {
        robot.interact(() -> {
            window.current().select(3, 1);
            window.current().view().requestFocus();
        });
        robot.write("2").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        // z = 2*1 - 0.4 - 0.3 + 0.1 = 1.4
        assertEquals("2", shown(3, 1));
        assertEquals("1.4", shown(9, 1));
        assertEquals("1.4", shown(10, 1));
        assertTrue(window.document().isModified());
        robot.interact(() -> window.current().view().requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("0.5", shown(3, 1));
        assertEquals("-0.1", shown(9, 1));
    }
}
