package svo.analysis.partners;

import svo.analysis.AgeGroups;
import svo.analysis.Analysis;
import svo.analysis.PartnerScope;
import svo.analysis.Period;
import svo.analysis.Result;
import svo.analysis.Rounding;
import svo.analysis.Scope;
import svo.analysis.Table;
import svo.ingest.partners.PartnerCodes;
import svo.store.Jdbc;
import svo.store.Sql;
import svo.store.Store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Serious violence probation cases by district and year, age group, sex, and custodial or community sentence (SNA §17). */
public final class Probation implements Analysis {
    private static final String SQL = Sql.load(Probation.class);
    private static final String UNPLACED = Sql.load(Probation.class, "ProbationUnplaced");
    static final String DEFAULT_AGE_GROUPS = "18-24,25-34,35-44,45-54,55+";

    @Override public String id() { return "probation"; }
    @Override public String title() { return "Serious violence probation cases"; }
    @Override public String section() { return "SNA 2025 §17 (probation)"; }
    @Override public List<String> datasets() { return List.of("probation"); }
    @Override public String defaultDefinition() { return null; }

    @Override
    public Map<String, String> parameters() {
        return Map.of("age_groups", "age groups of the age table (default " + DEFAULT_AGE_GROUPS + ")");
    }

    /** The Probation Service reports calendar years: the last three complete ones. */
    @Override
    public Period defaultPeriod(LocalDate today) {
        return Period.parse("CY" + (today.getYear() - 3) + "-CY" + (today.getYear() - 1));
    }

    record Tally(int span, String district, String sex, Integer age, String ageGroup, String sentence, long n) {}

    @Override
    public Result run(Store store, Scope scope) {
        AgeGroups groups = AgeGroups.parse(scope.parameter("age_groups", DEFAULT_AGE_GROUPS), "age_groups");
        PartnerScope.Fragment spans = PartnerScope.spans(scope.period());
        PartnerScope.Fragment area = PartnerScope.byDistrict(scope.area(), "p.district_code");
        List<Object> params = new ArrayList<>(spans.params());
        params.addAll(area.params());
        List<Tally> tallies = Jdbc.query(store.connection(), SQL.replace("{spans}", spans.sql()).replace("{area}", area.sql()),
                rs -> new Tally(rs.getInt(1), rs.getString(2), rs.getString(3), (Integer) rs.getObject(4), rs.getString(5),
                        rs.getString(6), rs.getLong(7)), params.toArray());
        long unplaced = Jdbc.count(store.connection(), UNPLACED.replace("{spans}", spans.sql()).replace("{area}", area.sql()),
                params.toArray());
        List<Period.Span> periods = tallies.isEmpty() ? List.of() : scope.period().spans();
        Map<String, Object> figures = new LinkedHashMap<>();
        for (int s = 0; s < periods.size(); s++) {
            long all = 0, male = 0, known = 0;
            for (Tally t : tallies) {
                if (t.span() != s) continue;
                all += t.n();
                if (t.sex().equals("M")) male += t.n();
                if (t.sex().equals("M") || t.sex().equals("F")) known += t.n();
            }
            figures.put("cases." + periods.get(s).label(), all);
            figures.put("male_pct_of_recorded." + periods.get(s).label(), Rounding.percent(male, known));
        }
        List<String> notes = new ArrayList<>(List.of("Serious violence cases supervised by the Probation Service, "
                + scope.period().label() + ", " + scope.area().label() + "; placed by the date the case began."));
        if (unplaced > 0) {
            notes.add(unplaced + " cases known only by their calendar year could not be placed in this period's spans; "
                    + "ask for calendar years (e.g. CY2022-CY2024) to count them.");
        }
        figures.put("cases_not_placed", unplaced);
        List<Table> tables = List.of(
                table("by_district", "Cases by district", "district", "District", tallies, periods,
                        t -> t.district() == null ? Tallies.NOT_KNOWN : t.district(), null),
                table("by_age_group", "Cases by age group", "age_group", "Age group", tallies, periods,
                        t -> groups.label(t.age(), t.ageGroup()), groups.labels()),
                table("by_sex", "Cases by sex", "sex", "Sex", tallies, periods, t -> Tallies.sexLabel(t.sex()), Tallies.SEX_ORDER),
                table("by_sentence", "Cases by sentence", "sentence_type", "Sentence", tallies, periods,
                        t -> t.sentence() == null ? Tallies.NOT_KNOWN : PartnerCodes.SENTENCE_TYPE.label(t.sentence()),
                        List.of("Custodial", "Community", Tallies.NOT_KNOWN)),
                Tallies.changes(scope, "district", "District", tallies, t -> t.district() == null ? Tallies.NOT_KNOWN : t.district(),
                        Tally::span, Tally::n, null));
        return new Result(id(), title(), scope, tables, figures, notes);
    }

    private static Table table(String id, String title, String column, String label, List<Tally> tallies, List<Period.Span> periods,
                               Function<Tally, String> key, List<String> order) {
        return Tallies.build(id, title, column, label, tallies, periods, key, Tally::span, Tally::n, false, order);
    }
}
