package svo.ingest.delivery;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The closed lists of the delivery data sets: tiers, statuses, the strategy's objective codes, the 5Cs and 4Ps, the
 * qualifiers and units of published figures, and the date forms a register may state.
 */
public final class DeliveryVocabulary {
    private DeliveryVocabulary() {}

    /** The strategy's intervention tiers (2024–26 strategy: primary before violence, secondary at risk, tertiary after). */
    public static final Set<String> TIERS = Set.of("primary", "secondary", "tertiary");
    /** Whether the documents state a value or the transcriber inferred it. */
    public static final Set<String> BASES = Set.of("stated", "inferred");
    /** Intervention statuses. */
    public static final Set<String> STATUSES = Set.of("planned", "pilot", "ongoing", "reduced_capacity", "paused", "completed", "stopped");
    /** Statuses of an intervention still delivering (its returns are expected). */
    public static final Set<String> DELIVERING = Set.of("pilot", "ongoing", "reduced_capacity");
    /** Action statuses. */
    public static final Set<String> ACTION_STATUSES = Set.of("not_started", "in_progress", "done", "dropped");

    /**
     * The Serious Violence Strategy 2026–2028 objectives by code, in the strategy's order (the codes are this product's;
     * the titles are the strategy's words).
     */
    public static final Map<String, String> OBJECTIVES = objectives();

    private static Map<String, String> objectives() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("young-people", "Reduce young people's involvement in serious violence");
        m.put("knife-crime", "Tackle knife crime");
        m.put("repeat-offending", "Disrupt repeat offending and reoffending");
        m.put("night-time-economy", "Reduce violence linked to the night-time economy");
        m.put("alcohol-drugs", "Address alcohol and drug use as drivers of serious violence");
        m.put("inequalities", "Address inequalities resulting from serious violence");
        m.put("data", "Improve data collection, collation and analysis");
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The 5Cs of the public-health approach and the 4Ps (2024–26 strategy), as tags. */
    public static final Set<String> PRIORITIES = Set.of("collaborate", "co-produce", "co-operate", "counter-narrative",
            "community-consensus", "prevent", "protect", "pursue", "prepare");

    /** How a published figure is qualified ("over 400", "approximately 16"). */
    public static final Set<String> QUALIFIERS = Set.of("exact", "approx", "more_than", "nearly", "at_least");
    /** Units of published figures. */
    public static final Set<String> FIGURE_UNITS = Set.of("count", "people", "pct", "hours", "weeks", "years", "gbp",
            "count_per_session", "count_per_night", "nights_per_week");

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");

    /**
     * A date as a register states it: {@code 2025-07-31} or {@code 31/07/2025} (a day), {@code 2025-07} (a month),
     * {@code 2025} (a year). Returns the first day ({@code first}) or the last day of what was stated, or null when
     * the text is none of these.
     */
    public static LocalDate statedDate(String text, boolean first) {
        String t = text.strip();
        LocalDate day = svo.ingest.Parse.date(t);
        if (day != null) return day;
        Matcher m = MONTH.matcher(t);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) return null;
            YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), month);
            return first ? ym.atDay(1) : ym.atEndOfMonth();
        }
        m = YEAR.matcher(t);
        if (m.matches()) {
            int y = Integer.parseInt(m.group(1));
            return first ? LocalDate.of(y, 1, 1) : LocalDate.of(y, 12, 31);
        }
        return null;
    }

    /** A register's list cell: values separated by ';', trimmed, lower case, blanks dropped. */
    public static java.util.List<String> list(String text) {
        if (text == null) return java.util.List.of();
        return java.util.Arrays.stream(text.split(";")).map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).toList();
    }

    /** An id made from a name: lower case letters and digits, words joined by hyphens. */
    public static String slug(String name) {
        String s = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return s.length() > 80 ? s.substring(0, 80).replaceAll("-+$", "") : s;
    }
}
