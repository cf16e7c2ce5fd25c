package org.aibyhand.xlsx;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * A missing shared folder skips the tests that need it with a message that names the folder; under CI
 * (CI=true), which must provide it, they fail instead.
 */
class SharedWorkbooksTest {

    @Test
    void missingFolderSkipsLoudlyNamingThePath(@TempDir Path temp) {
        String before = System.getProperty("aibyhand.shared");
        Path nowhere = temp.resolve("no-such-shared-folder");
        System.setProperty("aibyhand.shared", nowhere.toString());
        try {
            boolean underCi = "true".equalsIgnoreCase(System.getenv("CI"));
            Class<? extends Throwable> expected = underCi ? AssertionFailedError.class : TestAbortedException.class;
            Throwable stopped = assertThrows(expected, SharedWorkbooks::all);
            assertTrue(stopped.getMessage().contains(nowhere.resolve("ai-by-hand-excel").toString()), stopped.getMessage());
            assertTrue(stopped.getMessage().contains("NOT FOUND"), stopped.getMessage());
        } finally {
            if (before == null) {
                System.clearProperty("aibyhand.shared");
            } else {
                System.setProperty("aibyhand.shared", before);
            }
        }
    }
}
