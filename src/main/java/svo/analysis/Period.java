package svo.analysis;

import svo.BadInputException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One or more consecutive or separate spans of time, each with the label the SNA prints.
 *
 * <pre>
 * FY2024                    1 Apr 2024 – 31 Mar 2025, "2024/25"
 * FY2022-FY2024, FY2022,FY2023,FY2024   three financial years
 * CY2025                    calendar year, "2025"
 * YE2025-12                 12 months ending December 2025, "YE Dec 25"
 * YE2023-12-YE2025-12       three years ending December
 * 2024-06-01..2025-05-31    any date range (both ends included), "01/06/2024–31/05/2025"
 * </pre>
 *
 * Ends are held half-open ({@code start <= date < end}) so SQL compares timestamps without gaps at midnight.
 */
public record Period(String text, List<Span> spans) {
    private static final Pattern FY = Pattern.compile("FY(\\d{4})");
    private static final Pattern CY = Pattern.compile("CY(\\d{4})");
    private static final Pattern YE = Pattern.compile("YE(\\d{4})-(\\d{2})");
    private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");
    private static final String EXPECTED = "FY2024, FY2022-FY2024, FY2022,FY2023, CY2025, YE2025-12 or 2024-06-01..2025-05-31";
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    /** One span: label as printed, first day included, end day excluded. */
    public record Span(String label, LocalDate start, LocalDate endExclusive) {
        public Span {
            if (!endExclusive.isAfter(start)) throw new IllegalArgumentException("empty span " + label);
        }

        /** The last day included. */
        public LocalDate endInclusive() {
            return endExclusive.minusDays(1);
        }

        /** True when the day falls in this span. */
        public boolean contains(LocalDate day) {
            return !day.isBefore(start) && day.isBefore(endExclusive);
        }

        /** Length in days. */
        public long days() {
            return endExclusive.toEpochDay() - start.toEpochDay();
        }
    }

    public Period {
        spans = List.copyOf(spans);
        if (spans.isEmpty()) throw new IllegalArgumentException("a period needs at least one span");
    }

    /** Parses the period syntax of the command line and the API; bad text gets a message naming the syntax. */
    public static Period parse(String text) {
        if (text == null || text.isBlank()) throw BadInputException.of("--period", text == null ? "" : text, EXPECTED);
        String t = text.strip().toUpperCase().replace(" ", "");
        List<Span> spans = new ArrayList<>();
        for (String part : t.split(",")) {
            spans.addAll(parsePart(part, text));
        }
        spans.sort((a, b) -> a.start().compareTo(b.start()));
        for (int i = 1; i < spans.size(); i++) {
            if (spans.get(i).start().isBefore(spans.get(i - 1).endExclusive())) {
                throw BadInputException.of("--period", text, EXPECTED + "; the spans must not overlap");
            }
        }
        return new Period(text.strip(), spans);
    }

    private static List<Span> parsePart(String part, String whole) {
        Matcher m;
        if (RANGE.matcher(part).matches()) {
            m = RANGE.matcher(part);
            m.matches();
            try {
                LocalDate from = LocalDate.parse(m.group(1));
                LocalDate to = LocalDate.parse(m.group(2));
                if (to.isBefore(from)) throw BadInputException.of("--period", whole, "a range whose end is not before its start");
                return List.of(range(from, to));
            } catch (DateTimeParseException e) {
                throw BadInputException.of("--period", whole, EXPECTED + "; a date in it does not exist");
            }
        }
        int dash = part.indexOf('-', 2);
        if (part.startsWith("FY") && dash > 0) return seriesFy(part.substring(0, dash), part.substring(dash + 1), whole);
        if (part.startsWith("CY") && dash > 0) {
            int a = year(CY, part.substring(0, dash), whole), b = year(CY, part.substring(dash + 1), whole);
            List<Span> out = new ArrayList<>();
            for (int y = a; y <= b; y++) out.add(calendarYear(y));
            if (out.isEmpty()) throw BadInputException.of("--period", whole, EXPECTED);
            return out;
        }
        if (part.startsWith("YE") && part.length() > 9 && part.charAt(9) == '-') {
            YearMonth a = yearMonth(part.substring(0, 9), whole), b = yearMonth(part.substring(10), whole);
            if (a.getMonthValue() != b.getMonthValue() || b.isBefore(a)) {
                throw BadInputException.of("--period", whole, "a run of years ending the same month, e.g. YE2023-12-YE2025-12");
            }
            List<Span> out = new ArrayList<>();
            for (YearMonth ym = a; !ym.isAfter(b); ym = ym.plusYears(1)) out.add(yearEnding(ym));
            return out;
        }
        if (FY.matcher(part).matches()) return List.of(financialYear(year(FY, part, whole)));
        if (CY.matcher(part).matches()) return List.of(calendarYear(year(CY, part, whole)));
        if (YE.matcher(part).matches()) return List.of(yearEnding(yearMonth(part, whole)));
        throw BadInputException.of("--period", whole, EXPECTED);
    }

