package svo.analysis.quality;

import svo.analysis.Analysis;
import svo.analysis.Area;
import svo.analysis.Column;
import svo.analysis.Period;
import svo.analysis.Result;
import svo.analysis.Scope;
import svo.analysis.Table;
import svo.store.Jdbc;
import svo.store.Sql;
import svo.store.Store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How complete the records behind the report are, computed rather than written (the report's data-quality
 * section): occurrences without coordinates, district, qualifier, known suspect or known victim, and suspects
 * without a recorded ethnicity and victims without a recorded age, each as a share of its whole, per year.
 */
public final class DataQuality implements Analysis {
    private static final String SQL = Sql.load(DataQuality.class);
    private static final String[][] MEASURES = {
            {"no_coordinates", "Occurrences without coordinates", "occurrences"},
            {"no_district", "Occurrences without a district", "occurrences"},
            {"no_qualifier", "Occurrences with no qualifier recorded", "occurrences"},
            {"no_suspect", "Occurrences without a known suspect", "occurrences"},
            {"no_victim", "Occurrences without a known victim", "occurrences"},
            {"suspects_no_ethnicity", "Suspects whose ethnicity is not recorded", "suspects"},
            {"victims_no_age", "Victims whose age is not recorded", "victims"},
    };

    @Override public String id() { return "data-quality"; }
    @Override public String title() { return "Completeness of the records"; }
    @Override public String section() { return "beyond the SNA (its data-quality statements, computed)"; }
    @Override public List<String> datasets() { return List.of("occurrences"); }

    @Override
    public Result run(Store store, Scope scope) {
        List<Period.Span> spans = scope.period().spans();
        List<Object> params = new ArrayList<>();
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < spans.size(); i++) {
            values.append(i == 0 ? "" : ", ").append("(?, CAST(? AS TIMESTAMP), CAST(? AS TIMESTAMP), ?)");
            params.add(spans.get(i).label());
            params.add(spans.get(i).start().atStartOfDay());
            params.add(spans.get(i).endExclusive().atStartOfDay());
            params.add(i);
        }
        String area = switch (scope.area().kind()) {
            case ALL -> "TRUE";
            case CITY -> "district_code LIKE 'E06%'";
            case COUNTY -> "district_code LIKE 'E07%'";
            case DISTRICT -> "district_code = ?";
        };
        if (scope.area().kind() == Area.Kind.DISTRICT) params.add(scope.area().code());
        String sql = SQL.replace("{spans}", values).replace("{area}", area)
                .replace("{definition}", scope.definition() == null ? "TRUE" : scope.definition().sqlCondition());
        Map<String, long[]> bySpan = new HashMap<>();
        Jdbc.query(store.connection(), sql, rs -> {
            long[] v = new long[10];
            for (int i = 0; i < 10; i++) v[i] = rs.getLong(i + 2);
            bySpan.put(rs.getString(1), v);
            return null;
        }, params.toArray());

        Table.Builder t = Table.builder("completeness", title()).columns(Column.text("measure", "Measure"), Column.text("period", "Period"),
                Column.count("count", "Count"), Column.count("of", "Of"), Column.percent("share_pct", "%", "of"));
        String[] order = {"occurrences", "no_coordinates", "no_district", "no_qualifier", "no_suspect", "no_victim", "suspects",
                "suspects_no_ethnicity", "victims", "victims_no_age"};
        if (!bySpan.isEmpty()) {
            for (String[] m : MEASURES) {
                int part = List.of(order).indexOf(m[0]), whole = List.of(order).indexOf(m[2]);
                for (Period.Span s : spans) {
                    long[] v = bySpan.getOrDefault(s.label(), new long[10]);
                    t.row(m[1], s.label(), v[part], v[whole], v[whole] == 0 ? null : percent(v[part], v[whole]));
                }
            }
        }
        return new Result(id(), title(), scope, List.of(t.note(scope.describe()).build()), Map.of(), List.of(
                "Qualifiers are optional when a crime is recorded, so an occurrence with none may still have involved "
                        + "alcohol or drugs. A suspect counts once a year however many occurrences they are in."));
    }

    private static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
