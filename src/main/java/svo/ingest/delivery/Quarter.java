package svo.ingest.delivery;

import svo.BadInputException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter, written {@code 2025Q4} (October to December 2025): the unit of quarterly returns and of the
 * board's check. Calendar quarters line up with the Home Office's years ending December; a financial-year quarter is
 * the calendar quarter that holds it (FY2025 Q3 = 2025Q4).
 *
 * <pre>
 * Quarter q = Quarter.parse("2025Q4");
 * q.start();   // 2025-10-01
 * q.end();     // 2025-12-31
 * q.label();   // "Oct–Dec 2025"
 * </pre>
 */
public record Quarter(int year, int number) implements Comparable<Quarter> {
    private static final Pattern TEXT = Pattern.compile("(\\d{4})\\s*-?\\s*Q([1-4])");
    private static final String[] NAMES = {"Jan–Mar", "Apr–Jun", "Jul–Sep", "Oct–Dec"};

    public Quarter {
        if (number < 1 || number > 4) throw new IllegalArgumentException("quarter number " + number);
    }

    /** {@code 2025Q4} (also {@code 2025-Q4}, {@code 2025 q4}). */
    public static Quarter parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip().toUpperCase());
        if (!m.matches()) throw BadInputException.of("quarter", text, "a calendar quarter such as 2025Q4 (October to December 2025)");
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The quarter, or null when the text is not one. */
    public static Quarter tryParse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip().toUpperCase());
        return m.matches() ? new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) : null;
    }

    /** The quarter that holds the day. */
    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /** First day. */
    public LocalDate start() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    /** Last day. */
    public LocalDate end() {
        return lastMonth().atEndOfMonth();
    }

    /** The quarter's last month. */
    public YearMonth lastMonth() {
        return YearMonth.of(year, number * 3);
    }

    /** True when the day falls in the quarter. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(start()) && !day.isAfter(end());
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    public Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }

    /** The same quarter a year earlier. */
    public Quarter yearEarlier() {
        return new Quarter(year - 1, number);
    }

    /** "Oct–Dec 2025". */
    public String label() {
        return NAMES[number - 1] + " " + year;
    }

    @Override
    public int compareTo(Quarter o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(number, o.number);
    }

    @Override
    public String toString() {
        return year + "Q" + number;
    }
}
