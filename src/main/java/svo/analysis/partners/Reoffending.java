package svo.analysis.partners;

import svo.BadInputException;
import svo.analysis.AgeGroups;
import svo.analysis.Analysis;
import svo.analysis.Column;
import svo.analysis.PartnerScope;
import svo.analysis.Result;
import svo.analysis.Rounding;
import svo.analysis.Scope;
import svo.analysis.ScopeResolver;
import svo.analysis.Table;
import svo.ingest.partners.PartnerCodes;
import svo.store.Jdbc;
import svo.store.Sql;
import svo.store.Store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Reoffending after an index event (release from custody, non-custodial conviction, caution): the Kaplan–Meier
 * estimate of the share who commit a further offence within 1, 2, … months, censored at the end of the data, with
 * Greenwood log-log 95% intervals, the at-risk table, the shares within 3, 6 and 12 months, the average monthly rise
 * after six months, and the same by age group, sex and event type (SNA §2.4 recommendation; cohorts.md).
 */
public final class Reoffending implements Analysis {
    private static final String SQL = Sql.load(Reoffending.class);
    private static final String DATA_END = Sql.load(Reoffending.class, "ReoffendingDataEnd");
    /** One month of follow-up in days: a year of 365.25 days over twelve. */
    static final double MONTH = 365.25 / 12;
    static final String DEFAULT_AGE_GROUPS = "10-17,18-24,25-34,35-49,50+";

    @Override public String id() { return "reoffending"; }
    @Override public String title() { return "Time to reoffending after release, conviction or caution"; }
    @Override public String section() { return "SNA 2025 §2.4 (prison data), cohorts"; }
    @Override public List<String> datasets() { return List.of("index-events", "occurrences", "persons"); }
    /** Any further offence counts unless a definition is asked for. */
    @Override public String defaultDefinition() { return null; }

    @Override
    public Map<String, String> parameters() {
        return Map.of("data_end", "last day of follow-up, YYYY-MM-DD (default: the last day of the police data)",
                "months", "months of follow-up in the at-risk table (default 24)",
                "types", "index event types, comma-separated (default all: " + PartnerCodes.INDEX_EVENT.expected() + ")",
                "rise_to", "the month up to which the average monthly rise after six months is taken (default 12, 7 to 60)",
                "age_groups", "age groups at the event (default " + DEFAULT_AGE_GROUPS + ")");
    }

    /** One person: the (time, event) pair and what the splits need. */
    record Person(String type, Integer age, String sex, long days, boolean reoffended) {}

    @Override
    public Result run(Store store, Scope scope) {
        int months = ScopeResolver.intParameter(scope, "months", 24, 1, 120);
        int riseTo = ScopeResolver.intParameter(scope, "rise_to", 12, 7, 60);
        AgeGroups groups = AgeGroups.parse(scope.parameter("age_groups", DEFAULT_AGE_GROUPS), "age_groups");
        LocalDate dataEnd = dataEnd(store, scope);
        PartnerScope.Fragment spans = PartnerScope.spans(scope.period());
        PartnerScope.Fragment area = PartnerScope.byDistrict(scope.area(), "i.district_code");
        PartnerScope.Fragment types = types(scope);
        List<Person> found = List.of();
        if (dataEnd != null) {
            List<Object> params = new ArrayList<>(spans.params());
            params.addAll(area.params());
            params.addAll(types.params());
            params.add(dataEnd);
            params.add(dataEnd);
            params.add(dataEnd);
            String definition = scope.definition() == null ? "TRUE" : "(" + scope.definition().sqlCondition() + ")";
            found = Jdbc.query(store.connection(), SQL.replace("{spans}", spans.sql()).replace("{area}", area.sql())
                            .replace("{types}", types.sql()).replace("{definition}", definition),
                    rs -> new Person(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3), rs.getLong(4), rs.getBoolean(5)),
                    params.toArray());
        }
        List<Person> people = found;
        KaplanMeier all = fit(people);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("data_end", dataEnd);
        figures.put("people", (long) people.size());
        figures.put("reoffended", people.stream().filter(Person::reoffended).count());
        figures.put("within_3_months_pct", pct(all.survival(3 * MONTH)));
        figures.put("within_6_months_pct", pct(all.survival(6 * MONTH)));
        figures.put("within_12_months_pct", pct(all.survival(12 * MONTH)));
        figures.put("rise_per_month_after_6_months", rise(all, riseTo));
        double median = all.median();
        figures.put("median_months", Double.isNaN(median) ? null : Rounding.decimals(median / MONTH, 1));

