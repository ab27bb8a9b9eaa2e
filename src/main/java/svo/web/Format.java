package svo.web;

import svo.analysis.Column;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How values look on a page: thousands separators, one decimal for percentages, dates as "1 Apr 2024". */
final class Format {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    private Format() {}

    static String count(long n) {
        return String.format(Locale.UK, "%,d", n);
    }

    static String percent(double p) {
        return String.format(Locale.UK, "%.1f%%", p);
    }

    static String share(long part, long whole) {
        return whole == 0 ? "–" : percent(100.0 * part / whole);
    }

    static String date(LocalDate d) {
        return d == null ? "–" : DATE.format(d);
    }

    static String dateTime(LocalDateTime t) {
        return t == null ? "–" : DATE_TIME.format(t);
    }

    static String dateTime(Instant t) {
        return t == null ? "–" : DATE_TIME.format(LocalDateTime.ofInstant(t, ZoneOffset.UTC));
    }

    static String bytes(long b) {
        if (b < 1024) return b + " bytes";
        if (b < 1024 * 1024) return String.format(Locale.UK, "%.1f KB", b / 1024.0);
        if (b < 1024L * 1024 * 1024) return String.format(Locale.UK, "%.1f MB", b / (1024.0 * 1024));
        return String.format(Locale.UK, "%.2f GB", b / (1024.0 * 1024 * 1024));
    }

    /** A table cell; a whole-number year column ({@code year}, {@code population_year}) prints without a separator. */
    static String cell(Object v, Column.Kind kind, String columnName) {
        if (v instanceof Number n && (columnName.equals("year") || columnName.endsWith("_year"))
                && n.doubleValue() == Math.rint(n.doubleValue())) {
            return Long.toString(n.longValue());
        }
        return cell(v, kind);
    }

    /** A table cell by its column's kind; null prints as a dash. */
    static String cell(Object v, Column.Kind kind) {
        if (v == null) return "–";
        return switch (kind) {
            case COUNT -> v instanceof Number n ? count(n.longValue()) : String.valueOf(v);
            case PERCENT -> v instanceof Number n ? String.format(Locale.UK, "%.1f%%", n.doubleValue()) : String.valueOf(v);
            case RATE -> v instanceof Number n ? String.format(Locale.UK, "%,.2f", n.doubleValue()) : String.valueOf(v);
            case MONEY -> v instanceof Number n ? String.format(Locale.UK, "£%,.0f", n.doubleValue()) : String.valueOf(v);
            case NUMBER -> number(v);
            case DATE -> v instanceof LocalDate d ? date(d) : String.valueOf(v);
            case TEXT -> String.valueOf(v);
        };
    }

    private static String number(Object v) {
        if (v instanceof Long || v instanceof Integer) return count(((Number) v).longValue());
        if (v instanceof BigDecimal b) return b.stripTrailingZeros().toPlainString();
        if (v instanceof Number n) {
            double d = n.doubleValue();
            return Math.abs(d) >= 100 ? String.format(Locale.UK, "%,.0f", d) : String.format(Locale.UK, "%.2f", d);
        }
        return String.valueOf(v);
    }
}
