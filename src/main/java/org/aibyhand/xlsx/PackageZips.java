package org.aibyhand.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Zip surgery for saving: a package without its worksheets (small, so POI may open it whole), and the final
 * package put together from POI's save of it and the worksheets written apart. Entries are copied in their
 * compressed form, never unpacked and packed again.
 */
final class PackageZips {
    private PackageZips() {
    }

    /** A copy of {@code source} in which each entry named in {@code emptied} holds nothing. */
    static byte[] without(InMemoryZip source, Set<String> emptied) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
            for (ZipArchiveEntry entry : Collections.list(source.getEntries())) {
                if (emptied.contains(entry.getName())) {
                    add(zip, entry.getName(), new DeflatedPart(new byte[] {3, 0}, new CRC32().getValue(), 0));
                } else {
                    try (InputStream raw = source.rawStream(entry)) {
                        zip.addRawArchiveEntry(copyOf(entry), raw);
                    }
                }
            }
        }
        return bytes.toByteArray();
    }

    /** Writes the package {@code saved} with the entries named in {@code parts} replaced by those parts. */
    static void assemble(byte[] saved, Map<String, DeflatedPart> parts, OutputStream out) throws IOException {
        try (ZipFile source = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(saved)).get()) {
            ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out);
            for (ZipArchiveEntry entry : Collections.list(source.getEntries())) {
                DeflatedPart part = parts.get(entry.getName());
                if (part != null) {
                    add(zip, entry.getName(), part);
                } else {
                    try (InputStream raw = source.getRawInputStream(entry)) {
                        zip.addRawArchiveEntry(copyOf(entry), raw);
                    }
                }
            }
            zip.finish();
        }
    }

    /** The entry name a part name ({@code /xl/worksheets/sheet1.xml}) is stored under. */
    static String entryName(String partName) {
        return partName.startsWith("/") ? partName.substring(1) : partName;
    }

    private static void add(ZipArchiveOutputStream zip, String name, DeflatedPart part) throws IOException {
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setMethod(ZipEntry.DEFLATED);
        entry.setCrc(part.crc());
        entry.setSize(part.size());
        entry.setCompressedSize(part.deflated().length);
        zip.addRawArchiveEntry(entry, new ByteArrayInputStream(part.deflated()));
    }

    private static ZipArchiveEntry copyOf(ZipArchiveEntry entry) {
        ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
        copy.setMethod(entry.getMethod());
        copy.setCrc(entry.getCrc());
        copy.setSize(entry.getSize());
        copy.setCompressedSize(entry.getCompressedSize());
        copy.setTime(entry.getTime());
        return copy;
    }
}
