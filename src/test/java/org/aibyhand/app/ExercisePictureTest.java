package org.aibyhand.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.aibyhand.engine.ref.Area;
import org.aibyhand.engine.walkthrough.Exercise;
import org.aibyhand.engine.walkthrough.ExerciseSummary;
import org.aibyhand.lesson.Lesson;
import org.aibyhand.lesson.LessonOptions;
import org.aibyhand.lesson.Lessons;
import org.aibyhand.xlsx.XlsxWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** A picture of an exported exercise as a student opens it: blanks, quiet cells downstream, the self-check table. */
class ExercisePictureTest extends WindowTest {
    @TempDir
    Path temp;

    @Test
    void anExportedMlpExerciseAsAStudentSeesIt(FxRobot robot) throws Exception {
        Lesson lesson = Lessons.build("mlp", new LessonOptions(1));
        List<org.aibyhand.engine.book.Stage> stages = List.of(lesson.plan().get(1), lesson.plan().get(6));
        ExerciseSummary summary = Exercise.apply(lesson.workbook(), stages, 1e-6);
        Path file = temp.resolve("mlp exercise.xlsx");
        XlsxWriter.write(lesson.workbook(), null, file);
        open(robot, file);
        String table = summary.checkTables().get(0);
        Area area = Area.parse(table.substring(table.indexOf('!') + 1));
        robot.interact(() -> {
            window.current().reveal(area.top(), area.right() + 1);
            window.current().select(area.top() + 2, area.left() + 1);
        });
        Path picture = Screenshots.save(robot, window.root(), "exercise-self-check");
        assertTrue(Files.size(picture) > 10_000, "an empty picture: " + picture);
    }
}