        Map<String, Function<Person, String>> splits = new LinkedHashMap<>();
        splits.put("Age group", p -> groups.label(p.age(), null));
        splits.put("Sex", p -> Tallies.sexLabel(p.sex()));
        splits.put("Event type", p -> PartnerCodes.INDEX_EVENT.label(p.type()));
        Map<String, Map<String, List<Person>>> split = new LinkedHashMap<>();
        splits.forEach((name, key) -> {
            Map<String, List<Person>> byGroup = new TreeMap<>(name.equals("Age group")
                    ? java.util.Comparator.comparingInt(groups::order).thenComparing(s -> s)
                    : java.util.Comparator.<String>naturalOrder());
            for (Person p : people) byGroup.computeIfAbsent(key.apply(p), k -> new ArrayList<>()).add(p);
            split.put(name, byGroup);
        });

        List<Table> tables = new ArrayList<>();
        tables.add(summary(people, figures, riseTo));
        tables.add(curve("curve", "Reoffended within each month of follow-up, with the number still at risk", all, months, null, null));
        tables.add(groups("by_age_group", "Reoffending by age group at the event", "age_group", "Age group", split.get("Age group")));
        tables.add(groups("by_sex", "Reoffending by sex", "sex", "Sex", split.get("Sex")));
        tables.add(groups("by_event_type", "Reoffending by index event", "event_type", "Index event", split.get("Event type")));
        Table.Builder byGroup = curveColumns(Table.builder("curve_by_group", "Reoffended within each month, by age group, sex and index event"), true);
        split.forEach((name, byLabel) -> byLabel.forEach((label, members) -> curveRows(byGroup, fit(members), months, name, label)));
        tables.add(byGroup.build());
        return new Result(id(), title(), scope, tables, figures, notes(scope, dataEnd, riseTo));
    }

    private static List<String> notes(Scope scope, LocalDate dataEnd, int riseTo) {
        return List.of(
                "Each person's first index event in " + scope.period().label() + " (" + scope.area().label() + "), followed to their "
                        + "first further offence: a later police occurrence in which they are a suspect or offender"
                        + (scope.definition() == null ? "" : " that " + scope.definition().label() + " includes")
                        + ", committed after the day of the event. People who have not reoffended are censored at the end of the data ("
                        + (dataEnd == null ? "no police data loaded" : dataEnd) + ").",
                "Kaplan–Meier estimate; a month is 365.25/12 days. 95% intervals from Greenwood's variance on the log-log scale. "
                        + "Shares are cumulative: reoffended within the month or earlier. A share is left blank once nobody is "
                        + "followed that long.",
                "The rise after six months is the average number of percentage points added each month from month 6 to month "
                        + riseTo + ": (within " + riseTo + " months − within 6 months) / " + (riseTo - 6) + " (parameter rise_to)."
                        + (scope.area().kind() == svo.analysis.Area.Kind.ALL ? ""
                        : " People whose index event has no district are outside every area but the whole partnership."));
    }

    private LocalDate dataEnd(Store store, Scope scope) {
        String given = scope.parameter("data_end", null);
        if (given != null && !given.isBlank()) {
            try {
                return LocalDate.parse(given.strip());
            } catch (DateTimeParseException e) {
                throw BadInputException.of("--param data_end", given, "a date YYYY-MM-DD");
            }
        }
        return Jdbc.queryOne(store.connection(), DATA_END, rs -> rs.getDate(1) == null ? null : rs.getDate(1).toLocalDate()).orElse(null);
    }

    private static PartnerScope.Fragment types(Scope scope) {
        String given = scope.parameter("types", null);
        if (given == null || given.isBlank()) return new PartnerScope.Fragment("TRUE", List.of());
        List<Object> codes = new ArrayList<>();
        for (String t : given.split(",")) {
            String code = PartnerCodes.INDEX_EVENT.code(t.strip());
            if (code == null) throw BadInputException.of("--param types", given, "index event types from " + PartnerCodes.INDEX_EVENT.expected());
            codes.add(code);
        }
        return new PartnerScope.Fragment("i.event_type IN (" + String.join(", ", codes.stream().map(c -> "?").toList()) + ")", codes);
    }

    static KaplanMeier fit(List<Person> people) {
        double[] t = new double[people.size()];
        boolean[] e = new boolean[people.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = people.get(i).days();
            e[i] = people.get(i).reoffended();
        }
        return KaplanMeier.fit(t, e);
    }

    /** The cumulative share reoffended, 1 − S, as a percentage to one decimal; null where S is undefined. */
    private static BigDecimal pct(double survival) {
        return Double.isNaN(survival) ? null : Rounding.decimals(100 * (1 - survival), 1);
    }

    /** Percentage points added per month from month 6 to month {@code to}: (F(to) − F(6)) / (to − 6). */
    private static BigDecimal rise(KaplanMeier km, int to) {
        double s6 = km.survival(6 * MONTH), sTo = km.survival(to * MONTH);
        if (Double.isNaN(s6) || Double.isNaN(sTo)) return null;
        return Rounding.decimals(100 * (s6 - sTo) / (to - 6), 1);
    }

    private static Table summary(List<Person> people, Map<String, Object> figures, int riseTo) {
        Table.Builder b = Table.builder("summary", "Reoffending within 3, 6 and 12 months").columns(summaryColumns(riseTo));
        if (!people.isEmpty()) {
            long reoffended = people.stream().filter(Person::reoffended).count();
            b.row((long) people.size(), reoffended, people.size() - reoffended, figures.get("within_3_months_pct"),
                    figures.get("within_6_months_pct"), figures.get("within_12_months_pct"),
                    figures.get("rise_per_month_after_6_months"), figures.get("median_months"));
        }
        return b.build();
    }

    private static Column[] summaryColumns(int riseTo) {
        return new Column[]{Column.count("people", "People"), Column.count("reoffended", "Reoffended"),
                Column.count("censored", "Not reoffended by the end of the data"),
                Column.percent("within_3_months_pct", "% within 3 months", "reoffended"),
                Column.percent("within_6_months_pct", "% within 6 months", "reoffended"),
                Column.percent("within_12_months_pct", "% within 12 months", "reoffended"),
                Column.number("rise_per_month_after_6_months", "Average rise a month, months 6 to " + riseTo + " (points)"),
                Column.number("median_months", "Median months to reoffending")};
    }

    private static Table curve(String id, String title, KaplanMeier km, int months, String split, String group) {
        Table.Builder b = curveColumns(Table.builder(id, title), false);
        curveRows(b, km, months, split, group);
        return b.build();
    }

    private static Table.Builder curveColumns(Table.Builder b, boolean grouped) {
        if (grouped) b.columns(Column.text("split", "Split"), Column.text("group", "Group"));
        return b.columns(Column.text("month", "Month"), Column.count("at_risk", "At risk at the start of the month"),
                Column.count("reoffended", "Reoffended in the month"), Column.count("censored", "Censored in the month"),
                Column.percent("cumulative_pct", "% reoffended by the end of the month", "reoffended"),
                Column.percent("ci_low_pct", "95% interval, low", "reoffended"),
                Column.percent("ci_high_pct", "95% interval, high", "reoffended"));
    }

    private static void curveRows(Table.Builder b, KaplanMeier km, int months, String split, String group) {
        if (km.size() == 0) return;
        for (int m = 0; m <= months; m++) {
            double end = m * MONTH, start = (m - 1) * MONTH;
            int atRisk = m == 0 ? km.size() : km.atRiskAfter(start);
            long events = m == 0 ? 0 : km.eventsIn(start, end), censored = m == 0 ? 0 : km.censoredIn(start, end);
            double s = km.survival(end);
            double[] ci = km.interval(end, KaplanMeier.Z95);
            BigDecimal low = ci == null ? (Double.isNaN(s) ? null : pct(1)) : pct(ci[1]);
            BigDecimal high = ci == null ? (Double.isNaN(s) ? null : pct(1)) : pct(ci[0]);
            List<Object> row = new ArrayList<>();
            if (split != null) {
                row.add(split);
                row.add(group);
            }
            row.addAll(java.util.Arrays.asList(String.valueOf(m), (long) atRisk, events, censored, pct(s), low, high));
            b.row(row);
        }
    }

    private static Table groups(String id, String title, String column, String label, Map<String, List<Person>> byGroup) {
        Table.Builder b = Table.builder(id, title).columns(Column.text(column, label), Column.count("people", "People"),
                Column.count("reoffended", "Reoffended"));
        for (int m : new int[]{3, 6, 12}) {
            b.column(Column.percent("within_" + m + "_months_pct", "% within " + m + " months", "reoffended"));
            b.column(Column.percent("within_" + m + "_months_low", m + " months: 95% low", "reoffended"));
            b.column(Column.percent("within_" + m + "_months_high", m + " months: 95% high", "reoffended"));
        }
        byGroup.forEach((group, members) -> {
            KaplanMeier km = fit(members);
            List<Object> row = new ArrayList<>(List.of(group, (long) members.size(), members.stream().filter(Person::reoffended).count()));
            for (int m : new int[]{3, 6, 12}) {
                double s = km.survival(m * MONTH);
                double[] ci = km.interval(m * MONTH, KaplanMeier.Z95);
                row.add(pct(s));
                row.add(ci == null ? null : pct(ci[1]));
                row.add(ci == null ? null : pct(ci[0]));
            }
            b.row(row);
        });
        return b.build();
    }
}
