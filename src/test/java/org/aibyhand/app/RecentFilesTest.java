package org.aibyhand.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecentFilesTest {
    private final Preferences node = Preferences.userRoot().node("org/aibyhand/test-recent-" + ProcessHandle.current().pid());

    @AfterEach
    void removeNode() throws Exception {
        node.removeNode();
    }

    @Test
    void keepsTheLastEightMostRecentFirstWithoutRepeats() {
        RecentFiles recent = new RecentFiles(node);
        for (int i = 1; i <= 10; i++) {
            recent.add(Path.of("/tmp/book" + i + ".xlsx"));
        }
        recent.add(Path.of("/tmp/book5.xlsx"));
        List<Path> files = recent.list();
        assertEquals(8, files.size());
        assertEquals(Path.of("/tmp/book5.xlsx"), files.get(0));
        assertEquals(Path.of("/tmp/book10.xlsx"), files.get(1));
        assertEquals(1, files.stream().filter(p -> p.endsWith("book5.xlsx")).count());
    }
}
