package org.aibyhand.app;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.api.FxToolkit;
import org.junit.jupiter.api.BeforeEach;
import org.testfx.util.WaitForAsyncUtils;

/** A headless main window on the built-in workbook, and the steps window tests share. */
@ExtendWith(ApplicationExtension.class)
abstract class WindowTest {
    MainWindow window;

    /** A fresh window on the primary stage before each test (TestFX looks for @Start only in the test class). */
    @BeforeEach
    void showWindow() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            window = new MainWindow(stage, Document.create(WelcomeWorkbook.create(), "Neuron"));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens a file the way File > Open does (in the background) and waits until it is shown. */
    void open(FxRobot robot, Path file) throws Exception {
        Document before = window.document();
        robot.interact(() -> window.files().openFile(file));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> window.document() != before);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The text a cell of the selected sheet shows. */
    String shown(int row, int column) {
        return EditActions.shown(window.current().gridCell(row, column).getItem());
    }
}
