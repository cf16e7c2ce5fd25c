package org.aibyhand.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.CheckBox;
import org.aibyhand.engine.book.Cell;
import org.aibyhand.engine.book.Sheet;
import org.aibyhand.engine.book.Stage;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.value.NumberValue;
import org.aibyhand.engine.value.TextValue;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.Lessons;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Export Exercise: the ticked stages come back blank with self-check cells saying NOT DONE; a student typing
 * the right answers into the app turns every one to CORRECT.
 */
class ExerciseWindowTest extends WindowTest {

    @Test
    void anExportedExerciseFilledInTheAppSaysCorrect(FxRobot robot, @TempDir Path folder) throws Exception {
        robot.interact(() -> window.show(Document.of(Lessons.build("mlp", new LessonOptions(2)))));
        Document lesson = window.document();
        Sheet original = lesson.workbook().sheet(0);
        var plan = window.walkthrough().plan();
        AtomicReference<Optional<ExerciseDialog.Choice>> answer = new AtomicReference<>();
        Platform.runLater(() -> answer.set(ExerciseDialog.ask(window, plan)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#exerciseOk").tryQuery()
                .map(ok -> ok.getScene().getWindow().isShowing()).orElse(false));
        robot.interact(() -> {
            robot.lookup("#exerciseStage2").queryAs(CheckBox.class).setSelected(true); // Layer 1: Z₁
            robot.lookup("#exerciseStage7").queryAs(CheckBox.class).setSelected(true); // Backward: dZ₂
        });
        robot.interact(() -> robot.lookup("#exerciseOk").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> answer.get() != null);
        ExerciseDialog.Choice choice = answer.get().orElseThrow();
        assertEquals(List.of(plan.stage(1), plan.stage(6)), choice.stages());

        List<double[]> blanks = new ArrayList<>(); // row, column, right answer
        for (Stage stage : choice.stages()) {
            for (Area area : stage.cells()) {
                for (int r = area.top(); r <= area.bottom(); r++) {
                    for (int c = area.left(); c <= area.right(); c++) {
                        blanks.add(new double[] {r, c, ((NumberValue) original.value(r, c)).value()});
                    }
                }
            }
        }
        Path exercise = folder.resolve("exercise.xlsx");
        var summary = ExerciseDialog.write(lesson, choice, exercise);
        assertEquals(blanks.size(), summary.blanked());
        assertTrue(Files.size(exercise) > 0);

        open(robot, exercise);
        Sheet sheet = window.document().workbook().sheet(0);
        for (double[] blank : blanks) {
            assertEquals("", shown((int) blank[0], (int) blank[1]), "the student's cell starts blank");
        }
        assertEquals(blanks.size(), count(sheet, "NOT DONE"));
        for (double[] blank : blanks) {
            String typed = Double.toString(blank[2]);
            robot.interact(() -> window.edited(window.current(),
                    window.document().enter(sheet, (int) blank[0], (int) blank[1], typed)));
        }
        assertEquals(blanks.size(), count(sheet, "CORRECT"), "every right answer is CORRECT");
        assertEquals(0, count(sheet, "NOT DONE"));
        double[] first = blanks.get(0);
        robot.interact(() -> window.edited(window.current(), window.document().enter(sheet, (int) first[0],
                (int) first[1], Double.toString(first[2] + 1))));
        assertEquals(1, count(sheet, "INCORRECT"), "a wrong answer is INCORRECT");
    }

    private static long count(Sheet sheet, String verdict) {
        long count = 0;
        for (Cell cell : sheet) {
            if (cell.value() instanceof TextValue text && text.text().equals(verdict)) {
                count++;
            }
        }
        return count;
    }
}
