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

    /**
     * §3.2 in the shape the analysis gives it: one row per offence type and year (all, victims 18 and under,
     * suspects 18 and under), then a "total" row per year.
     */
    static Table offenceTypes(String file, String title) {
        String[] cohorts = {"all", "victims_18_and_under", "suspects_18_and_under"};
        Table.Builder b = Table.builder("by_offence_type", title).columns(Column.text("offence_type", "Offence type"),
                Column.text("period", "Period"), Column.count("all", "All"), Column.count("victims_18_and_under", "Victims 18 and under"),
                Column.count("suspects_18_and_under", "Suspects 18 and under"));
        Map<String, long[]> byType = new LinkedHashMap<>();
        for (Map<String, String> r : rows(file)) {
            int c = List.of(cohorts).indexOf(r.get("cohort")), y = YEARS.indexOf(r.get("period"));
            if (c < 0 || y < 0 || "Knife Crime".equals(r.get("category"))) continue;
            byType.computeIfAbsent(r.get("offence_type").toLowerCase(), k -> new long[9])[c * 3 + y] = Long.parseLong(r.get("count"));
        }
        long[] total = new long[9];
        for (var e : byType.entrySet()) {
            for (int y = 0; y < 3; y++) b.row(e.getKey(), YEARS.get(y), e.getValue()[y], e.getValue()[3 + y], e.getValue()[6 + y]);
            for (int i = 0; i < 9; i++) total[i] += e.getValue()[i];
        }
        for (int y = 0; y < 3; y++) b.row("total", YEARS.get(y), total[y], total[3 + y], total[6 + y]);
        return b.note("An occurrence is counted once in its offence type's row.").build();
    }

    /** §4.2 in the shape the analysis gives it: district, code, year, count, population and rate, and a total per year. */
    static Table districts() {
        Map<String, Long> population = Map.of("Amber Valley", 126_489L, "Bolsover", 80_475L, "Chesterfield", 103_672L, "Derby", 259_154L,
                "Derbyshire Dales", 71_681L, "Erewash", 113_047L, "High Peak", 91_104L, "North East Derbyshire", 102_315L, "South Derbyshire", 108_063L);
        Table.Builder b = Table.builder("by_district", "Serious violence by district").columns(Column.text("district", "District"),
                Column.text("district_code", "Code"), Column.text("period", "Period"), Column.count("count", "Occurrences"),
                Column.number("population", "Population"), Column.text("population_year", "Population year"),
                Column.rate("per_1000", "Per 1,000", "count"));
        long[] total = new long[3];
        for (Map<String, String> r : rows("sv_by_district.csv")) {
            int y = YEARS.indexOf(r.get("period"));
            if (y < 0) continue;
            long n = Long.parseLong(r.get("count"));
            long pop = population.get(r.get("district"));
            total[y] += n;
            b.row(r.get("district"), "E0" + Math.abs(r.get("district").hashCode() % 1000), r.get("period"), n, pop, "2023",
                    Math.round(n * 10_000.0 / pop) / 10.0);
        }
        long all = population.values().stream().mapToLong(Long::longValue).sum();
        for (int y = 0; y < 3; y++) b.row("total", null, YEARS.get(y), total[y], all, null, Math.round(total[y] * 10_000.0 / all) / 10.0);
        return b.build();
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

    /** §3.2: knife crime as a share of serious violence, by cohort and year, in the shape the analysis gives it. */
    static Table knifeShare() {
        Table sv = offenceTypes("sv_yearly.csv", "sv"), knife = offenceTypes("knife_yearly.csv", "knife");
        Table.Builder b = Table.builder("share", "% of serious violence involving knives").columns(Column.text("cohort", "Cohort"),
                Column.text("period", "Period"), Column.count("knife", "Knife crime"), Column.count("serious_violence", "Serious violence"),
                Column.percent("knife_share_pct", "% involving knives", "serious_violence"));
        String[] cohorts = {"all", "victims_18_and_under", "suspects_18_and_under"};
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < 3; y++) {
                long k = (Long) knife.find("total", YEARS.get(y)).get(2 + c), s = (Long) sv.find("total", YEARS.get(y)).get(2 + c);
                b.row(cohorts[c], YEARS.get(y), k, s, java.math.BigDecimal.valueOf(k * 100.0 / s).setScale(1, java.math.RoundingMode.HALF_UP).doubleValue());
            }
        }
        return b.build();
    }

    /** §4.4: victims by age group and year, with each group's share of those with an age, as the analysis gives it. */
    static Table ageGroups() {
        Table.Builder b = Table.builder("by_group", "Victims by age group").columns(Column.text("period", "Period"),
                Column.text("age_group", "Age group"), Column.count("people", "Victims"), Column.percent("share_pct", "% of those with an age", "people"));
        Map<String, Long> totals = new LinkedHashMap<>();
        List<Map<String, String>> rows = rows("victims_by_age_group.csv");
        for (Map<String, String> r : rows) totals.merge(r.get("period"), Long.parseLong(r.get("count")), Long::sum);
        for (Map<String, String> r : rows) {
            long n = Long.parseLong(r.get("count"));
            b.row(r.get("period"), r.get("age_group"), n, Math.round(n * 1000.0 / totals.get(r.get("period"))) / 10.0);
        }
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
