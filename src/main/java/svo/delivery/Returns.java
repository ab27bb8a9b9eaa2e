package svo.delivery;

import svo.analysis.Column;
import svo.analysis.Table;
import svo.ingest.ImportOptions;
import svo.ingest.ImportProgress;
import svo.ingest.ImportReport;
import svo.ingest.ImportRunner;
import svo.ingest.SourceFile;
import svo.ingest.delivery.Quarter;
import svo.ingest.delivery.ReturnImporter;
import svo.ingest.delivery.ReturnMeasure;
import svo.store.Jdbc;
import svo.store.Store;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Quarterly returns: which are expected, which have come in (current version and every earlier one), which are
 * overdue, and whether an intervention delivered what it planned. A return is due one month after its quarter ends.
 * Returns are expected for each quarter an intervention delivers, from the later of its start and the quarter it
 * entered the register (earlier quarters cannot be overdue for a register that did not yet exist), or from its first
 * return if that is earlier, to its end.
 *
 * <pre>
 * Returns returns = new Returns(new Register());
 * List&lt;Returns.Status&gt; s = returns.status(store, Viewer.OPERATOR, Quarter.parse("2025Q4"), LocalDate.now());
 * </pre>
 */
public final class Returns {
    /** A measure within this share of its plan counts as delivered to plan. */
    public static final double ON_PLAN_SHARE = 0.9;

    private final Register register;

    public Returns(Register register) {
        this.register = register;
    }

    /** One value of a return. */
    public record Value(String measure, String unit, Double value, LocalDate date, String note) {
        /** The value as text. */
        public String text() {
            if (date != null) return date.toString();
            if (value == null) return "";
            return value == Math.rint(value) ? String.format("%.0f", value) : java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }

    /** One version of one return. */
    public record Version(String interventionId, Quarter quarter, int version, boolean current, long batchId, String submittedBy,
                          LocalDateTime submittedAt, List<Value> values) {}

    /** A planned measure against what the return gave. */
    public record PlanCheck(String measure, double plan, Double actual) {
        /** Actual as a share of plan (1.0 = to plan), or null when the return did not give it. */
        public Double share() {
            return actual == null ? null : plan == 0 ? (actual > 0 ? Double.POSITIVE_INFINITY : 1.0) : actual / plan;
        }
    }

    /** Delivery against plan in one quarter. */
    public record Delivery(Quarter quarter, String status, List<PlanCheck> checks) {
        public static final String ON_PLAN = "on plan";
        public static final String BELOW_PLAN = "below plan";
        public static final String NO_PLAN = "no plan recorded";
        public static final String NO_RETURN = "no return";
    }

    /** An intervention's returns as of a quarter. */
    public record Status(Register.Intervention intervention, List<Quarter> expected, List<Quarter> received, List<Quarter> overdue,
                         Quarter notYetDue, Delivery delivery) {
        /** The state of the quarter's own return: received, overdue, due on a date, or not expected. */
        public String quarterState(Quarter q, LocalDate today) {
            if (received.contains(q)) return "received";
            if (overdue.contains(q)) return "overdue";
            if (expected.contains(q)) return "due by " + due(q);
            return "not expected";
        }
    }

    /** The day a quarter's return is due: one month after the quarter ends. */
    public static LocalDate due(Quarter q) {
        return q.end().plusMonths(1);
    }

