package svo.analysis.partners;

import svo.analysis.Analysis;
import svo.analysis.Column;
import svo.analysis.PartnerScope;
import svo.analysis.Period;
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
import java.util.function.Function;

/** Youth justice offences by type and year, city and county, sex and age (SNA §15). */
public final class YouthJustice implements Analysis {
    private static final String SQL = Sql.load(YouthJustice.class);

    @Override public String id() { return "yjs"; }
    @Override public String title() { return "Serious violence offences recorded by the youth justice services"; }
    @Override public String section() { return "SNA 2025 §15"; }
    @Override public List<String> datasets() { return List.of("yjs-offences"); }
    @Override public String defaultDefinition() { return null; }

    record Tally(int span, String type, String area, String sex, Integer age, long n) {}

    @Override
    public Result run(Store store, Scope scope) {
        PartnerScope.Fragment spans = PartnerScope.spans(scope.period());
        PartnerScope.Fragment area = PartnerScope.byAuthority(scope.area(), "y.area", "y.district_code", "y.district_code");
        List<Object> params = new ArrayList<>(spans.params());
        params.addAll(area.params());
        List<Tally> tallies = Jdbc.query(store.connection(), SQL.replace("{spans}", spans.sql()).replace("{area}", area.sql()),
                rs -> new Tally(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), (Integer) rs.getObject(5), rs.getLong(6)),
                params.toArray());
        List<Period.Span> periods = tallies.isEmpty() ? List.of() : scope.period().spans();
        Map<String, Object> figures = new LinkedHashMap<>();
        long all = 0, male = 0, knownSex = 0;
        for (Tally t : tallies) {
            all += t.n();
            if (t.sex().equals("M")) male += t.n();
            if (t.sex().equals("M") || t.sex().equals("F")) knownSex += t.n();
        }
        figures.put("offences", all);
        figures.put("male_pct_of_recorded", Rounding.percent(male, knownSex));
        List<Table> tables = List.of(
                table("by_type", "Offences by type", "offence_type", "Offence type", tallies, periods, Tally::type, true, null),
                table("by_area", "Offences, city and county", "area", "Area", tallies, periods, t -> switch (t.area()) {
                    case "city" -> "City";
                    case "county" -> "County";
                    default -> "Not known";
                }, false, List.of("City", "County", "Not known")),
                table("by_sex", "Offences by sex", "sex", "Sex", tallies, periods, t -> Tallies.sexLabel(t.sex()), false,
                        Tallies.SEX_ORDER),
                table("by_age", "Offences by age", "age", "Age", tallies, periods,
                        t -> t.age() == null ? "Not known" : String.valueOf(t.age()), false, null),
                Tallies.changes(scope, "offence_type", "Offence type", tallies, Tally::type, Tally::span, Tally::n, null));
        return new Result(id(), title(), scope, tables, figures, List.of(
                "Offences recorded by the youth justice services, " + scope.period().label() + ", " + scope.area().label()
                        + "; placed by the offence date. The services' offence list differs from the police definition."));
    }

    private static Table table(String id, String title, String column, String label, List<Tally> tallies, List<Period.Span> periods,
                               Function<Tally, String> key, boolean byTotal, List<String> order) {
        return Tallies.build(id, title, column, label, tallies, periods, key, Tally::span, Tally::n, byTotal, order);
    }
}
