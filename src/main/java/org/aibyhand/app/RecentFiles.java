package org.aibyhand.app;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** The last files opened or saved, most recent first, kept in the user's preferences. */
final class RecentFiles {
    private static final int LIMIT = 8;
    private static final String KEY = "recent";
    private final Preferences preferences;

    RecentFiles(Preferences preferences) {
        this.preferences = preferences;
    }

    /** The app's own node; a system property can point tests elsewhere. */
    static RecentFiles forUser() {
        return new RecentFiles(appPreferences());
    }

    /** The app's preferences node (recent files, language); a system property can point tests elsewhere. */
    static Preferences appPreferences() {
        String node = System.getProperty("aibyhand.preferences", "org/aibyhand/ai-by-hand");
        return Preferences.userRoot().node(node);
    }

    List<Path> list() {
        List<Path> files = new ArrayList<>();
        for (String line : preferences.get(KEY, "").split("\n")) {
            if (!line.isBlank()) {
                files.add(Paths.get(line));
            }
        }
        return files;
    }

    void add(Path file) {
        List<Path> files = list();
        Path absolute = file.toAbsolutePath().normalize();
        files.remove(absolute);
        files.add(0, absolute);
        List<String> lines = new ArrayList<>();
        for (Path p : files.subList(0, Math.min(LIMIT, files.size()))) {
            lines.add(p.toString());
        }
        preferences.put(KEY, String.join("\n", lines));
    }
}
