package svo.ingest.delivery;

import org.duckdb.DuckDBAppender;
import svo.ingest.Append;
import svo.ingest.Header;
import svo.ingest.ImportContext;
import svo.ingest.Importer;
import svo.ingest.Layout;
import svo.ingest.Layout.Field;
import svo.ingest.Parse;
import svo.ingest.Row;
import svo.store.Jdbc;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Quarterly returns: one row per intervention, quarter and measure. A return (one intervention, one quarter) is
 * taken whole or refused whole, with the reason: a measure the intervention does not report, a value its unit cannot
 * have (a negative count, a percentage over 100, a date outside the quarter), a required measure left out, more
 * unique participants than attendances, more people with an outcome than participants. A return for an intervention
 * and quarter already returned is a correction: it becomes the current version and the earlier one is kept.
 *
 * <pre>
 * intervention,quarter,measure,value
 * erewash-youth-outreach-safe-and-sound,2025Q4,sessions_delivered,37
 * erewash-youth-outreach-safe-and-sound,2025Q4,attendance,679
 * </pre>
 *
 * Constructed with an owner, it refuses every row of an intervention that organisation does not own: a provider
 * submits returns only for its own interventions.
 */
public final class ReturnImporter implements Importer {
    static final Layout LAYOUT = new Layout("intervention-returns",
            "Quarterly returns of interventions, one row per intervention, quarter and measure.", List.of(
            Field.required("intervention", "the intervention's id or name, as in the register"),
            Field.required("quarter", "calendar quarter, e.g. 2025Q4 (October to December 2025)"),
            Field.required("measure", "one of the intervention's measures (./svo interventions show ID lists them)"),
            Field.required("value", "a number in the measure's unit, or a date in the quarter for a date measure"),
            Field.optional("note", "anything the reader of the return should know")));

    private final Clock clock;
    private final String owner;

    /** Returns from an operator who may submit for any intervention. */
    public ReturnImporter() {
        this(Clock.systemDefaultZone(), null);
    }

    /** Returns checked against today's date from {@code clock}; {@code owner} non-null limits them to that organisation's interventions. */
    public ReturnImporter(Clock clock, String owner) {
        this.clock = clock;
        this.owner = owner;
    }

    @Override
    public Layout layout() {
        return LAYOUT;
    }

    @Override
    public String table() {
        return "return_value_all";
    }

    @Override
    public String periodSql() {
        return "SELECT min(quarter_start), max(quarter_end) FROM return_value_all WHERE batch_id = ?";
    }

