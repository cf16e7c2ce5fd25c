package org.aibyhand.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.openxml4j.opc.OPCPackage;
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
        OPCPackage pkg;
        try {
            // From memory, not from the file, so the file stays unlocked; each part is unpacked only when read,
            // as a stream, and every read counts against the package's budget (InMemoryZip).
            InMemoryZip zip = new InMemoryZip(bytes, MAX_UNPACKED_BYTES);
            checkDeclaredSizes(zip);
            pkg = OPCPackage.open(zip);
        } catch (WorkbookFormatException e) {
            throw e;
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

    /**
     * Refuses a package whose directory announces more than the budget, or an entry packed more than a hundred
     * times tighter than XML ever packs, before anything is unpacked. Sizes a package lies about are caught
     * while reading instead ({@link InMemoryZip}).
     */
    private static void checkDeclaredSizes(InMemoryZip zip) throws WorkbookFormatException {
        long total = 0;
        for (var entries = zip.getEntries(); entries.hasMoreElements(); ) {
            var entry = entries.nextElement();
            long size = Math.max(entry.getSize(), 0);
            total += size;
            if (total > MAX_UNPACKED_BYTES || size > (1 << 20) && entry.getCompressedSize() < size / 100) {
                throw bomb(null);
            }
        }
    }

    /** True when {@code e} or one of its causes is a package unpacking past its limits. */
    static boolean isBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InMemoryZip.UnpackLimitException) {
                return true;
            }
        }
        return false;
    }

    static WorkbookFormatException bomb(Throwable cause) {
        return new WorkbookFormatException("The file unpacks to far more data than a workbook of its size can "
                + "hold (it may be a zip bomb), so it was not opened.", cause);
    }

    private static WorkbookFormatException describeZipProblem(Throwable e) {
        String text = String.valueOf(e.getMessage()) + " " + (e.getCause() == null ? "" : e.getCause().getMessage());
        String lower = text.toLowerCase(Locale.ROOT);
        if (isBomb(e) || lower.contains("zip bomb") || lower.contains("inflate ratio") || lower.contains("max entry size")
                || lower.contains("maxentrysize") || lower.contains("max file count")) {
            return bomb(e);
        }
        return new WorkbookFormatException("The file is damaged or is not an Excel workbook: its zip package cannot be read.", e);
    }
}
