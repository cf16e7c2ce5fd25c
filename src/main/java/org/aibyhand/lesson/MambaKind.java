package org.aibyhand.lesson;

import java.util.List;

/** The {@link MambaLesson} as a plug-in: the selective scan, forward. */
public final class MambaKind implements LessonKind {
    static final String ZERO_ORDER_HOLD = "zoh";
    static final String PARALLEL = "parallel";
    static final String BLOCK = "block";
    private static final List<LessonOption> OPTIONS = List.of(
            LessonOption.size("channels", "channels D", 2, 1, 1_000),
            LessonOption.size("state", "states N", 2, 1, 1_000),
            LessonOption.size("steps", "time steps T", 3, 1, 100_000),
            LessonOption.flag(ZERO_ORDER_HOLD, "zero-order hold B̄ (compare with Euler)"),
            LessonOption.flag(PARALLEL, "parallel: the scan as a prefix scan in log₂T levels"),
            LessonOption.flag(BLOCK, "the Mamba block around the scan: in_proj, SiLU gate"));

    @Override
    public String kind() {
        return MambaLesson.KIND;
    }

    @Override
    public String title() {
        return "Mamba selective scan";
    }

    @Override
    public List<LessonOption> options() {
        return OPTIONS;
    }

    @Override
    public Lesson build(LessonOptions options) {
        return MambaLesson.build(options);
    }
}
