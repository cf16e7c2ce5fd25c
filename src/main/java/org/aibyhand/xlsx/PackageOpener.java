package org.aibyhand.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipArchiveFakeEntry;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Turns the bytes of a file into an open package, or into a {@link WorkbookFormatException} that says in one
 * sentence what the file is instead. The checks run from cheapest to dearest so that a wrong file is
 * recognised before anything large is unpacked.
 */
final class PackageOpener {
    /** Larger files are refused before they are read into memory. */
    static final long MAX_FILE_BYTES = 512L * 1024 * 1024;
    /**
     * The most a package may unpack to in all. POI's ZipSecureFile limits catch a high compression ratio per
     * entry, but many entries of a merely "good" ratio could still fill memory, which POI would not stop.
     */
    static final long MAX_UNPACKED_BYTES = 2L * 1024 * 1024 * 1024;
    private static final int ZIP_END_RECORD = 0x06054b50;
    /** The end-of-directory record is 22 bytes plus a comment of at most 65,535 bytes. */
    private static final int ZIP_END_SEARCH = 22 + 65_535;

    static {
        // POI reads each entry of a package opened from memory into one array and by default refuses entries over
        // 100 MB, but the sheet of a workbook of a few million cells is larger (300 MB for the Mamba lesson at
        // T = 4,096). MAX_UNPACKED_BYTES bounds what a package may unpack to, so an entry may take up to that.
        ZipArchiveFakeEntry.setMaxEntrySize((int) Math.min(MAX_UNPACKED_BYTES, Integer.MAX_VALUE - 8));
    }

    private PackageOpener() {
    }

    /** Reads the whole file so that nothing keeps it open or locked afterwards. */
    static byte[] readFile(Path path) throws IOException, WorkbookFormatException {
        long size = Files.size(path);
        if (size > MAX_FILE_BYTES) {
            throw new WorkbookFormatException("The file is too large to open (" + size / (1024 * 1024)
                    + " MB; the limit is " + MAX_FILE_BYTES / (1024 * 1024) + " MB).");
        }
        return Files.readAllBytes(path);
    }

    /** Opens the package held by {@code bytes}; the caller must {@code revert()} it when done. */
    static OPCPackage open(byte[] bytes) throws WorkbookFormatException {
        FileMagic magic = FileMagic.valueOf(bytes);
        if (magic == FileMagic.OLE2) {
            throw new WorkbookFormatException(describeOle2(bytes));
        }
        if (magic == FileMagic.BIFF2 || magic == FileMagic.BIFF3 || magic == FileMagic.BIFF4) {
            throw oldExcel();
        }
        if (magic != FileMagic.OOXML) {
            throw new WorkbookFormatException(bytes.length == 0 ? "The file is empty."
                    : "The file is not an Excel workbook (.xlsx): it is not a zip package.");
        }
        if (!hasZipDirectory(bytes)) {
            throw new WorkbookFormatException("The file is truncated or damaged: the end of its zip directory is missing.");
        }
        checkUnpackedSize(bytes);
        OPCPackage pkg;
        try {
            // From memory, not from the file: the file stays unlocked. POI's ZipSecureFile limits (inflate ratio,
            // entry size, file count) apply to this path too; the reader's tests prove it with a zip bomb.
            pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            throw describeZipProblem(e);
        }
        PackagePart main = Ooxml.workbookPart(pkg);
        if (main == null || !Ooxml.WORKBOOK_TYPES.contains(main.getContentType())) {
            pkg.revert();
            throw new WorkbookFormatException(main == null
                    ? "The file is a zip archive but not an Office document."
                    : "The file is an Office document but not an Excel workbook.");
        }
        return pkg;
    }

    private static WorkbookFormatException oldExcel() {
        return new WorkbookFormatException("The file is in the old Excel 97-2003 format (.xls); "
                + "save it as an Excel workbook (.xlsx) and open that.");
    }

    /** OLE2 holds old .xls workbooks and, since Office 2007, password-protected .xlsx packages. */
    private static String describeOle2(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                return "The workbook is protected with a password; remove the password in Excel and open it again.";
            }
            if (root.hasEntry("Workbook") || root.hasEntry("WORKBOOK") || root.hasEntry("Book")) {
                return oldExcel().getMessage();
            }
            return "The file is an old-style Office document, not an Excel workbook (.xlsx).";
        } catch (IOException | RuntimeException e) {
            return "The file is damaged: it looks like an old-style Office document but cannot be read.";
        }
    }

    /** True when the zip's end-of-directory record is present, which a truncated download lacks. */
    private static boolean hasZipDirectory(byte[] bytes) {
        int stop = Math.max(0, bytes.length - ZIP_END_SEARCH);
        for (int i = bytes.length - 22; i >= stop; i--) {
            int signature = (bytes[i] & 0xff) | (bytes[i + 1] & 0xff) << 8 | (bytes[i + 2] & 0xff) << 16
                    | (bytes[i + 3] & 0xff) << 24;
            if (signature == ZIP_END_RECORD) {
                return true;
            }
        }
        return false;
    }

    /** Inflates every entry once, counting (not keeping) the bytes, and stops as soon as the budget is spent. */
    private static void checkUnpackedSize(byte[] bytes) throws WorkbookFormatException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            while (zip.getNextEntry() != null) {
                for (int n; (n = zip.read(buffer)) > 0; ) {
                    total += n;
                    if (total > MAX_UNPACKED_BYTES) {
                        throw bomb(null);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new WorkbookFormatException("The file is damaged: its zip package cannot be unpacked.", e);
        }
    }

    private static WorkbookFormatException bomb(Throwable cause) {
        return new WorkbookFormatException("The file unpacks to far more data than a workbook of its size can "
                + "hold (it may be a zip bomb), so it was not opened.", cause);
    }

    private static WorkbookFormatException describeZipProblem(Throwable e) {
        String text = String.valueOf(e.getMessage()) + " " + (e.getCause() == null ? "" : e.getCause().getMessage());
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("zip bomb") || lower.contains("inflate ratio") || lower.contains("max entry size")
                || lower.contains("maxentrysize") || lower.contains("max file count")) {
            return bomb(e);
        }
        return new WorkbookFormatException("The file is damaged or is not an Excel workbook: its zip package cannot be read.", e);
    }
}
