package svo.ingest;

import svo.BadInputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV: commas, double-quoted fields that may hold commas, quotes ({@code ""}) and line
 * breaks, CRLF / LF / CR line endings, a UTF-8 byte-order mark, blank lines (skipped). Each row knows the
 * physical line it starts on, so every error can name its line. An unterminated quote is an error naming
 * the line where the field opened, never a guess.
 *
 * <pre>
 * try (CsvReader csv = CsvReader.open(SourceFile.inspect(path))) {
 *     String[] header = csv.next();
 *     for (String[] row; (row = csv.next()) != null; ) { long line = csv.line(); … }
 * }
 * </pre>
 */
public final class CsvReader implements AutoCloseable {
    private static final int BUFFER = 1 << 16;

    private final Reader reader;
    private final String sourceName;
    private final CountingInputStream counter;
    private final char[] buf = new char[BUFFER];
    private int pos;
    private int limit;
    private boolean eof;
    private long physicalLine = 1;
    private long rowLine;
    private final StringBuilder field = new StringBuilder(64);
    private final List<String> fields = new ArrayList<>(32);

    private CsvReader(InputStream in, java.nio.charset.Charset charset, String sourceName, boolean skipBom) {
        this.counter = new CountingInputStream(in);
        this.reader = new InputStreamReader(counter, charset);
        this.sourceName = sourceName;
        if (skipBom) {
            fill();
            if (limit > 0 && buf[0] == '\uFEFF') pos = 1;
        }
    }

    /** Opens an inspected file in its encoding. */
    public static CsvReader open(SourceFile file) {
        try {
            return new CsvReader(Files.newInputStream(file.path()), file.charset(), file.name(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads CSV text from a string (tests, small inline files). */
    public static CsvReader of(String text, String sourceName) {
        return new CsvReader(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                java.nio.charset.StandardCharsets.UTF_8, sourceName, true);
    }

    /** The next row's fields, or null at the end. Blank lines are skipped. */
    public String[] next() {
        while (true) {
            if (!ensure()) return null;
            rowLine = physicalLine;
            char c = buf[pos];
            if (c == '\n' || c == '\r') {
                consumeLineEnd();
                continue;
            }
            fields.clear();
            readRow();
            // A row of one empty field is a blank line written with spaces? No: only truly empty lines are skipped.
            return fields.toArray(new String[0]);
        }
    }

    /** The line the last row returned by {@link #next()} starts on (the header is line 1). */
    public long line() {
        return rowLine;
    }

    /** Bytes consumed from the file so far (for progress). */
    public long bytesRead() {
        return counter.count;
    }

    private void readRow() {
        while (true) {
            boolean endOfRow = readField();
            if (endOfRow) return;
        }
    }

    /** Reads one field into {@link #fields}; returns true when the row ended after it. */
    private boolean readField() {
        field.setLength(0);
        if (!ensure()) {
            fields.add("");
            return true;
        }
        if (buf[pos] == '"') {
            long opened = physicalLine;
            pos++;
            while (true) {
                if (!ensure()) {
                    throw new BadInputException(sourceName, opened, null, null, null,
                            "A quoted field opened on this line is never closed: add the missing closing quote (\").");
                }
                char c = buf[pos++];
                if (c == '"') {
                    if (!ensure()) break;
                    if (buf[pos] == '"') {
                        field.append('"');
                        pos++;
                        continue;
                    }
                    break;
                }
                if (c == '\n') physicalLine++;
                else if (c == '\r') {
                    if (ensure() && buf[pos] == '\n') {
                        field.append('\r');
                        c = buf[pos++];
                    }
                    physicalLine++;
                }
                field.append(c);
            }
            // After a closing quote: a comma, a line end, or the end of the file. Anything else is malformed.
            String value = field.toString();
            if (!ensure()) {
                fields.add(value);
                return true;
            }
            char c = buf[pos];
            if (c == ',') {
                pos++;
                fields.add(value);
                return false;
            }
            if (c == '\n' || c == '\r') {
                consumeLineEnd();
                fields.add(value);
                return true;
            }
            throw new BadInputException(sourceName, physicalLine, "field " + (fields.size() + 1), null, null,
                    "Text follows a closing quote (\"…\"x): put the whole field in quotes and double any quote inside it.");
        }
        while (true) {
            int start = pos;
            while (pos < limit) {
                char c = buf[pos];
                if (c == ',' || c == '\n' || c == '\r') break;
                pos++;
            }
            field.append(buf, start, pos - start);
            if (pos < limit) {
                char c = buf[pos];
                fields.add(field.toString());
                if (c == ',') {
                    pos++;
                    return false;
                }
                consumeLineEnd();
                return true;
            }
            if (!ensure()) {
                fields.add(field.toString());
                return true;
            }
        }
    }

    private void consumeLineEnd() {
        char c = buf[pos++];
        if (c == '\r' && ensure() && buf[pos] == '\n') pos++;
        physicalLine++;
    }

    private boolean ensure() {
        if (pos < limit) return true;
        if (eof) return false;
        fill();
        return pos < limit;
    }

    private void fill() {
        try {
            int n = reader.read(buf, 0, BUFFER);
            pos = 0;
            if (n <= 0) {
                limit = 0;
                eof = true;
            } else {
                limit = n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException ignored) {
            // nothing to do
        }
    }

    private static final class CountingInputStream extends java.io.FilterInputStream {
        long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) count += n;
            return n;
        }
    }
}
