package org.aibyhand.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Moves the compression of a large part to a second thread: unpacking while the XML is read, packing while it
 * is written. On a machine with two cores that takes a second or two off loading and saving the largest
 * lessons; the order of the bytes is kept, and a failure on the other thread is rethrown on the caller's.
 */
final class BackgroundStreams {
    private static final int CHUNK = 1 << 16;
    /** Chunks in flight: enough to keep both threads busy, little enough to bound the memory. */
    private static final int DEPTH = 16;
    private static final byte[] END = new byte[0];

    private BackgroundStreams() {
    }

    /** An input stream whose bytes another thread reads ahead from {@code in}; closing it closes {@code in}. */
    static InputStream readAhead(InputStream in) {
        BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(DEPTH);
        Throwable[] failure = new Throwable[1];
        Thread reader = new Thread(() -> {
            try {
                byte[] buffer = new byte[CHUNK];
                for (int n; (n = in.readNBytes(buffer, 0, CHUNK)) > 0; ) {
                    chunks.put(Arrays.copyOf(buffer, n));
                }
            } catch (Throwable e) {
                failure[0] = e;
            } finally {
                try {
                    chunks.put(END);
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "xlsx-read-ahead");
        reader.setDaemon(true);
        reader.start();
        return new InputStream() {
            private byte[] chunk = new byte[0];
            private int position;
            private boolean ended;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] target, int offset, int length) throws IOException {
                while (position == chunk.length) {
                    if (ended) {
                        return -1;
                    }
                    chunk = take(chunks);
                    position = 0;
                    if (chunk == END) {
                        ended = true;
                        rethrow(failure[0]);
                        return -1;
                    }
                }
                int n = Math.min(length, chunk.length - position);
                System.arraycopy(chunk, position, target, offset, n);
                position += n;
                return n;
            }

            @Override
            public void close() throws IOException {
                reader.interrupt();
                in.close();
            }
        };
    }

    /** An output stream whose bytes another thread writes to {@code out}; closing it waits for that and closes {@code out}. */
    static OutputStream writeBehind(OutputStream out) {
        BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(DEPTH);
        Throwable[] failure = new Throwable[1];
        Thread writer = new Thread(() -> {
            try {
                for (byte[] chunk = chunks.take(); chunk != END; chunk = chunks.take()) {
                    if (failure[0] == null) {
                        out.write(chunk);
                    }
                }
                out.close();
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "xlsx-write-behind");
        writer.setDaemon(true);
        writer.start();
        return new OutputStream() {
            private final byte[] buffer = new byte[CHUNK];
            private int size;

            @Override
            public void write(int b) throws IOException {
                if (size == CHUNK) {
                    flushChunk();
                }
                buffer[size++] = (byte) b;
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                while (length > 0) {
                    if (size == CHUNK) {
                        flushChunk();
                    }
                    int n = Math.min(length, CHUNK - size);
                    System.arraycopy(bytes, offset, buffer, size, n);
                    size += n;
                    offset += n;
                    length -= n;
                }
            }

            private void flushChunk() throws IOException {
                rethrow(failure[0]);
                put(chunks, Arrays.copyOf(buffer, size));
                size = 0;
            }

            @Override
            public void close() throws IOException {
                if (size > 0) {
                    flushChunk();
                }
                put(chunks, END);
                try {
                    writer.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted while saving");
                }
                rethrow(failure[0]);
            }
        };
    }

    private static byte[] take(BlockingQueue<byte[]> chunks) throws IOException {
        try {
            return chunks.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while loading");
        }
    }

    private static void put(BlockingQueue<byte[]> chunks, byte[] chunk) throws IOException {
        try {
            chunks.put(chunk);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while saving");
        }
    }

    private static void rethrow(Throwable failure) throws IOException {
        if (failure instanceof IOException io) {
            throw new IOException(io.getMessage(), io);
        } else if (failure instanceof Error error) {
            throw error;
        } else if (failure != null) {
            throw new IOException(failure.toString(), failure);
        }
    }
}