    private static List<Span> seriesFy(String from, String to, String whole) {
        int a = year(FY, from, whole), b = year(FY, to, whole);
        if (b < a) throw BadInputException.of("--period", whole, "the first year before the last, e.g. FY2022-FY2024");
        List<Span> out = new ArrayList<>();
        for (int y = a; y <= b; y++) out.add(financialYear(y));
        return out;
    }

    private static int year(Pattern p, String s, String whole) {
        Matcher m = p.matcher(s);
        if (!m.matches()) throw BadInputException.of("--period", whole, EXPECTED);
        return Integer.parseInt(m.group(1));
    }

    private static YearMonth yearMonth(String s, String whole) {
        Matcher m = YE.matcher(s);
        if (!m.matches()) throw BadInputException.of("--period", whole, EXPECTED);
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) throw BadInputException.of("--period", whole, "a month from 01 to 12");
        return YearMonth.of(Integer.parseInt(m.group(1)), month);
    }

    /** FY2024 = 1 April 2024 to 31 March 2025, labelled "2024/25". */
    public static Span financialYear(int y) {
        return new Span(String.format("%d/%02d", y, (y + 1) % 100), LocalDate.of(y, 4, 1), LocalDate.of(y + 1, 4, 1));
    }

    /** CY2025, labelled "2025". */
    public static Span calendarYear(int y) {
        return new Span(Integer.toString(y), LocalDate.of(y, 1, 1), LocalDate.of(y + 1, 1, 1));
    }

    /** The 12 months ending with the given month, labelled "YE Dec 25". */
    public static Span yearEnding(YearMonth last) {
        LocalDate end = last.plusMonths(1).atDay(1);
        return new Span("YE " + MONTHS[last.getMonthValue() - 1] + " " + String.format("%02d", last.getYear() % 100),
                end.minusYears(1), end);
    }

    /** A date range with both ends included. */
    public static Span range(LocalDate from, LocalDate toInclusive) {
        String label = String.format("%02d/%02d/%d–%02d/%02d/%d", from.getDayOfMonth(), from.getMonthValue(), from.getYear(),
                toInclusive.getDayOfMonth(), toInclusive.getMonthValue(), toInclusive.getYear());
        return new Span(label, from, toInclusive.plusDays(1));
    }

    /** The financial year FY{@code y}, as a one-span period. */
    public static Period fy(int y) {
        return new Period("FY" + y, List.of(financialYear(y)));
    }

    /** First day of the earliest span. */
    public LocalDate start() {
        return spans.get(0).start();
    }

    /** Day after the latest span. */
    public LocalDate endExclusive() {
        return spans.get(spans.size() - 1).endExclusive();
    }

    /** The latest span. */
    public Span latest() {
        return spans.get(spans.size() - 1);
    }

    /** The span that holds the day, or null. */
    public Span spanOf(LocalDate day) {
        for (Span s : spans) if (s.contains(day)) return s;
        return null;
    }

    /** The labels, in order. */
    public List<String> labels() {
        return spans.stream().map(Span::label).toList();
    }

    /** "2022/23 to 2024/25", or the one label. */
    public String label() {
        return spans.size() == 1 ? spans.get(0).label()
                : spans.get(0).label() + " to " + latest().label();
    }

    /** The same spans shifted back by whole years (for "same period a year earlier"). */
    public Period minusYears(int years) {
        List<Span> shifted = spans.stream().map(s -> relabel(s.start().minusYears(years), s.endExclusive().minusYears(years), s))
                .toList();
        return new Period(text + " -" + years + "y", shifted);
    }

    private static Span relabel(LocalDate start, LocalDate endExclusive, Span like) {
        if (like.label().contains("/") && like.label().length() == 7) return financialYear(start.getYear());
        if (like.label().startsWith("YE ")) return yearEnding(YearMonth.from(endExclusive.minusDays(1)));
        if (like.label().length() == 4) return calendarYear(start.getYear());
        return range(start, endExclusive.minusDays(1));
    }

    @Override
    public String toString() {
        return text;
    }
}