    @Override
    public Load start(ImportContext ctx, Header header) throws SQLException {
        DuckDBAppender out = ctx.appender(table());
        RegisterIndex register = RegisterIndex.load(ctx.connection());
        Map<String, Map<String, ReturnMeasure>> measures = new HashMap<>();
        Jdbc.query(ctx.connection(), "SELECT intervention_id, measure, unit, kind, required, plan_per_quarter FROM return_measure "
                + "ORDER BY intervention_id, position", rs -> measures.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                .put(rs.getString(2), new ReturnMeasure(rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5),
                        (Double) rs.getObject(6))));
        LocalDate today = LocalDate.now(clock);
        long batch = ctx.batchId();
        Map<String, Long> broken = new LinkedHashMap<>();
        return new Load() {
            @Override
            public void row(Row r) {
                String intervention = r.required("intervention");
                RegisterIndex.Entry e = register.find(intervention);
                if (intervention != null && e == null) r.error("intervention", intervention, RegisterIndex.unknown(intervention, register.isEmpty()));
                if (e != null && owner != null && !owner.strip().equalsIgnoreCase(e.owner())) {
                    r.error("intervention", intervention, "'" + e.name() + "' belongs to " + e.owner()
                            + "; a provider submits returns only for its own interventions");
                }
                String quarterText = r.required("quarter");
                Quarter quarter = quarterText == null ? null : Quarter.tryParse(quarterText);
                if (quarterText != null && quarter == null) {
                    r.error("quarter", quarterText, "'" + quarterText + "' is not a quarter; expected e.g. 2025Q4 (October to December 2025)");
                } else if (quarter != null && quarter.start().isAfter(today)) {
                    r.error("quarter", quarterText, quarter + " has not started yet (today is " + today + ")");
                } else if (quarter != null && e != null && e.start() != null && quarter.end().isBefore(e.start())) {
                    r.error("quarter", quarterText, quarter + " ends before " + e.name() + " started (" + e.start() + ", as the register says)");
                } else if (quarter != null && e != null && e.end() != null && quarter.start().isAfter(e.end())) {
                    r.error("quarter", quarterText, quarter + " starts after " + e.name() + " ended (" + e.end() + ", as the register says)");
                }
                String measureName = r.required("measure");
                ReturnMeasure m = null;
                if (measureName != null && e != null) {
                    Map<String, ReturnMeasure> defs = measures.getOrDefault(e.id(), Map.of());
                    m = defs.get(measureName.strip().toLowerCase(Locale.ROOT));
                    if (m == null) {
                        r.error("measure", measureName, "'" + measureName + "' is not a measure of " + e.name() + "; its measures are "
                                + String.join(", ", defs.keySet()));
                    }
                }
                String valueText = r.required("value");
                Double value = null;
                LocalDate date = null;
                if (m != null && valueText != null) {
                    if (m.unit().equals("date")) {
                        date = Parse.date(valueText);
                        if (date == null) r.error("value", valueText, "'" + valueText + "' is not a date; " + m.name() + " is " + ReturnMeasure.describeUnit("date"));
                        else if (quarter != null && !quarter.contains(date)) {
                            r.error("value", valueText, valueText + " is outside the quarter " + quarter + " (" + quarter.start() + " to " + quarter.end()
                                    + "); " + m.name() + " must be a date in the quarter the return covers");
                        }
                    } else {
                        value = Parse.decimal(valueText);
                        String why = value == null ? "is not a number" : impossible(m.unit(), value);
                        if (why != null) {
                            r.error("value", valueText, "'" + valueText + "' " + why + "; " + m.name() + " is " + ReturnMeasure.describeUnit(m.unit()));
                            value = null;
                        }
                    }
                }
                if (!r.ok()) {
                    if (e != null && quarter != null) broken.putIfAbsent(e.id() + "|" + quarter, r.line());
                    return;
                }
                try {
                    out.beginRow();
                    out.append(batch);
                    out.append(r.line());
                    out.append(e.id());
                    out.append(quarter.toString());
                    Append.date(out, quarter.start());
                    Append.date(out, quarter.end());
                    out.append(m.name());
                    out.append(m.unit());
                    Append.number(out, value);
                    Append.date(out, date);
                    Append.text(out, r.text("note"));
                    out.endRow();
                } catch (SQLException ex) {
                    throw new IllegalStateException("cannot append return row: " + ex.getMessage(), ex);
                }
            }

            @Override
            public void finish() {
                rejectBrokenReturns(ctx, batch, broken);
                ctx.rejectWhere(Sql.DUPLICATES, batch, batch);
                ctx.rejectWhere(Sql.MISSING_REQUIRED, batch, batch, batch);
                ctx.rejectWhere(Sql.PARTICIPANTS_ABOVE_ATTENDANCE, batch, batch);
                ctx.rejectWhere(Sql.OUTCOMES_ABOVE_PARTICIPANTS, batch, batch);
                ctx.rejectWhere(Sql.DATES_IN_ORDER, batch, batch);
            }
        };
    }

    /** Why a value is impossible for its unit, or null when it is possible. */
    static String impossible(String unit, double v) {
        if (!Double.isFinite(v)) return "is not a number";
        if (v < 0) return "is negative";
        return switch (unit) {
            case "count", "people" -> v != Math.rint(v) ? "is not a whole number" : null;
            case "pct" -> v > 100 ? "is a percentage over 100" : null;
            default -> null;
        };
    }

    /** Every other line of a return that has a refused line is refused too: a return is taken whole or not at all. */
    private static void rejectBrokenReturns(ImportContext ctx, long batch, Map<String, Long> broken) {
        if (broken.isEmpty()) return;
        Jdbc.execute(ctx.connection(), "CREATE OR REPLACE TEMP TABLE svo_broken_return (intervention_id VARCHAR, quarter VARCHAR, bad_line BIGINT)");
        for (Map.Entry<String, Long> b : broken.entrySet()) {
            String[] k = b.getKey().split("\\|", 2);
            Jdbc.update(ctx.connection(), "INSERT INTO svo_broken_return VALUES (?, ?, ?)", k[0], k[1], b.getValue());
        }
        ctx.rejectWhere("""
                SELECT v.line, 'quarter' AS column_name, v.quarter AS value,
                       'line ' || b.bad_line || ' of the same return (' || v.intervention_id || ', ' || v.quarter
                       || ') was refused, so the whole return is refused' AS reason
                FROM return_value_all v JOIN svo_broken_return b USING (intervention_id, quarter)
                WHERE v.batch_id = ?""", batch);
        Jdbc.execute(ctx.connection(), "DROP TABLE svo_broken_return");
    }

    /** The set-based checks, each returning {@code line, column_name, value, reason} for the lines to refuse. */
    private static final class Sql {
        static final String DUPLICATES = """
                SELECT v.line, 'measure' AS column_name, v.measure AS value,
                       'the return for ' || v.intervention_id || ', ' || v.quarter || ' gives ' || v.measure
                       || ' twice (first on line ' || d.first_line || ')' AS reason
                FROM return_value_all v
                JOIN (SELECT intervention_id, quarter, measure, min(line) AS first_line FROM return_value_all
                      WHERE batch_id = ? GROUP BY ALL HAVING count(*) > 1) d USING (intervention_id, quarter, measure)
                WHERE v.batch_id = ? AND v.line > d.first_line""";

        static final String MISSING_REQUIRED = """
                WITH ret AS (SELECT DISTINCT intervention_id, quarter FROM return_value_all WHERE batch_id = ?),
                missing AS (
                    SELECT ret.intervention_id, ret.quarter, string_agg(m.measure, ', ' ORDER BY m.measure) AS measures
                    FROM ret JOIN return_measure m ON m.intervention_id = ret.intervention_id AND m.required
                    WHERE NOT EXISTS (SELECT 1 FROM return_value_all v WHERE v.batch_id = ? AND v.intervention_id = ret.intervention_id
                                      AND v.quarter = ret.quarter AND v.measure = m.measure)
                    GROUP BY ALL)
                SELECT v.line, 'measure' AS column_name, v.measure AS value,
                       'the return for ' || v.intervention_id || ', ' || v.quarter || ' omits the required measure '
                       || missing.measures || ', so the whole return is refused' AS reason
                FROM return_value_all v JOIN missing USING (intervention_id, quarter)
                WHERE v.batch_id = ?""";

        static final String PARTICIPANTS_ABOVE_ATTENDANCE = """
                WITH r AS (
                    SELECT intervention_id, quarter,
                           max(value) FILTER (WHERE measure = 'attendance') AS attendance,
                           sum(value) FILTER (WHERE measure IN ('participants_24_and_under', 'participants_25_and_over')) AS participants
                    FROM return_value_all WHERE batch_id = ? GROUP BY ALL)
                SELECT v.line, 'value' AS column_name, CAST(v.value AS VARCHAR) AS value,
                       'the return for ' || v.intervention_id || ', ' || v.quarter || ' gives ' || CAST(r.participants AS BIGINT)
                       || ' unique participants but only ' || CAST(r.attendance AS BIGINT)
                       || ' attendances; every participant attends at least once, so the whole return is refused' AS reason
                FROM return_value_all v JOIN r USING (intervention_id, quarter)
                WHERE v.batch_id = ? AND r.participants > r.attendance
                  AND v.measure IN ('attendance', 'participants_24_and_under', 'participants_25_and_over')""";

        static final String OUTCOMES_ABOVE_PARTICIPANTS = """
                WITH r AS (
                    SELECT intervention_id, quarter,
                           sum(value) FILTER (WHERE measure IN ('participants_24_and_under', 'participants_25_and_over')) AS participants,
                           max(value) FILTER (WHERE measure = 'desisted') AS desisted,
                           max(value) FILTER (WHERE measure = 'reoffended') AS reoffended,
                           max(value) FILTER (WHERE measure = 'into_education_or_employment') AS into_work
                    FROM return_value_all WHERE batch_id = ? GROUP BY ALL)
                SELECT v.line, 'value' AS column_name, CAST(v.value AS VARCHAR) AS value,
                       'the return for ' || v.intervention_id || ', ' || v.quarter || ' gives ' || v.measure || ' = '
                       || CAST(v.value AS BIGINT) || ', more than its ' || CAST(r.participants AS BIGINT)
                       || ' participants, so the whole return is refused' AS reason
                FROM return_value_all v JOIN r USING (intervention_id, quarter)
                WHERE v.batch_id = ? AND r.participants IS NOT NULL
                  AND v.measure IN ('desisted', 'reoffended', 'into_education_or_employment') AND v.value > r.participants""";

        static final String DATES_IN_ORDER = """
                WITH r AS (
                    SELECT intervention_id, quarter,
                           max(value_date) FILTER (WHERE measure = 'first_session_date') AS first_day,
                           max(value_date) FILTER (WHERE measure = 'last_session_date') AS last_day
                    FROM return_value_all WHERE batch_id = ? GROUP BY ALL)
                SELECT v.line, 'value' AS column_name, CAST(v.value_date AS VARCHAR) AS value,
                       'the return for ' || v.intervention_id || ', ' || v.quarter || ' has its last session ('
                       || r.last_day || ') before its first (' || r.first_day || '), so the whole return is refused' AS reason
                FROM return_value_all v JOIN r USING (intervention_id, quarter)
                WHERE v.batch_id = ? AND r.last_day < r.first_day AND v.measure IN ('first_session_date', 'last_session_date')""";
    }
}
