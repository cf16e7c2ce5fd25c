package org.aibyhand.xlsx;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Builds test packages by copying a real one with one entry replaced. */
final class Zips {
    private Zips() {
    }

    static void replaceEntry(Path in, Path out, String name, String content) throws Exception {
        try (ZipFile source = new ZipFile(in.toFile()); ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry entry : Collections.list(source.entries())) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(name)) {
                    zip.write(content.getBytes(StandardCharsets.UTF_8));
                } else {
                    source.getInputStream(entry).transferTo(zip);
                }
                zip.closeEntry();
            }
        }
    }
}
