package org.aibyhand.xlsx;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A package part written once, straight into its compressed form, with what a zip entry needs to hold it as is:
 * the part's XML is never held uncompressed (300 MB for the largest lesson, about a tenth of that compressed).
 *
 * @param deflated the raw deflate stream, as a zip entry stores it
 * @param crc the CRC-32 of the uncompressed bytes
 * @param size the number of uncompressed bytes
 */
record DeflatedPart(byte[] deflated, long crc, long size) {
    /** Fast compression: the parts this writes are large and regular, and time matters more than bytes here. */
    private static final int LEVEL = Deflater.BEST_SPEED;

    /** Writes XML text into a part. */
    interface Content {
        void writeTo(Writer out) throws Exception;
    }

    static DeflatedPart write(Content content) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        Deflater deflater = new Deflater(LEVEL, true);
        CRC32 crc = new CRC32();
        try {
            DeflaterOutputStream deflating = new DeflaterOutputStream(bytes, deflater, 1 << 16);
            // the XML is made on this thread and packed on another
            try (Writer out = new BufferedWriter(new OutputStreamWriter(BackgroundStreams.writeBehind(
                    new CheckedOutputStream(deflating, crc)), StandardCharsets.UTF_8), 1 << 16)) {
                content.writeTo(out);
            }
            return new DeflatedPart(bytes.toByteArray(), crc.getValue(), deflater.getBytesRead());
        } finally {
            deflater.end();
        }
    }
}
