package org.aibyhand.xlsx;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/** A missing shared folder skips the tests that need it with a message that names the folder. */
class SharedWorkbooksTest {

    @Test
    void missingFolderSkipsLoudlyNamingThePath(@TempDir Path temp) {
        String before = System.getProperty("aibyhand.shared");
        Path nowhere = temp.resolve("no-such-shared-folder");
        System.setProperty("aibyhand.shared", nowhere.toString());
        try {
            TestAbortedException skipped = assertThrows(TestAbortedException.class, SharedWorkbooks::all);
            assertTrue(skipped.getMessage().contains(nowhere.resolve("ai-by-hand-excel").toString()), skipped.getMessage());
            assertTrue(skipped.getMessage().contains("NOT FOUND"), skipped.getMessage());
        } finally {
            if (before == null) {
                System.clearProperty("aibyhand.shared");
            } else {
                System.setProperty("aibyhand.shared", before);
            }
        }
    }
}
