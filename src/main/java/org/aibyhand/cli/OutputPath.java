package org.aibyhand.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks a command's output path before any work starts: it must be a regular file (to be replaced) or a new
 * name in an existing, writable folder. A device, a directory or a link to one is refused, so that
 * {@code recalc IN /dev/null} cannot replace a device file with a workbook.
 */
final class OutputPath {
    private OutputPath() {
    }

    /** The reason the path cannot be written to, in a few words, or null when it can. */
    static String problem(Path target) {
        if (Files.exists(target) && !Files.isRegularFile(target)) { // follows links: a link to a device is a device
            return Files.isDirectory(target) ? "it is a folder, not a file" : "it is not a regular file";
        }
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return "the folder " + folder + " does not exist";
        }
        if (!Files.isWritable(folder) || Files.exists(target) && !Files.isWritable(target)) {
            return "permission denied (on the file or its folder)";
        }
        return null;
    }
}
