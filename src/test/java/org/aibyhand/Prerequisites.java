package org.aibyhand;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Tests that need something outside the project (LibreOffice, the shared workbooks) call this. Where it is
 * missing they are skipped with a loud message on a developer's machine, and fail under CI (environment
 * variable CI=true), which must provide everything so that nothing is skipped there.
 */
public final class Prerequisites {
    private Prerequisites() {
    }

    public static void require(boolean present, String whatIsMissing) {
        if (present) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("MISSING UNDER CI: " + whatIsMissing);
        }
        System.err.println("SKIPPED: " + whatIsMissing);
        assumeTrue(false, "SKIPPED: " + whatIsMissing);
    }
}
