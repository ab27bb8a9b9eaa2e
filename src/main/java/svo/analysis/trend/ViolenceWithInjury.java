package svo.analysis.trend;

import svo.analysis.Analysis;
import svo.analysis.Definitions;
import svo.analysis.InScope;
import svo.analysis.Result;
import svo.analysis.Scope;
import svo.analysis.SpanCounts;
import svo.definitions.Definition;
import svo.store.Jdbc;
import svo.store.Sql;
import svo.store.Store;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Violence with injury by offence (GBH with intent, GBH without intent, poison …) and ABH shown separately (SNA 2025 §3.2). */
public final class ViolenceWithInjury implements Analysis {
    private static final String SQL = Sql.load(ViolenceWithInjury.class);
    private static final String ABH_SQL = Sql.load(ViolenceWithInjury.class, "ViolenceWithInjuryAbh");
    static final String ABH_DEFINITION = "abh-definition";
    /** Offence code → label, in the SNA's order; any other code of the group follows under its own label. */
    private static final Map<String, String> LABELS = new java.util.LinkedHashMap<>();

    static {
        LABELS.put("gbh_with_intent", "GBH with intent");
        LABELS.put("gbh_without_intent", "GBH without intent");
        LABELS.put("administer_poison", "Administer poison with intent");
        LABELS.put("attempted_murder", "Attempted murder");
        LABELS.put("abh", "ABH");
        LABELS.put("other_violence_with_injury", "Other violence with injury");
    }

    private final Definitions definitions;

    public ViolenceWithInjury(Definitions definitions) {
        this.definitions = definitions;
    }

    @Override public String id() { return "trend.violence-with-injury"; }
    @Override public String title() { return "Violence with injury by offence, and ABH"; }
    @Override public String section() { return "SNA 2025 §3.2"; }
    @Override public List<String> datasets() { return List.of("occurrences", "persons"); }
    @Override public Map<String, String> parameters() {
        return Map.of(OffenceTypeTrend.MAX_AGE, "oldest age of the young victim and suspect cohorts (default 18)",
                ABH_DEFINITION, "the definition ABH is counted under, as it is outside svb-2024 (default svb-2025)");
    }

    @Override
    public Result run(Store store, Scope scope) {
        int maxAge = OffenceTypeTrend.maxAge(scope);
        Connection c = store.connection();
        InScope.persons(c, scope);
        SpanCounts byOffence = new SpanCounts(scope.period(), 3);
        List<Object[]> rows = Jdbc.query(c, SQL, rs -> new Object[] {rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)}, maxAge, maxAge);
        List<String> codes = new ArrayList<>(LABELS.keySet());
        rows.stream().map(r -> (String) r[0]).filter(o -> !codes.contains(o)).distinct().sorted().forEach(codes::add);
        for (String code : codes) {
            for (Object[] r : rows) {
                if (r[0].equals(code)) byOffence.add(LABELS.getOrDefault(code, code), (int) r[1], (long) r[2], (long) r[3], (long) r[4]);
            }
        }
        Definition abhDefinition = definitions.resolve(scope.parameter(ABH_DEFINITION, "svb-2025"), false);
        SpanCounts abh = abh(c, scope, abhDefinition, maxAge);
        List<String> notes = new ArrayList<>(OffenceTypeTrend.notes(scope, maxAge));
        notes.add("The SNA prints only GBH with intent, GBH without intent and administering poison, which do not add up to its "
                + "violence with injury row; here every offence of the group is shown, so they do.");
        notes.add("ABH is counted under " + abhDefinition.label() + " (its own definition), not the scope's.");
        return new Result(id(), title(), scope, List.of(
                OffenceTypeTrend.table(scope, byOffence, maxAge, "by_offence", "Violence with injury by offence"),
                OffenceTypeTrend.table(scope, abh, maxAge, "abh", "Assault occasioning actual bodily harm (ABH), under " + abhDefinition.label()),
                OffenceTypeTrend.changes(scope, byOffence, maxAge, "changes", "Change in the latest period, violence with injury"),
                OffenceTypeTrend.changes(scope, abh, maxAge, "abh_changes", "Change in the latest period, ABH")),
                Map.of(), notes);
    }

    private static SpanCounts abh(Connection c, Scope scope, Definition abhDefinition, int maxAge) {
        List<Object> params = new ArrayList<>();
        String span = InScope.spanCase("committed_from", scope.period(), params);
        String period = InScope.periodCondition("committed_from", scope.period(), params);
        String area = InScope.areaCondition(scope.area(), "district_code", params);
        params.add(maxAge);
        params.add(maxAge);
        String sql = ABH_SQL.replace("{definition}", abhDefinition.sqlCondition()).replace("{span}", span)
                .replace("{period}", period).replace("{area}", area);
        SpanCounts counts = new SpanCounts(scope.period(), 3);
        Jdbc.query(c, sql, rs -> {
            counts.add("ABH", rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
            return null;
        }, params.toArray());
        return counts;
    }
}
