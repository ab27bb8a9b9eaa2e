package svo.delivery;

import svo.BadInputException;
import svo.analysis.Column;
import svo.analysis.RateRatio;
import svo.analysis.Rounding;
import svo.analysis.Table;
import svo.store.Jdbc;
import svo.store.Sql;
import svo.store.Store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Does an intervention make a difference? With a pseudonymised participant list, compared with the records: the
 * participants' offending (or victimisation) in the months before and after they started, and against a comparison
 * group drawn from the same records, matched exactly on age band, sex, district and prior offences at the same moment,
 * with the sample sizes and a 95% interval for the difference. Without a list, the product can say only what the
 * provider reports: reach, cost per participant and the provider's own outcome figures, labelled as such.
 *
 * <p>Method, for each participant: start = the first of the month they started (so comparison people are looked at on
 * the same day); prior offences = occurrences as suspect or offender in the window before the start; outcome = any
 * occurrence in the chosen role in the window after it. A participant is matched to every person not on the list whom
 * the records know at the start (an occurrence in the 24 months before) in the same age band, sex, district and band
 * of prior offences; the comparison rate for the participant is the share of those people with the outcome. The effect
 * is the participants' rate minus the mean of their comparison rates; its standard error adds the binomial variance of
 * the participants' rate and of each comparison cell's rate (a cell shared by several participants counted once, with
 * their weight), and the interval is ±1.96 standard errors. Participants whose follow-up has not ended by the end of the
 * records, and those with no comparison person, are left out and counted. Fewer than {@value #MIN_MATCHED} matched
 * participants (the Ministry of Justice's Justice Data Lab minimum) is too few to draw a conclusion, and the report
 * says so.
 */
public final class Evaluation {
    /** Below this many matched participants the result is shown but no conclusion is drawn. */
    public static final int MIN_MATCHED = 60;
    /** People the records know at the start: an occurrence in this many months before it. */
    public static final int KNOWN_MONTHS = 24;

    private static final String PEOPLE = Sql.load(Evaluation.class, "EvaluationPeople");

    private final Register register;

    public Evaluation(Register register) {
        this.register = register;
    }

    /** What is counted after the start. */
    public enum Outcome {
        OFFENDING("suspect,offender", "further offending (an occurrence as suspect or offender)"),
        VICTIMISATION("victim", "victimisation (an occurrence as victim)");

        final String roles;
        final String wording;

        Outcome(String roles, String wording) {
            this.roles = roles;
            this.wording = wording;
        }

        public static Outcome parse(String text) {
            String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            return switch (t) {
                case "offending", "reoffending" -> OFFENDING;
                case "victimisation", "victimization" -> VICTIMISATION;
                default -> throw BadInputException.of("--outcome", text, "offending or victimisation");
            };
        }
    }

    /** The evaluation of one intervention as tables, with the conclusion it allows. */
    public record Report(String interventionId, boolean personLevel, String conclusion, List<Table> tables) {}

    /** One person at one start month, as the records describe them. */
    record Person(LocalDate start, long key, boolean participant, Integer age, String sex, String district, long prior,
                  long before, long after) {
        String stratum() {
            return ageBand(age) + "|" + (sex == null ? "?" : sex) + "|" + (district == null ? "?" : district) + "|" + priorBand(prior);
        }
    }

    /** Evaluates the intervention as of {@code today}; {@code months} is the length of the windows before and after. */
    public Report evaluate(Store store, Viewer viewer, String idOrName, Outcome outcome, int months, LocalDate today) {
        if (months < 1 || months > 36) throw BadInputException.of("--months", Integer.toString(months), "a whole number of months from 1 to 36");
        Register.Intervention i = register.find(store, viewer, idOrName);
        long listed = Jdbc.count(store.connection(), "SELECT count(DISTINCT person_key) FROM intervention_participant WHERE intervention_id = ?", i.id());
        if (listed == 0) return aggregate(store, viewer, i);
        LocalDate recordsEnd = Jdbc.queryOne(store.connection(), "SELECT CAST(max(committed_from) AS DATE) FROM occurrence",
                rs -> rs.getObject(1, LocalDate.class)).orElse(null);
        List<Person> people = Jdbc.query(store.connection(), PEOPLE, rs -> new Person(rs.getObject(1, LocalDate.class), rs.getLong(2),
                rs.getBoolean(3), (Integer) rs.getObject(4), rs.getString(5), rs.getString(6), rs.getLong(7), rs.getLong(8), rs.getLong(9)),
                i.id(), months, outcome.roles);
        Set<Long> participantKeys = new HashSet<>();
        for (Person p : people) if (p.participant()) participantKeys.add(p.key());
        // Comparison cells: start month and stratum -> people not on the list, with their outcome.
        Map<String, long[]> cells = new HashMap<>();
        for (Person p : people) {
            if (p.participant() || participantKeys.contains(p.key())) continue;
            long[] c = cells.computeIfAbsent(p.start() + "#" + p.stratum(), k -> new long[2]);
            c[0]++;
            if (p.after() > 0) c[1]++;
        }
        int followUpOpen = 0, unmatched = 0, matched = 0, withOutcome = 0, withBefore = 0;
        long eventsBefore = 0, eventsAfter = 0;
        double comparisonSum = 0;
        Map<String, Integer> participantsPerCell = new LinkedHashMap<>();
        for (Person p : people) {
            if (!p.participant()) continue;
            if (recordsEnd == null || p.start().plusMonths(months).isAfter(recordsEnd.plusDays(1))) {
                followUpOpen++;
                continue;
            }
            String cell = p.start() + "#" + p.stratum();
            long[] c = cells.get(cell);
            eventsBefore += p.before();
            eventsAfter += p.after();
            if (p.before() > 0) withBefore++;
            if (c == null || c[0] == 0) {
                unmatched++;
                continue;
            }
            matched++;
            if (p.after() > 0) withOutcome++;
            comparisonSum += c[1] / (double) c[0];
            participantsPerCell.merge(cell, 1, Integer::sum);
        }
        int followed = matched + unmatched;
        List<Table> tables = new ArrayList<>();
        Table.Builder sample = Table.builder("sample", "Who is in the evaluation: " + i.name()).columns(Column.text("group", "Group"),
                Column.count("people", "People"));
        sample.row("On the participant list", listed);
        sample.row("Follow-up of " + months + " months not yet over by the end of the records (" + recordsEnd + "): left out", (long) followUpOpen);
        sample.row("Followed up", (long) followed);
        sample.row("No comparison person in the same age band, sex, district and prior offences: left out of the comparison", (long) unmatched);
        sample.row("Matched to a comparison group", (long) matched);
        long comparisonPeople = 0;
        for (String cell : participantsPerCell.keySet()) comparisonPeople += cells.get(cell)[0];
        sample.row("Comparison people (drawn from the same records)", comparisonPeople);
        tables.add(sample.note("People are linked by their pseudonym; nobody's identity is used or shown.").build());

        Table.Builder ba = Table.builder("before_after", "Participants' " + outcome.wording + ": " + months + " months before and after the start")
                .columns(Column.text("window", "Window"), Column.count("people_with_outcome", "People with any"),
                        Column.count("people", "People"), Column.percent("rate_pct", "Rate %", "people"), Column.count("occurrences", "Occurrences"));
        ba.row(months + " months before", (long) withBefore, (long) followed, Rounding.percent(withBefore, followed), eventsBefore);
        long withAfter = people.stream().filter(p -> p.participant() && recordsEnd != null
                && !p.start().plusMonths(months).isAfter(recordsEnd.plusDays(1)) && p.after() > 0).count();
        ba.row(months + " months after", withAfter, (long) followed, Rounding.percent(withAfter, followed), eventsAfter);
        if (eventsBefore + eventsAfter > 0) {
            RateRatio rr = RateRatio.of(eventsAfter, 1, eventsBefore, 1);
            ba.note("Occurrences after / before: " + ratio(rr.ratio()) + " (exact 95% interval " + ratio(rr.low()) + " to " + ratio(rr.high())
                    + ")" + (rr.significant() ? "." : ": no significant change.")
                    + " A before/after change alone does not show the intervention caused it: people are often referred at a peak.");
        }
        tables.add(ba.build());

        String conclusion;
        Table.Builder cmp = Table.builder("comparison", "Against a matched comparison group: " + outcome.wording + " within " + months + " months")
                .columns(Column.text("group", "Group"), Column.count("people", "People"), Column.percent("rate_pct", "Rate %", "people"));
        if (matched == 0) {
            conclusion = "No participant could be evaluated against a comparison group (" + followUpOpen + " still in follow-up, "
                    + unmatched + " without a match).";
            cmp.note(conclusion);
        } else {
            double p1 = withOutcome / (double) matched;
            double p0 = comparisonSum / matched;
            double var1 = p1 * (1 - p1) / matched;
            double var0 = 0;
            for (Map.Entry<String, Integer> e : participantsPerCell.entrySet()) {
                long[] c = cells.get(e.getKey());
                double q = c[1] / (double) c[0];
                double w = e.getValue() / (double) matched;
                var0 += w * w * q * (1 - q) / c[0];
            }
            double diff = p1 - p0, se = Math.sqrt(var1 + var0);
            double low = diff - 1.96 * se, high = diff + 1.96 * se;
            cmp.row("Participants", (long) matched, pct(p1));
            cmp.row("Matched comparison (weighted to the participants)", comparisonPeople, pct(p0));
            String difference = String.format(Locale.UK, "%+.1f percentage points (95%% interval %+.1f to %+.1f)", 100 * diff, 100 * low, 100 * high);
            cmp.note("Difference: " + difference + ".");
            if (matched < MIN_MATCHED) {
                conclusion = "Too few to tell: " + matched + " matched participants, fewer than the " + MIN_MATCHED
                        + " needed to draw a conclusion; the difference of " + difference + " is shown but says little.";
            } else if (high < 0) {
                conclusion = "Participants had less " + outcome.wording + " than similar people: " + difference + ".";
            } else if (low > 0) {
                conclusion = "Participants had more " + outcome.wording + " than similar people: " + difference + ".";
            } else {
                conclusion = "No significant difference from similar people: " + difference + ".";
            }
            cmp.note(conclusion);
            cmp.note("Matched exactly on age band (" + String.join(", ", AGE_BANDS) + "), sex, district and prior offences in the "
                    + months + " months before (0, 1, 2-3, 4 or more), among people the records know in the " + KNOWN_MONTHS
                    + " months before the start. Matching on what the records hold cannot rule out differences they do not hold.");
        }
        tables.add(cmp.build());
        tables.addAll(aggregate(store, viewer, i).tables());
        return new Report(i.id(), true, conclusion, tables);
    }

    /** Reach, cost per participant and the provider's own outcome figures, labelled as the provider's. */
    Report aggregate(Store store, Viewer viewer, Register.Intervention i) {
        List<Table> tables = new ArrayList<>();
        Map<String, double[]> returned = new LinkedHashMap<>();
        Jdbc.query(store.connection(), """
                SELECT r.measure, m.kind, sum(r.value), count(DISTINCT r.quarter)
                FROM return_value r JOIN return_measure m USING (intervention_id, measure)
                WHERE r.intervention_id = ? AND r.value IS NOT NULL
                GROUP BY ALL ORDER BY min(m.position)""", rs -> {
            returned.put(rs.getString(1) + "|" + rs.getString(2), new double[] {rs.getDouble(3), rs.getLong(4)});
            return null;
        }, i.id());
        double reach = 0;
        boolean reachKnown = false;
        double funding = 0;
        for (Map.Entry<String, double[]> e : returned.entrySet()) {
            String measure = e.getKey().split("\\|")[0];
            if (measure.equals(svo.ingest.delivery.ReturnMeasure.UNDER_25) || measure.equals(svo.ingest.delivery.ReturnMeasure.OVER_24)) {
                reach += e.getValue()[0];
                reachKnown = true;
            }
            if (measure.equals("funding_gbp")) funding += e.getValue()[0];
        }
        Table.Builder r = Table.builder("reported", "Reported by the provider: " + i.name()).columns(Column.text("measure", "Measure"),
                Column.text("kind", "Kind"), Column.number("value", "Value"), Column.text("basis", "Basis"));
        if (reachKnown) r.row("participants (sum of quarterly unique participants)", "output", reach, "quarterly returns");
        double cost = i.costGbp() != null ? i.costGbp() : funding;
        if (reachKnown && reach > 0 && cost > 0) {
            r.row("cost per participant (£)", "input", BigDecimal.valueOf(cost / reach).setScale(0, java.math.RoundingMode.HALF_UP),
                    i.costGbp() != null ? "register cost ÷ participants" : "returned funding ÷ participants");
        }
        for (Map.Entry<String, double[]> e : returned.entrySet()) {
            String[] k = e.getKey().split("\\|");
            r.row(k[0].replace('_', ' '), k[1], e.getValue()[0], "quarterly returns (" + (long) e.getValue()[1] + " quarters)");
        }
        for (Register.Figure f : register.figures(store, viewer, i.id())) {
            r.row(f.measure().replace('_', ' '), "published", f.value(), f.stated() + ", " + (f.period() == null ? "" : f.period() + ", ")
                    + f.source());
        }
        r.note("The provider's own figures, as returned or published: not checked against the records, and not evidence of "
                + "impact on their own. Participants summed over quarters may count a person more than once.");
        if (!reachKnown) r.note("No quarterly return gives participants, so no cost per participant can be computed.");
        tables.add(r.build());
        String conclusion = "No participant list: the product cannot compare participants with similar people, only report the "
                + "provider's own figures.";
        return new Report(i.id(), false, conclusion, tables);
    }

    static final List<String> AGE_BANDS = List.of("under 16", "16-17", "18-20", "21-24", "25-29", "30-39", "40 and over");

    static String ageBand(Integer age) {
        if (age == null) return "age unknown";
        if (age < 16) return AGE_BANDS.get(0);
        if (age < 18) return AGE_BANDS.get(1);
        if (age < 21) return AGE_BANDS.get(2);
        if (age < 25) return AGE_BANDS.get(3);
        if (age < 30) return AGE_BANDS.get(4);
        if (age < 40) return AGE_BANDS.get(5);
        return AGE_BANDS.get(6);
    }

    static String priorBand(long prior) {
        if (prior <= 1) return Long.toString(prior);
        return prior <= 3 ? "2-3" : "4+";
    }

    private static BigDecimal pct(double share) {
        return Rounding.decimals(100 * share, 1);
    }

    private static String ratio(double r) {
        return Double.isFinite(r) ? Rounding.decimals(r, 2).toPlainString() : "not defined";
    }
}
