package org.aibyhand.xlsx;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file all at once: the content goes to a temporary file in the same folder, is forced to disk,
 * and is then moved over the target. A crash or a failure while writing leaves the old file as it was.
 */
final class AtomicFiles {
    /** Writes the content to a stream; the stream is closed by the caller. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes the file; a failure is an IOException whose message names the cause in words (a missing folder,
     * a denied permission, a full disk), never the temporary file.
     */
    static void write(Path target, Content content) throws IOException {
        try {
            replace(target, content);
        } catch (NoSuchFileException e) {
            throw new IOException("the folder " + target.toAbsolutePath().getParent() + " does not exist", e);
        } catch (AccessDeniedException e) {
            throw new IOException("permission denied (on the file or its folder)", e);
        } catch (IOException e) {
            throw new IOException(describe(e), e);
        }
    }

    private static String describe(IOException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("No space left") || message.contains("Disk quota")) {
            return "the disk is full";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : message;
    }

    private static void replace(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        // a plain new file (not createTempFile, which is owner-only), so the saved workbook gets the usual
        // permissions, or the ones the file being replaced had
        Path temporary = folder.resolve("." + absolute.getFileName() + "." + ProcessHandle.current().pid() + "."
                + System.nanoTime() + ".tmp");
        Files.createFile(temporary);
        if (Files.exists(absolute)) {
            try {
                Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(absolute));
            } catch (UnsupportedOperationException notPosix) {
                // other file systems keep their own defaults
            }
        }
        boolean moved = false;
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
                content.writeTo(out);
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary);
            }
        }
    }
}
