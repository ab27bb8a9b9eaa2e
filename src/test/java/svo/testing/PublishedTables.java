package svo.testing;

import svo.analysis.Period;
import svo.ingest.CsvReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SNA 2025's printed tables ({@code ../shared/fixtures/sna2025/*.csv}, described in its README) read as
 * rows, with the tools to expand a printed table into {@link Records} that add up to it exactly.
 *
 * <pre>
 * Fixture sv = PublishedTables.sna2025("sv_yearly").where("category", "Serious Violence").where("cohort", "all");
 * long homicides = sv.where("offence_type", "Homicide").where("period", "2024/25").value("count");   // 6
 * Period.Span fy = PublishedTables.span("2024/25");                                               // FY2024
 * LocalDate day = PublishedTables.day(fy, 3, 6);                                                   // 4th of 6 days spread over it
 * Check total = PublishedTables.check("heatmap_all", "grand_total");                              // 6854, consistent
 * </pre>
 *
 * Everything is read from the shared folder on every call, so a test always sees the published figures,
 * never a copy.
 */
public final class PublishedTables {
    /** Where the fixtures are, relative to the repository root (where Maven runs the tests). */
    public static final Path FOLDER = Path.of("../shared/fixtures/sna2025");

    private static final Map<String, Fixture> CACHE = Collections.synchronizedMap(new LinkedHashMap<>());

    private PublishedTables() {}

    /** The named table ({@code sv_yearly}, {@code heatmap_all}, …): every row. */
    public static Fixture sna2025(String table) {
        return CACHE.computeIfAbsent(table, PublishedTables::read);
    }

    /** One row of {@code checks.csv}: a printed total or derived figure, recomputed and judged. */
    public record Check(String table, String check, String type, String expected, String computed, boolean consistent,
                        String discrepancy, String note) {
        /** The printed figure as a number. */
        public BigDecimal printed() {
            return new BigDecimal(expected);
        }

        /** The printed figure as a whole number. */
        public long printedCount() {
            return printed().longValueExact();
        }
    }

    /** The check of this name for this table; fails when there is none (a typo in a test). */
    public static Check check(String table, String check) {
        Fixture f = sna2025("checks").where("table", table).where("check", check);
        Map<String, String> r = f.one();
        return new Check(table, check, r.get("check_type"), r.get("expected"), r.get("computed"),
                "yes".equals(r.get("consistent")), r.get("discrepancy"), r.get("note"));
    }

