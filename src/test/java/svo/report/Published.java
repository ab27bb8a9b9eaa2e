package svo.report;

import svo.analysis.Column;
import svo.analysis.Table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SNA 2025's published tables (../shared/fixtures/sna2025/) as result tables, shaped the way the report reads
 * them, so renderer, findings and disclosure tests work from the figures the partnership actually printed.
 */
final class Published {
    static final Path DIR = Path.of("../shared/fixtures/sna2025");
    static final List<String> YEARS = List.of("2022/23", "2023/24", "2024/25");

    private Published() {}

    /** Rows of a fixture CSV as column → value maps (quoted fields understood). */
    static List<Map<String, String>> rows(String file) {
        try {
            List<String> lines = Files.readAllLines(DIR.resolve(file), StandardCharsets.UTF_8);
            List<String> head = split(lines.get(0));
            List<Map<String, String>> out = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) continue;
                List<String> v = split(line);
                Map<String, String> m = new LinkedHashMap<>();
                for (int i = 0; i < head.size(); i++) m.put(head.get(i), i < v.size() ? v.get(i) : "");
                out.add(m);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean q = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (q) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') { cur.append('"'); i++; }
                else if (c == '"') q = false;
                else cur.append(c);
            } else if (c == '"') q = true;
            else if (c == ',') { out.add(cur.toString()); cur.setLength(0); }
            else cur.append(c);
        }
        out.add(cur.toString());
        return out;
    }

    /** §3.2: offence type by year for all, victims 18 and under, suspects 18 and under, with a Total row. */
    static Table offenceTypes(String file, String title) {
        String[] cohorts = {"all", "victims_18_and_under", "suspects_18_and_under"};
        String[] labels = {"All", "Victims 18 and under", "Suspects 18 and under"};
        Table.Builder b = Table.builder("by_offence_type", title).column(Column.text("offence_type", "Offence type"));
        for (int c = 0; c < cohorts.length; c++) {
            for (String y : YEARS) b.column(Column.count(cohorts[c] + "_" + y.replace('/', '_'), labels[c] + ": " + y));
        }
        Map<String, long[]> byType = new LinkedHashMap<>();
        for (Map<String, String> r : rows(file)) {
            int c = List.of(cohorts).indexOf(r.get("cohort")), y = YEARS.indexOf(r.get("period"));
            if (c < 0 || y < 0 || "Knife Crime".equals(r.get("category"))) continue;
            byType.computeIfAbsent(r.get("offence_type"), k -> new long[9])[c * 3 + y] = Long.parseLong(r.get("count"));
        }
        long[] total = new long[9];
        for (var e : byType.entrySet()) {
            List<Object> row = new ArrayList<>();
            row.add(e.getKey());
            for (int i = 0; i < 9; i++) {
                row.add(e.getValue()[i]);
                total[i] += e.getValue()[i];
            }
            b.row(row);
        }
        List<Object> row = new ArrayList<>();
        row.add("Total");
        for (long t : total) row.add(t);
        b.row(row);
        return b.note("An occurrence is counted once in each row it belongs to.").build();
    }

    /** A wide table: one label column and one count column per year, from a long fixture. */
    static Table wide(String file, String id, String title, String keyColumn, String keyLabel, boolean totalRow) {
        Table.Builder b = Table.builder(id, title).column(Column.text(keyColumn, keyLabel));
        for (String y : YEARS) b.column(Column.count("y" + y.replace('/', '_'), y));
        Map<String, long[]> by = new LinkedHashMap<>();
        for (Map<String, String> r : rows(file)) {
            int y = YEARS.indexOf(r.get("period"));
            if (y < 0) continue;
            by.computeIfAbsent(r.get(keyColumn), k -> new long[3])[y] = Long.parseLong(r.get("count"));
        }
        long[] total = new long[3];
        for (var e : by.entrySet()) {
            b.row(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]);
            for (int i = 0; i < 3; i++) total[i] += e.getValue()[i];
        }
        if (totalRow) b.row("Total", total[0], total[1], total[2]);
        return b.build();
    }

    /** §4.3: hour by weekday, long form. */
    static Table heatmap(String file, String id, String title) {
        Table.Builder b = Table.builder(id, title).columns(Column.text("hour", "Hour"), Column.text("weekday", "Day"),
                Column.count("count", "Occurrences"));
        for (Map<String, String> r : rows(file)) b.row(String.format("%02d", Integer.parseInt(r.get("hour"))), r.get("weekday"), Long.parseLong(r.get("count")));
        return b.build();
    }

    /** §3.2: share of serious violence involving knives, by cohort and year. */
    static Table knifeShare() {
        Table.Builder b = Table.builder("knife_share", "Serious violence involving knives").columns(Column.text("cohort", "Cohort"),
                Column.text("period", "Period"), Column.percent("knife_share_pct", "Share involving knives", null));
        Map<String, String> names = Map.of("all", "All", "victims_18_and_under", "Victims 18 and under", "suspects_18_and_under", "Suspects 18 and under");
        for (Map<String, String> r : rows("sv_knife_share.csv")) b.row(names.get(r.get("cohort")), r.get("period"), Double.parseDouble(r.get("knife_share_pct")));
        return b.build();
    }

    /** §4.5: suspect-to-victim relationship by year, count and share. */
    static Table relationships() {
        Table.Builder b = Table.builder("relationship", "Suspect's relationship to the victim").columns(Column.text("relationship", "Relationship"),
                Column.text("period", "Period"), Column.count("count", "Count"), Column.percent("share_pct", "Share", "count"));
        for (Map<String, String> r : rows("relationship_yearly.csv")) {
            b.row(r.get("relationship"), r.get("period"), Long.parseLong(r.get("count")), Double.parseDouble(r.get("share_pct")));
        }
        return b.build();
    }
}
