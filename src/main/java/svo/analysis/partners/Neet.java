package svo.analysis.partners;

import svo.analysis.Analysis;
import svo.analysis.Column;
import svo.analysis.PartnerScope;
import svo.analysis.Result;
import svo.analysis.Rounding;
import svo.analysis.Scope;
import svo.analysis.Table;
import svo.store.Jdbc;
import svo.store.Sql;
import svo.store.Store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** 16–17 year olds not in education, employment or training: cohort, NEET and % by year and authority (SNA §19). */
public final class Neet implements Analysis {
    private static final String SQL = Sql.load(Neet.class);

    @Override public String id() { return "neet"; }
    @Override public String title() { return "Young people aged 16-17 not in education, employment or training"; }
    @Override public String section() { return "SNA 2025 §19"; }
    @Override public List<String> datasets() { return List.of("neet"); }
    @Override public String defaultDefinition() { return null; }

    record Row(int year, String authority, String area, long cohort, long neet, Long notKnown) {}

    @Override
    public Result run(Store store, Scope scope) {
        PartnerScope.Fragment spans = PartnerScope.spans(scope.period());
        PartnerScope.Fragment area = PartnerScope.byAuthority(scope.area(), "n.area", "n.la_code", "n.la_name");
        List<Object> params = new ArrayList<>(spans.params());
        params.addAll(area.params());
        List<Row> rows = Jdbc.query(store.connection(), SQL.replace("{spans}", spans.sql()).replace("{area}", area.sql()),
                rs -> new Row(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
                        rs.getObject(6) == null ? null : rs.getLong(6)), params.toArray());  // sum() of BIGINT is a HUGEINT
        List<Row> ordered = new ArrayList<>(rows);
        ordered.sort(java.util.Comparator.comparingInt(Row::year)
                .thenComparingInt((Row r) -> r.area().equals("city") ? 0 : r.area().equals("county") ? 1 : 2)
                .thenComparing(Row::authority));
        rows = ordered;
        Table.Builder b = Table.builder("by_year", "16-17 year olds not in education, employment or training").columns(
                Column.text("authority", "Local authority"), Column.text("area", "Area"), Column.text("period", "Year"),
                Column.count("cohort", "Cohort"), Column.count("neet", "NEET"), Column.percent("neet_pct", "% NEET", "neet"),
                Column.count("not_known", "Activity not known"), Column.percent("not_known_pct", "% not known", "not_known"));
        Map<String, Object> figures = new LinkedHashMap<>();
        Map<Integer, long[]> totals = new TreeMap<>();
        Map<Integer, Integer> authorities = new TreeMap<>();
        for (Row r : rows) {
            String areaLabel = switch (r.area()) {
                case "city" -> "City";
                case "county" -> "County";
                default -> "Not known";
            };
            b.row(r.authority(), areaLabel, String.valueOf(r.year()), r.cohort(), r.neet(), Rounding.percent(r.neet(), r.cohort()),
                    r.notKnown(), r.notKnown() == null ? null : Rounding.percent(r.notKnown(), r.cohort()));
            figures.put(r.authority() + "." + r.year() + ".neet_pct", Rounding.percent(r.neet(), r.cohort()));
            long[] t = totals.computeIfAbsent(r.year(), k -> new long[2]);
            t[0] += r.cohort();
            t[1] += r.neet();
            authorities.merge(r.year(), 1, Integer::sum);
        }
        totals.forEach((year, t) -> {
            if (authorities.get(year) > 1) {
                b.row("Total", null, String.valueOf(year), t[0], t[1], Rounding.percent(t[1], t[0]), null, null);
            }
        });
        return new Result(id(), title(), scope, List.of(b.build()), figures, List.of(
                "DfE \"Participation in education, training and NEET age 16 to 17 by local authority\": each year is the average "
                        + "of December, January and February (2025 = December 2024 to February 2025); years whose middle falls in "
                        + scope.period().label() + ", " + scope.area().label() + "."));
    }
}