    private static Fixture read(String table) {
        Path file = FOLDER.resolve(table + ".csv");
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("the published table " + file.toAbsolutePath().normalize()
                    + " is missing: tests expect ../shared/fixtures/sna2025 beside the repository");
        }
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            try (CsvReader csv = CsvReader.of(text, file.getFileName().toString())) {
                String[] header = csv.next();
                List<Map<String, String>> rows = new ArrayList<>();
                for (String[] r; (r = csv.next()) != null; ) {
                    Map<String, String> row = new LinkedHashMap<>();
                    for (int i = 0; i < header.length; i++) row.put(header[i], i < r.length ? r[i] : "");
                    rows.add(Collections.unmodifiableMap(row));
                }
                return new Fixture(table, List.of(header), rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows of a published table, narrowed with {@link #where}. */
    public static final class Fixture {
        private final String name;
        private final List<String> columns;
        private final List<Map<String, String>> rows;

        Fixture(String name, List<String> columns, List<Map<String, String>> rows) {
            this.name = name;
            this.columns = List.copyOf(columns);
            this.rows = List.copyOf(rows);
        }

        public String name() {
            return name;
        }

        public List<String> columns() {
            return columns;
        }

        public List<Map<String, String>> rows() {
            return rows;
        }

        public int size() {
            return rows.size();
        }

        /** The rows whose column equals the value (as printed). */
        public Fixture where(String column, String value) {
            requireColumn(column);
            return new Fixture(name, columns, rows.stream().filter(r -> Objects.equals(r.get(column), value)).toList());
        }

        /** The distinct values of a column, in the order they first appear. */
        public List<String> distinct(String column) {
            requireColumn(column);
            LinkedHashSet<String> out = new LinkedHashSet<>();
            for (Map<String, String> r : rows) out.add(r.get(column));
            return List.copyOf(out);
        }

        /** The one row left; fails when there are none or several (the filter is wrong). */
        public Map<String, String> one() {
            if (rows.size() != 1) {
                throw new IllegalStateException(name + ": expected one row, found " + rows.size());
            }
            return rows.get(0);
        }

        /** The whole number in the column of the one row left. */
        public long value(String column) {
            requireColumn(column);
            return Long.parseLong(one().get(column));
        }

        /** The decimal in the column of the one row left, exactly as printed ({@code 7.0} keeps its scale). */
        public BigDecimal decimal(String column) {
            requireColumn(column);
            return new BigDecimal(one().get(column));
        }

        /** The text in the column of the one row left. */
        public String text(String column) {
            requireColumn(column);
            return one().get(column);
        }

        /** The sum of a whole-number column over the rows left (blank cells count nothing). */
        public long sum(String column) {
            requireColumn(column);
            long s = 0;
            for (Map<String, String> r : rows) {
                String v = r.get(column);
                if (v != null && !v.isBlank()) s += Long.parseLong(v);
            }
            return s;
        }

        private void requireColumn(String column) {
            if (!columns.contains(column)) throw new IllegalArgumentException(name + " has no column " + column + "; it has " + columns);
        }

        @Override
        public String toString() {
            return name + " (" + rows.size() + " rows)";
        }
    }

    private static final Pattern FY = Pattern.compile("(\\d{4})/(\\d{2})");
    private static final Pattern FY_RUN = Pattern.compile("(\\d{4})/\\d{2}-(\\d{4})/\\d{2}");
    private static final Pattern YE = Pattern.compile("YE (\\w{3}) (\\d{2})");
    private static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

    /**
     * The span a fixture's period names: {@code 2022/23} (financial year), {@code YE Dec 25} (12 months ending
     * December 2025), {@code 2023} (calendar year), or {@code 2022/23-2024/25} (the three financial years as one span).
     */
    public static Period.Span span(String label) {
        Matcher m;
        if ((m = FY_RUN.matcher(label)).matches()) {
            int a = Integer.parseInt(m.group(1)), b = Integer.parseInt(m.group(2));
            return new Period.Span(label, Period.financialYear(a).start(), Period.financialYear(b).endExclusive());
        }
        if ((m = FY.matcher(label)).matches()) return Period.financialYear(Integer.parseInt(m.group(1)));
        if ((m = YE.matcher(label)).matches()) {
            int month = MONTHS.indexOf(m.group(1)) + 1;
            if (month == 0) throw new IllegalArgumentException("not a month: " + label);
            return Period.yearEnding(YearMonth.of(2000 + Integer.parseInt(m.group(2)), month));
        }
        if (label.matches("\\d{4}")) return Period.calendarYear(Integer.parseInt(label));
        throw new IllegalArgumentException("not a period label of the fixtures: " + label);
    }

    /**
     * The {@code i}-th of {@code n} days spread evenly over the span (0-based), so records built for one cell
     * of a table fall on different days but always inside it.
     */
    public static LocalDate day(Period.Span span, int i, int n) {
        if (i < 0 || i >= n) throw new IllegalArgumentException(i + " is not one of " + n);
        long days = span.days();
        return span.start().plusDays((long) ((i + 0.5) * days / n) % days);
    }

    /**
     * The {@code i}-th date-time inside the span that falls on the weekday at {@code hour}:30, cycling through
     * the span's weeks: expands an hour × weekday table into occurrences.
     */
    public static LocalDateTime at(Period.Span span, DayOfWeek weekday, int hour, int i) {
        LocalDate first = span.start();
        while (first.getDayOfWeek() != weekday) first = first.plusDays(1);
        long weeks = (span.endExclusive().toEpochDay() - first.toEpochDay() + 6) / 7;
        LocalDate day = first.plusWeeks(i % weeks);
        return day.atTime(hour, 30);
    }

    /** The weekday of the fixtures' short names (Mon, Tue, Wed, Thu, Fri, Sat, Sun). */
    public static DayOfWeek weekday(String shortName) {
        return switch (shortName) {
            case "Mon" -> DayOfWeek.MONDAY;
            case "Tue" -> DayOfWeek.TUESDAY;
            case "Wed" -> DayOfWeek.WEDNESDAY;
            case "Thu" -> DayOfWeek.THURSDAY;
            case "Fri" -> DayOfWeek.FRIDAY;
            case "Sat" -> DayOfWeek.SATURDAY;
            case "Sun" -> DayOfWeek.SUNDAY;
            default -> throw new IllegalArgumentException("not a weekday of the fixtures: " + shortName);
        };
    }

    /**
     * An offence code of the canonical vocabulary for an offence type as the SNA prints it, chosen so that the
     * Serious Violence Board definitions include it: a knife possession is a bladed article, a violence with
     * injury is GBH with intent.
     */
    public static String offenceCode(String printedType, boolean knife) {
        return switch (printedType.toLowerCase()) {
            case "homicide" -> "murder";
            case "possession of weapons" -> knife ? "possession_bladed_article" : "possession_offensive_weapon";
            case "robbery", "robbery - personal", "robbery (personal)", "robbery of personal property" -> "robbery_personal";
            case "robbery - business", "robbery of business property" -> "robbery_business";
            case "violence with injury", "gbh with intent" -> "gbh_with_intent";
            case "gbh without intent" -> "gbh_without_intent";
            case "administer poison with intent" -> "administer_poison";
            case "violence without injury" -> "common_assault";
            case "rape" -> "rape";
            case "other sexual offences" -> "other_sexual";
            case "abh" -> "abh";
            default -> throw new IllegalArgumentException("no offence code for the printed type " + printedType);
        };
    }
}
