package svo.report.csv;

import svo.analysis.Column;
import svo.report.Cell;
import svo.report.Finding;
import svo.report.Formats;
import svo.report.Report;
import svo.report.ShownTable;
import svo.report.SpreadsheetSafety;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes every table of a report as a CSV file in one zip, with {@code contents.csv} and a README that say what
 * the report covers. Each CSV has one header row of the columns' snake_case names; numbers are plain (no
 * separators or signs) at the precision the report prints; withheld cells carry their mark; text that a
 * spreadsheet could read as a formula is written behind an apostrophe ({@link SpreadsheetSafety}). UTF-8 with a
 * byte-order mark so that spreadsheets read "£" and "–" correctly; lines end CRLF (RFC 4180).
 */
public final class CsvTables {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvTables() {}

    /** The file name of a table: "t03-01-by-offence-type.csv". */
    public static String fileName(ShownTable t) {
        String[] n = t.number().split("\\.");
        StringBuilder sb = new StringBuilder("t");
        for (int i = 0; i < n.length; i++) sb.append(i > 0 ? "-" : "").append(n[i].length() < 2 ? "0" + n[i] : n[i]);
        String id = t.anchor().contains("--") ? t.anchor().substring(t.anchor().indexOf("--") + 2) : "table";
        return sb + "-" + id.replace('_', '-').toLowerCase() + ".csv";
    }

    public static void write(Report report, OutputStream out) {
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            Report.Meta m = report.meta();
            entry(zip, "README.txt", (m.title() + "\r\n" + m.subtitle() + "\r\n\r\nDefinition: " + m.definitionLabel() + " "
                    + m.definitionTitle() + "\r\nPeriod: " + m.periodLabel() + " (" + m.periodDates() + ")\r\nArea: " + m.areaLabel()
                    + "\r\nAudience: " + m.audience().label() + "\r\nGenerated: " + m.generatedAt() + " by " + m.software()
                    + (m.synthetic() ? "\r\n\r\nSYNTHETIC DATA: every figure is computed from a synthetic data set made for demonstration; "
                    + "not real crimes or people." : "")
                    + "\r\n\r\nOne CSV per table of the report (contents.csv lists them). Withheld cells carry their mark; the rules:\r\n"
                    + String.join("\r\n", report.methods().rules().stream().map(r -> "- " + r.describe()).toList())
                    + "\r\nText beginning with = + - or @ is written behind an apostrophe so that no spreadsheet runs it as a formula.\r\n")
                    .getBytes(StandardCharsets.UTF_8), false);
            StringBuilder contents = new StringBuilder("file,table,title,scope\r\n");
            for (ShownTable t : report.tables()) {
                contents.append(row(List.of(fileName(t), t.label(), t.title(), t.scope())));
            }
            entry(zip, "contents.csv", contents.toString().getBytes(StandardCharsets.UTF_8), true);
            StringBuilder findings = new StringBuilder("placement,finding,table\r\n");
            for (Finding f : report.findings()) findings.append(row(List.of(f.placement().name().toLowerCase(), f.text(), f.tableLabel())));
            entry(zip, "findings.csv", findings.toString().getBytes(StandardCharsets.UTF_8), true);
            for (ShownTable t : report.tables()) entry(zip, fileName(t), csv(t).getBytes(StandardCharsets.UTF_8), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the CSV zip: " + e.getMessage(), e);
        }
    }

    /** One table as CSV text (without the byte-order mark). */
    public static String csv(ShownTable t) {
        StringBuilder sb = new StringBuilder();
        sb.append(line(t.columns().stream().map(Column::name).toList()));
        for (List<Cell> r : t.rows()) {
            String[] values = new String[r.size()];
            for (int c = 0; c < r.size(); c++) {
                Cell cell = r.get(c);
                Column col = t.columns().get(c);
                BigDecimal n = cell.withheld() || col.kind() == Column.Kind.TEXT ? null : Formats.plain(cell.value(), col.kind());
                if (n != null) values[c] = n.toPlainString();
                else if (cell.value() instanceof java.time.LocalDate d && !cell.withheld()) values[c] = d.toString();
                else values[c] = SpreadsheetSafety.forCsv(cell.text());
            }
            sb.append(line(List.of(values)));
        }
        return sb.toString();
    }

    /** A line of text values, each made safe for spreadsheets. */
    private static String row(List<String> values) {
        return line(values.stream().map(v -> SpreadsheetSafety.forCsv(v == null ? "" : v)).toList());
    }

    /** A line of values as given, quoted where needed. */
    private static String line(List<String> values) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) sb.append(',');
            String v = values.get(i) == null ? "" : values.get(i);
            if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                sb.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(v);
            }
        }
        return sb.append("\r\n").toString();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes, boolean bom) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        if (bom) zip.write(BOM);
        zip.write(bytes);
        zip.closeEntry();
    }
}
