package org.aibyhand.xlsx;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.util.ZipArchiveFakeEntry;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * A zip package held in memory whose entries are unpacked only when read, and then as a stream: a worksheet of
 * 300 MB of XML is never held unpacked. Every read counts against one budget for the whole package and against
 * the entry's compression ratio, so a zip bomb stops with {@link UnpackLimitException} however it is read.
 */
final class InMemoryZip implements ZipEntrySource {
    /** Below this ratio of compressed to unpacked size an entry is taken for a bomb (POI's default too). */
    private static final double MIN_RATIO = 0.01;
    /** Entries may unpack this much before the ratio is checked, as small parts compress unevenly. */
    private static final long GRACE_BYTES = 1 << 20;

    /** Thrown when a package unpacks to more than it plausibly holds. */
    static final class UnpackLimitException extends IOException {
        UnpackLimitException(String message) {
            super(message);
        }
    }

    static {
        // POI reads each entry of a package opened from memory into one array and by default refuses entries over
        // 100 MB, but the sheet of a workbook of a few million cells is larger (300 MB for the Mamba lesson at
        // T = 4,096). The package's budget bounds what it may unpack, so an entry may take up to that.
        ZipArchiveFakeEntry.setMaxEntrySize((int) Math.min(PackageOpener.MAX_UNPACKED_BYTES, Integer.MAX_VALUE - 8));
        // POI also refuses packages of more than 1,000 entries, which a legal workbook of 1,000 sheets has.
        ZipSecureFile.setMaxFileCount(100_000);
    }

    private final ZipFile zip;
    private final long budget;
    private final AtomicLong unpacked = new AtomicLong();
    private boolean closed;

    InMemoryZip(byte[] bytes, long budget) throws IOException {
        this.zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get();
        this.budget = budget;
    }

    @Override
    public Enumeration<? extends ZipArchiveEntry> getEntries() {
        return zip.getEntries();
    }

    @Override
    public ZipArchiveEntry getEntry(String name) {
        return zip.getEntry(name);
    }

    @Override
    public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
        return new Counted(zip.getInputStream(entry), Math.max(entry.getCompressedSize(), 0));
    }

    /** The raw (still compressed) bytes of an entry, for copying it unchanged. */
    InputStream rawStream(ZipArchiveEntry entry) throws IOException {
        return zip.getRawInputStream(entry);
    }

    @Override
    public void close() throws IOException {
        closed = true;
        zip.close();
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    /** An entry's stream that counts what it unpacks. */
    private final class Counted extends FilterInputStream {
        private final long compressed;
        private long read;

        Counted(InputStream in, long compressed) {
            super(in);
            this.compressed = compressed;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws UnpackLimitException {
            read += n;
            if (unpacked.addAndGet(n) > budget) {
                throw new UnpackLimitException("the package unpacks to more than " + budget / (1024 * 1024) + " MB");
            }
            if (read > GRACE_BYTES && compressed < read * MIN_RATIO) {
                throw new UnpackLimitException("an entry unpacks to more than 100 times its packed size");
            }
        }
    }
}
