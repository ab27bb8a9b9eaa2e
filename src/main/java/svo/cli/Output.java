package svo.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import svo.BadInputException;
import svo.analysis.Column;
import svo.analysis.Table;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Table} for a person (aligned text), for a spreadsheet (CSV, one header row of snake_case
 * names; cells that start with {@code = + - @} are written as text so a spreadsheet never runs them) or for a
 * program (JSON).
 */
public final class Output {
    private Output() {}

    /** The output formats. */
    public enum Format { TABLE, CSV, JSON }

    /** Parses {@code --format}. */
    public static Format format(String text) {
        try {
            return Format.valueOf(text.strip().toUpperCase());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw BadInputException.of("--format", text, "table, csv or json");
        }
    }

    public static void print(Table table, Format format, PrintWriter out) {
        switch (format) {
            case TABLE -> text(table, out);
            case CSV -> csv(table, out);
            case JSON -> out.println(json(rows(table)));
        }
        out.flush();
    }

    /** Aligned columns, numbers right-aligned with thousands separators. */
    public static void text(Table table, PrintWriter out) {
        List<Column> cols = table.columns();
        List<String[]> cells = new ArrayList<>();
        String[] head = cols.stream().map(Column::label).toArray(String[]::new);
        cells.add(head);
        for (List<Object> r : table.rows()) {
            String[] line = new String[cols.size()];
            for (int i = 0; i < line.length; i++) line[i] = display(r.get(i), cols.get(i));
            cells.add(line);
        }
        int[] width = new int[cols.size()];
        for (String[] line : cells) for (int i = 0; i < line.length; i++) width[i] = Math.max(width[i], line[i].length());
        for (int li = 0; li < cells.size(); li++) {
            String[] line = cells.get(li);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < line.length; i++) {
                if (i > 0) sb.append("  ");
                boolean right = li > 0 && cols.get(i).kind() != Column.Kind.TEXT && cols.get(i).kind() != Column.Kind.DATE;
                String pad = " ".repeat(width[i] - line[i].length());
                sb.append(right ? pad + line[i] : line[i] + (i == line.length - 1 ? "" : pad));
            }
            out.println(sb.toString().stripTrailing());
            if (li == 0) {
                StringBuilder rule = new StringBuilder();
                for (int i = 0; i < width.length; i++) rule.append(i > 0 ? "  " : "").append("-".repeat(width[i]));
                out.println(rule);
            }
        }
        for (String note : table.notes()) out.println("  " + note);
    }

    /** CSV with spreadsheet safety. */
    public static void csv(Table table, PrintWriter out) {
        List<Column> cols = table.columns();
        out.println(String.join(",", cols.stream().map(Column::name).toList()));
        StringBuilder sb = new StringBuilder();
        for (List<Object> r : table.rows()) {
            sb.setLength(0);
            for (int i = 0; i < cols.size(); i++) {
                if (i > 0) sb.append(',');
                sb.append(csvCell(r.get(i)));
            }
            out.println(sb);
        }
    }

    /** One CSV cell: quoted when needed; a text starting with = + - @ (or tab/CR) gets a leading apostrophe. */
    public static String csvCell(Object v) {
        if (v == null) return "";
        String s = v instanceof Double d ? plain(d) : v.toString();
        if (!(v instanceof Number) && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) s = "'" + s;
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            s = '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    /** Rows as maps keyed by column name (for JSON). */
    public static List<Map<String, Object>> rows(Table table) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (List<Object> r : table.rows()) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < table.columns().size(); i++) m.put(table.columns().get(i).name(), r.get(i));
            out.add(m);
        }
        return out;
    }

    /** JSON text of any value (ISO dates). */
    public static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    static String display(Object v, Column c) {
        if (v == null) return "";
        return switch (c.kind()) {
            case COUNT -> v instanceof Number n ? String.format("%,d", n.longValue()) : v.toString();
            case PERCENT, RATE -> v instanceof Number n ? String.format("%.1f", n.doubleValue()) : v.toString();
            case MONEY -> v instanceof Number n ? "£" + String.format("%,.0f", n.doubleValue()) : v.toString();
            case NUMBER -> v instanceof Double d ? plain(d) : v instanceof BigDecimal b ? b.toPlainString() : v.toString();
            default -> v.toString();
        };
    }

    private static String plain(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
