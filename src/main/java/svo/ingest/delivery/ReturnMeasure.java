package svo.ingest.delivery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One measure an intervention's quarterly return reports: its name, unit, kind (input, output, outcome), whether
 * the return must include it, and the value planned for a quarter. The standard measures follow the spec's
 * performance framework and the interventions report's own template ("young people 24 and under reached", "25 and
 * over", "professionals trained"); an intervention may add its own.
 *
 * <p>The register's {@code measures} column lists an intervention's measures, separated by {@code ;}:
 * <pre>
 * sessions_delivered*=12; attendance*; participants_24_and_under*; participants_25_and_over; knives_surrendered:count:outcome
 * </pre>
 * {@code *} makes a measure required, {@code =12} plans 12 a quarter, {@code :unit[:kind]} defines a measure of the
 * intervention's own (a standard measure's unit may be repeated but not changed).
 */
public record ReturnMeasure(String name, String unit, String kind, boolean required, Double planPerQuarter) {
    /** Units a return value may have. */
    public static final Set<String> UNITS = Set.of("count", "people", "hours", "gbp", "pct", "date");
    /** Kinds of measure (the performance framework's inputs, outputs and outcomes). */
    public static final Set<String> KINDS = Set.of("input", "output", "outcome");

    /** Unique participants aged 24 and under in the quarter. */
    public static final String UNDER_25 = "participants_24_and_under";
    /** Unique participants aged 25 and over in the quarter. */
    public static final String OVER_24 = "participants_25_and_over";
    /** Total attendances (one person at three sessions is three). */
    public static final String ATTENDANCE = "attendance";

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final Pattern ENTRY = Pattern.compile("([^:*=]+)(?::([^:*=]+))?(?::([^:*=]+))?(\\*)?(?:=(.+))?");

    /** The standard measures, in the order a return form shows them. */
    public static final Map<String, ReturnMeasure> STANDARD = standard();

    private static Map<String, ReturnMeasure> standard() {
        Map<String, ReturnMeasure> m = new LinkedHashMap<>();
        put(m, "funding_gbp", "gbp", "input");
        put(m, "staff_hours", "hours", "input");
        put(m, "sessions_delivered", "count", "output");
        put(m, ATTENDANCE, "count", "output");
        put(m, UNDER_25, "people", "output");
        put(m, OVER_24, "people", "output");
        put(m, "referrals_received", "count", "output");
        put(m, "professionals_trained", "people", "output");
        put(m, "visits", "count", "output");
        put(m, "first_session_date", "date", "output");
        put(m, "last_session_date", "date", "output");
        put(m, "desisted", "people", "outcome");
        put(m, "reoffended", "people", "outcome");
        put(m, "into_education_or_employment", "people", "outcome");
        put(m, "survey_respondents", "people", "outcome");
        put(m, "survey_improved_pct", "pct", "outcome");
        return java.util.Collections.unmodifiableMap(m);
    }

    private static void put(Map<String, ReturnMeasure> m, String name, String unit, String kind) {
        m.put(name, new ReturnMeasure(name, unit, kind, false, null));
    }

    /** What a measure of this unit holds, for forms and error messages. */
    public static String describeUnit(String unit) {
        return switch (unit) {
            case "count" -> "a whole number, 0 or more";
            case "people" -> "a whole number of people, 0 or more";
            case "hours" -> "a number of hours, 0 or more";
            case "gbp" -> "an amount in pounds, 0 or more";
            case "pct" -> "a percentage from 0 to 100";
            case "date" -> "a date in the quarter (YYYY-MM-DD)";
            default -> unit;
        };
    }

    /**
     * Parses the register's measures column. Returns the measures, or throws {@link IllegalArgumentException} with a
     * message that says which entry is wrong and why. A blank column gives the standard measures, none required.
     */
    public static List<ReturnMeasure> parseList(String text) {
        if (text == null || text.isBlank()) return List.copyOf(STANDARD.values());
        Map<String, ReturnMeasure> out = new LinkedHashMap<>();
        for (String raw : text.split(";")) {
            String entry = raw.strip();
            if (entry.isEmpty()) continue;
            Matcher m = ENTRY.matcher(entry);
            if (!m.matches()) throw new IllegalArgumentException("'" + entry + "' is not name[:unit[:kind]][*][=plan]");
            String name = m.group(1).strip().toLowerCase(Locale.ROOT);
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("'" + name + "' is not a measure name (lower case letters, digits and _)");
            }
            String unit = m.group(2) == null ? null : m.group(2).strip().toLowerCase(Locale.ROOT);
            String kind = m.group(3) == null ? null : m.group(3).strip().toLowerCase(Locale.ROOT);
            ReturnMeasure standard = STANDARD.get(name);
            if (standard != null) {
                if (unit != null && !unit.equals(standard.unit())) {
                    throw new IllegalArgumentException("'" + name + "' is a standard measure in " + standard.unit() + ", not " + unit);
                }
                unit = standard.unit();
                if (kind == null) kind = standard.kind();
            } else if (unit == null) {
                throw new IllegalArgumentException("'" + name + "' is not a standard measure, so it needs a unit (" + name
                        + ":count); the standard ones are " + String.join(", ", STANDARD.keySet()));
            }
            if (!UNITS.contains(unit)) {
                throw new IllegalArgumentException("'" + unit + "' is not a unit; expected one of " + String.join(", ", new java.util.TreeSet<>(UNITS)));
            }
            if (kind == null) kind = "output";
            if (!KINDS.contains(kind)) throw new IllegalArgumentException("'" + kind + "' is not input, output or outcome");
            Double plan = null;
            if (m.group(5) != null) {
                if (unit.equals("date")) throw new IllegalArgumentException("'" + name + "' is a date, so it cannot have a planned value");
                try {
                    plan = Double.parseDouble(m.group(5).strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + m.group(5).strip() + "' is not a planned value for " + name);
                }
                if (!(plan >= 0) || Double.isInfinite(plan)) throw new IllegalArgumentException("the plan for " + name + " must be 0 or more");
            }
            if (out.put(name, new ReturnMeasure(name, unit, kind, m.group(4) != null, plan)) != null) {
                throw new IllegalArgumentException("'" + name + "' is listed twice");
            }
        }
        if (out.isEmpty()) return List.copyOf(STANDARD.values());
        return new ArrayList<>(out.values());
    }
}
