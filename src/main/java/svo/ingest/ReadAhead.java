package svo.ingest;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Parses CSV rows on a second thread while the importing thread validates and appends them, so the two
 * halves of an import use both cores. Rows come back in file order with their line numbers; a parse error
 * (an unclosed quote) is rethrown on the importing thread at the row where it happened.
 */
final class ReadAhead implements AutoCloseable {
    private static final int CHUNK = 4096;
    private static final Chunk END = new Chunk(new String[0][], new long[0], 0, -1, null);

    private record Chunk(String[][] rows, long[] lines, int size, long bytesRead, RuntimeException error) {}

    private final BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(8);
    private final Thread thread;
    private volatile boolean closed;
    private Chunk current;
    private int index;
    private long line;
    private long bytesRead;

    /** Starts reading the rows after the header (which the caller has already read). */
    ReadAhead(CsvReader csv, String name) {
        thread = new Thread(() -> produce(csv), "svo-read-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    private void produce(CsvReader csv) {
        try {
            while (!closed) {
                String[][] rows = new String[CHUNK][];
                long[] lines = new long[CHUNK];
                int n = 0;
                String[] r;
                while (n < CHUNK && (r = csv.next()) != null) {
                    rows[n] = r;
                    lines[n++] = csv.line();
                }
                if (n > 0 && !put(new Chunk(rows, lines, n, csv.bytesRead(), null))) return;
                if (n < CHUNK) {
                    put(END);
                    return;
                }
            }
        } catch (RuntimeException e) {
            put(new Chunk(null, null, 0, 0, e));
        }
    }

    private boolean put(Chunk c) {
        try {
            while (!queue.offer(c, 100, TimeUnit.MILLISECONDS)) {
                if (closed) return false;
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The next row, or null at the end of the file. */
    String[] next() {
        if (current == null || index == current.size()) {
            if (current == END) return null;
            try {
                current = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading", e);
            }
            index = 0;
            if (current.error() != null) throw current.error();
            if (current == END) return null;
            bytesRead = current.bytesRead();
        }
        line = current.lines()[index];
        return current.rows()[index++];
    }

    /** The line the last row starts on. */
    long line() {
        return line;
    }

    /** Bytes of the file parsed so far. */
    long bytesRead() {
        return bytesRead;
    }

    @Override
    public void close() {
        closed = true;
        queue.clear();
        thread.interrupt();
    }
}