    /** Every return's versions for one intervention (newest last). */
    public List<Version> history(Store store, Viewer viewer, String interventionIdOrName) {
        Register.Intervention i = register.find(store, viewer, interventionIdOrName);
        Map<String, Version> byKey = new LinkedHashMap<>();
        Map<String, List<Value>> values = new HashMap<>();
        Jdbc.query(store.connection(), """
                SELECT v.quarter, v.version, v.versions, v.batch_id, b.loaded_by, b.loaded_at,
                       r.measure, r.unit, r.value, r.value_date, r.note
                FROM return_version v
                JOIN batch b USING (batch_id)
                JOIN return_value_all r ON r.batch_id = v.batch_id AND r.intervention_id = v.intervention_id AND r.quarter = v.quarter
                JOIN return_measure m ON m.intervention_id = r.intervention_id AND m.measure = r.measure
                WHERE v.intervention_id = ?
                ORDER BY v.quarter, v.version, m.position""", rs -> {
            String key = rs.getString(1) + "#" + rs.getInt(2);
            byKey.computeIfAbsent(key, k -> {
                try {
                    return new Version(i.id(), Quarter.parse(rs.getString(1)), rs.getInt(2), rs.getInt(2) == rs.getInt(3), rs.getLong(4),
                            rs.getString(5), rs.getObject(6, LocalDateTime.class), values.computeIfAbsent(key, x -> new ArrayList<>()));
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            values.get(key).add(new Value(rs.getString(7), rs.getString(8), (Double) rs.getObject(9), rs.getObject(10, LocalDate.class),
                    rs.getString(11)));
            return null;
        }, i.id());
        List<Version> out = new ArrayList<>();
        for (Version v : byKey.values()) out.add(new Version(v.interventionId(), v.quarter(), v.version(), v.current(), v.batchId(),
                v.submittedBy(), v.submittedAt(), List.copyOf(v.values())));
        return out;
    }

    /** The current returns of every intervention the viewer may see, as of {@code asOf}, judged on {@code today}. */
    public List<Status> status(Store store, Viewer viewer, Quarter asOf, LocalDate today) {
        Map<String, TreeSet<Quarter>> received = new HashMap<>();
        Map<String, Map<String, Double>> values = new HashMap<>();
        Jdbc.query(store.connection(), "SELECT intervention_id, quarter, measure, value FROM return_value", rs -> {
            Quarter q = Quarter.parse(rs.getString(2));
            received.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(q);
            values.computeIfAbsent(rs.getString(1) + "|" + q, k -> new HashMap<>()).put(rs.getString(3), (Double) rs.getObject(4));
            return null;
        });
        List<Status> out = new ArrayList<>();
        for (Register.Intervention i : register.list(store, viewer)) {
            TreeSet<Quarter> got = received.getOrDefault(i.id(), new TreeSet<>());
            List<Quarter> expected = expected(i, got, asOf);
            List<Quarter> overdue = new ArrayList<>();
            Quarter notYetDue = null;
            for (Quarter q : expected) {
                if (got.contains(q)) continue;
                if (!due(q).isAfter(today)) overdue.add(q);
                else if (notYetDue == null) notYetDue = q;
            }
            List<PlanCheck> checks = new ArrayList<>();
            for (ReturnMeasure m : register.measures(store, i.id())) {
                if (m.planPerQuarter() == null) continue;
                Map<String, Double> v = values.get(i.id() + "|" + asOf);
                checks.add(new PlanCheck(m.name(), m.planPerQuarter(), v == null ? null : v.get(m.name())));
            }
            String state;
            if (checks.isEmpty()) state = Delivery.NO_PLAN;
            else if (!got.contains(asOf)) state = Delivery.NO_RETURN;
            else state = checks.stream().allMatch(c -> c.share() != null && c.share() >= ON_PLAN_SHARE) ? Delivery.ON_PLAN : Delivery.BELOW_PLAN;
            out.add(new Status(i, expected, List.copyOf(got.headSet(asOf, true)), overdue, notYetDue, new Delivery(asOf, state, checks)));
        }
        return out;
    }

    /** Quarters whose return the intervention owes, up to {@code asOf}. */
    static List<Quarter> expected(Register.Intervention i, TreeSet<Quarter> received, Quarter asOf) {
        if (!i.delivering() && i.end() == null) return List.of();
        Quarter first = Quarter.of(i.registered());
        if (i.start() != null && Quarter.of(i.start()).compareTo(first) > 0) first = Quarter.of(i.start());
        if (!received.isEmpty() && received.first().compareTo(first) < 0) first = received.first();
        Quarter last = asOf;
        if (i.end() != null && Quarter.of(i.end()).compareTo(last) < 0) last = Quarter.of(i.end());
        List<Quarter> out = new ArrayList<>();
        for (Quarter q = first; q.compareTo(last) <= 0; q = q.next()) out.add(q);
        return out;
    }

    /**
     * Imports a returns file as the viewer: a provider may submit only for its own interventions (every row of another
     * organisation's intervention is refused) and always strictly.
     */
    public ImportReport submit(Store store, Viewer viewer, SourceFile file, ImportOptions options, Clock clock) {
        ImportOptions o = viewer.provider() ? options.withLenient(false) : options;
        ImportRunner runner = new ImportRunner(store, Map.of(), clock);
        return runner.run(new ReturnImporter(clock, viewer.provider() ? viewer.organisation() : null), file, o, ImportProgress.NONE);
    }

    /** Returns as a table: one row per intervention, quarter and measure, current versions (or every version). */
    public static Table table(List<Version> versions, Register.Intervention i) {
        Table.Builder t = Table.builder("returns", "Quarterly returns: " + i.name()).columns(Column.text("quarter", "Quarter"),
                Column.number("version", "Version"), Column.text("current", "Current"), Column.text("measure", "Measure"),
                Column.text("unit", "Unit"), Column.text("value", "Value"), Column.text("note", "Note"),
                Column.text("submitted_by", "Submitted by"), Column.text("submitted_at", "Submitted"));
        for (Version v : versions) {
            for (Value x : v.values()) {
                t.row(v.quarter().toString(), (long) v.version(), v.current() ? "yes" : "no (corrected)", x.measure(), x.unit(), x.text(),
                        x.note(), v.submittedBy(), v.submittedAt() == null ? null : v.submittedAt().toString().replace('T', ' '));
            }
        }
        return t.note("A later return for the same quarter corrects an earlier one; every version is kept.").build();
    }
}
