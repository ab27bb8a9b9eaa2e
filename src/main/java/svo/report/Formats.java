package svo.report;

import svo.analysis.Column;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How figures are printed: counts with thousands separators, percentages and rates to one decimal place rounded
 * half-up (the SNA sometimes truncates; the product rounds, consistently), money in whole pounds, dates as
 * "1 Apr 2024". Sentences round percentages to whole numbers.
 */
public final class Formats {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private Formats() {}

    /** The value formatted for its column kind; empty for null. */
    public static String format(Object value, Column.Kind kind) {
        if (value == null) return "";
        if (value instanceof LocalDate d) return DATE.format(d);
        if (!(value instanceof Number n)) return String.valueOf(value);
        return switch (kind) {
            case COUNT -> count(n);
            case PERCENT -> oneDecimal(n) + "%";
            case RATE -> oneDecimal(n);
            case MONEY -> money(n);
            case NUMBER -> number(n);
            case TEXT, DATE -> String.valueOf(value);
        };
    }

    /**
     * The number as printed, without separators or signs, for workbooks and CSV: counts whole, percentages and
     * rates to one decimal place, money to pence only when it has them. Null for a non-number.
     */
    public static BigDecimal plain(Object value, Column.Kind kind) {
        if (!(value instanceof Number n)) return null;
        BigDecimal d = decimal(n);
        return switch (kind) {
            case COUNT -> d.setScale(0, RoundingMode.HALF_UP);
            case PERCENT, RATE -> d.setScale(1, RoundingMode.HALF_UP);
            case MONEY -> d.stripTrailingZeros().scale() <= 0 ? d.setScale(0, RoundingMode.HALF_UP) : d.setScale(2, RoundingMode.HALF_UP);
            default -> d.stripTrailingZeros().scale() <= 0 ? d.setScale(0, RoundingMode.HALF_UP) : d.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        };
    }

    /** "2,179". */
    public static String count(Number n) {
        return grouped("#,##0").format(decimal(n).setScale(0, RoundingMode.HALF_UP));
    }

    /** "29.8", half-up. */
    public static String oneDecimal(Number n) {
        return grouped("#,##0.0").format(decimal(n).setScale(1, RoundingMode.HALF_UP));
    }

    /** "£36,096,840", or pence when the amount has them. */
    public static String money(Number n) {
        BigDecimal d = decimal(n);
        boolean whole = d.stripTrailingZeros().scale() <= 0;
        return "£" + grouped(whole ? "#,##0" : "#,##0.00").format(d.setScale(whole ? 0 : 2, RoundingMode.HALF_UP));
    }

    /** Whole numbers as counts, others to two decimal places at most. */
    public static String number(Number n) {
        BigDecimal d = decimal(n);
        if (d.stripTrailingZeros().scale() <= 0) return count(d);
        return grouped("#,##0.##").format(d.setScale(2, RoundingMode.HALF_UP));
    }

    /** A percentage for a sentence: a whole number, half-up ("14"). */
    public static long wholePercent(double pct) {
        return BigDecimal.valueOf(pct).setScale(0, RoundingMode.HALF_UP).longValue();
    }

    /** Exact decimal of a number (doubles through their shortest decimal form, so 0.05 stays 0.05). */
    public static BigDecimal decimal(Number n) {
        if (n instanceof BigDecimal b) return b;
        if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) return BigDecimal.valueOf(n.longValue());
        if (n instanceof java.math.BigInteger b) return new BigDecimal(b);
        return BigDecimal.valueOf(n.doubleValue());
    }

    /** "1 Apr 2024". */
    public static String date(LocalDate d) {
        return DATE.format(d);
    }

    private static DecimalFormat grouped(String pattern) {
        DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.UK));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    }
}
