package svo.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain text table for people ({@code --format table}) or CSV for machines ({@code --format csv}). */
final class TextTable {
    private final List<String> header;
    private final boolean[] numeric;
    private final List<List<String>> rows = new ArrayList<>();

    /** Column names; a name starting with {@code #} is a right-aligned number column (the {@code #} is dropped). */
    TextTable(String... columns) {
        header = new ArrayList<>();
        numeric = new boolean[columns.length];
        for (int i = 0; i < columns.length; i++) {
            numeric[i] = columns[i].startsWith("#");
            header.add(numeric[i] ? columns[i].substring(1) : columns[i]);
        }
    }

    TextTable row(Object... cells) {
        List<String> r = new ArrayList<>();
        for (Object c : cells) r.add(c == null ? "" : String.valueOf(c));
        rows.add(r);
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    void print(PrintWriter out, String format) {
        if ("csv".equals(format)) printCsv(out);
        else printTable(out);
    }

    private void printTable(PrintWriter out) {
        int[] width = new int[header.size()];
        for (int i = 0; i < width.length; i++) width[i] = header.get(i).length();
        for (List<String> r : rows) for (int i = 0; i < r.size(); i++) width[i] = Math.max(width[i], r.get(i).length());
        line(out, header, width);
        for (List<String> r : rows) line(out, r, width);
    }

    private void line(PrintWriter out, List<String> cells, int[] width) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) sb.append("  ");
            String c = cells.get(i);
            String pad = " ".repeat(width[i] - c.length());
            sb.append(numeric[i] ? pad + c : (i == cells.size() - 1 ? c : c + pad));
        }
        out.println(sb.toString().stripTrailing());
    }

    private void printCsv(PrintWriter out) {
        out.println(String.join(",", header.stream().map(TextTable::csv).toList()));
        for (List<String> r : rows) out.println(String.join(",", r.stream().map(TextTable::csv).toList()));
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
