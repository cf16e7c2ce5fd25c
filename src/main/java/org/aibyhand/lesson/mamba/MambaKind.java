package org.aibyhand.lesson.mamba;

import java.util.List;
import org.aibyhand.lesson.DefinedLesson;
import org.aibyhand.lesson.LessonKind;
import org.aibyhand.lesson.LessonOption;

/** The {@link MambaLesson} as a plug-in: the selective scan, forward, optionally parallel and inside its block. */
public final class MambaKind {
    static final String ZERO_ORDER_HOLD = "zoh";
    static final String PARALLEL = "parallel";
    static final String BLOCK = "block";
    public static final LessonKind LESSON = new DefinedLesson(MambaLesson.KIND, "Mamba selective scan", List.of(
            LessonOption.size("channels", "channels D", 2, 1, 1_000),
            LessonOption.size("state", "states N", 2, 1, 1_000),
            LessonOption.size("steps", "time steps T", 3, 1, 100_000),
            LessonOption.flag(ZERO_ORDER_HOLD, "zero-order hold B̄ (compare with Euler)"),
            LessonOption.flag(PARALLEL, "parallel: the scan as a prefix scan in log₂T levels"),
            LessonOption.flag(BLOCK, "the Mamba block around the scan: in_proj, SiLU gate")), MambaLesson::build);

    private MambaKind() {
    }
}
