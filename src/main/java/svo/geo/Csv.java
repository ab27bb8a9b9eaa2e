package svo.geo;

import svo.BadInputException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small RFC 4180 reader for the reference CSV files (GIAS, Census, IoD): UTF-8 with or without BOM, else
 * Windows-1252 (the official GIAS extract); quoted fields with commas, quotes and line breaks; CRLF or LF.
 * Each row knows the physical line it starts on (header = line 1), for error messages.
 *
 * <p>Kept inside {@code svo.geo} until the general CSV reading of {@code svo.ingest} is on main.
 */
final class Csv {
    /** One data row: the line it starts on and its fields. */
    record Row(long line, String[] fields) {}

    final String name;
    final String encoding;
    final List<String> header;
    private final Map<String, Integer> index = new HashMap<>();
    private final String text;
    private int pos;
    private long line = 1;

    private Csv(String name, String encoding, String text) {
        this.name = name;
        this.encoding = encoding;
        this.text = text;
        String[] h = next();
        if (h == null) throw new BadInputException(name + ": the file is empty (expected a header line).");
        List<String> cols = new ArrayList<>();
        for (String s : h) cols.add(s.strip());
        this.header = List.copyOf(cols);
        for (int i = 0; i < cols.size(); i++) index.putIfAbsent(cols.get(i).toLowerCase(Locale.ROOT), i);
    }

    static Csv open(Path file) {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(name + ": the file does not exist (" + file.toAbsolutePath() + ").");
        } catch (IOException e) {
            throw new BadInputException(name + ": cannot be read (" + e.getMessage() + ").");
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        String encoding = "UTF-8";
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            encoding = "windows-1252";
            text = new String(bytes, Charset.forName("windows-1252"));
        }
        return new Csv(name, encoding, text);
    }

    /** Column index of the first header matching (case-insensitively) one of {@code names}, or -1. */
    int column(String... names) {
        for (String n : names) {
            Integer i = index.get(n.toLowerCase(Locale.ROOT));
            if (i != null) return i;
        }
        return -1;
    }

    /** Column index of the first header that starts with {@code prefix} (case-insensitively), or -1. */
    int columnStartingWith(String prefix) {
        String p = prefix.toLowerCase(Locale.ROOT);
        for (int i = 0; i < header.size(); i++) if (header.get(i).toLowerCase(Locale.ROOT).startsWith(p)) return i;
        return -1;
    }

    boolean has(String... names) {
        for (String n : names) if (column(n) < 0) return false;
        return true;
    }

    /** The next non-blank data row, or null at the end. */
    Row nextRow() {
        while (true) {
            long at = line;
            String[] f = next();
            if (f == null) return null;
            if (f.length == 1 && f[0].isBlank()) continue;
            return new Row(at, f);
        }
    }

    /** The field at {@code col} of {@code row}, stripped, or null when the column is absent or the field blank. */
    static String get(Row row, int col) {
        if (col < 0 || col >= row.fields().length) return null;
        String v = row.fields()[col].strip();
        return v.isEmpty() ? null : v;
    }

    private String[] next() {
        int n = text.length();
        if (pos >= n) return null;
        List<String> fields = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        boolean quoted = false;
        long startLine = line;
        while (pos < n) {
            char ch = text.charAt(pos++);
            if (quoted) {
                if (ch == '"') {
                    if (pos < n && text.charAt(pos) == '"') {
                        sb.append('"');
                        pos++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (ch == '\n') line++;
                    sb.append(ch);
                }
            } else if (ch == '"' && sb.isEmpty()) {
                quoted = true;
            } else if (ch == ',') {
                fields.add(sb.toString());
                sb.setLength(0);
            } else if (ch == '\r' && pos < n && text.charAt(pos) == '\n') {
                // CRLF: the LF ends the row
            } else if (ch == '\n') {
                line++;
                fields.add(sb.toString());
                return fields.toArray(new String[0]);
            } else {
                sb.append(ch);
            }
        }
        if (quoted) {
            throw new BadInputException(name + ", line " + startLine + ": a quoted field is never closed (a \" is "
                    + "missing). Check the quoting of that row.");
        }
        fields.add(sb.toString());
        return fields.toArray(new String[0]);
    }

    /** A whole number, allowing thousands separators ("29,199") and a ".0" tail ("65.0"); else a clear error. */
    long wholeNumber(Row row, int col, String what) {
        String v = get(row, col);
        if (v == null) throw bad(row, col, null, what + " (a whole number)");
        String t = v.replace(",", "");
        if (t.endsWith(".0")) t = t.substring(0, t.length() - 2);
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw bad(row, col, v, what + " (a whole number)");
        }
    }

    /** A decimal number or null when blank. */
    Double decimalOrNull(Row row, int col, String what) {
        String v = get(row, col);
        if (v == null) return null;
        try {
            return Double.parseDouble(v.replace(",", ""));
        } catch (NumberFormatException e) {
            throw bad(row, col, v, what + " (a number)");
        }
    }

    BadInputException bad(Row row, int col, String value, String expected) {
        String column = col >= 0 && col < header.size() ? header.get(col) : "#" + (col + 1);
        return new BadInputException(name, row.line(), column, value, expected, null);
    }
}
