package svo.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One data row being validated. Typed getters return the value or, when it is missing or not understood,
 * record an error naming the column, the value and what was expected, and return null; the importer
 * appends the row only when {@link #ok()}. Values are trimmed; an empty cell is a missing value.
 */
public final class Row {
    /** An error in one cell. */
    public record Error(String column, String value, String reason) {}

    private final Header header;
    private String[] values;
    private long line;
    private final List<Error> errors = new ArrayList<>(2);

    Row(Header header) {
        this.header = header;
    }

    void reset(String[] values, long line) {
        this.values = values;
        this.line = line;
        this.errors.clear();
    }

    /** The line the row starts on. */
    public long line() {
        return line;
    }

    /** True when no cell had an error. */
    public boolean ok() {
        return errors.isEmpty();
    }

    /** The errors found so far. */
    public List<Error> errors() {
        return errors;
    }

    /** Records an error in a cell. */
    public void error(String column, String value, String reason) {
        boolean withheld = column != null && value != null && header.isSensitive(column);
        errors.add(new Error(column, withheld ? "(withheld: personal identifier)" : value, reason));
    }

    /** The trimmed text of a cell, or null when the file lacks the column or the cell is empty. */
    public String text(String column) {
        int i = header.indexOf(column);
        if (i < 0) return null;
        String v = values[i].strip();
        return v.isEmpty() ? null : v;
    }

    /** The text of a required cell; an error when missing. */
    public String required(String column) {
        String v = text(column);
        if (v == null) error(column, "", "is empty; a value is required");
        return v;
    }

    /** A date, required or optional. */
    public LocalDate date(String column, boolean required) {
        String v = required ? required(column) : text(column);
        if (v == null) return null;
        LocalDate d = Parse.date(v);
        if (d == null) error(column, v, "'" + v + "' is not a date; expected " + Parse.DATE_FORMATS);
        return d;
    }

    /** A date-time, required or optional. */
    public LocalDateTime dateTime(String column, boolean required) {
        String v = required ? required(column) : text(column);
        if (v == null) return null;
        LocalDateTime d = Parse.dateTime(v);
        if (d == null) {
            String why = Parse.date(v) != null ? "'" + v + "' has no time" : "'" + v + "' is not a date and time";
            error(column, v, why + "; expected " + Parse.DATE_TIME_FORMATS);
        }
        return d;
    }

    /** A Y/N flag; an optional flag that is absent is false. */
    public boolean flag(String column, boolean required) {
        String v = required ? required(column) : text(column);
        if (v == null) return false;
        Boolean b = Parse.flag(v);
        if (b == null) {
            error(column, v, "'" + v + "' is not a flag; expected Y or N");
            return false;
        }
        return b;
    }

    /** A whole number within [min, max]. */
    public Integer whole(String column, boolean required, int min, int max) {
        String v = required ? required(column) : text(column);
        if (v == null) return null;
        Long n = Parse.whole(v);
        if (n == null) {
            error(column, v, "'" + v + "' is not a whole number");
            return null;
        }
        if (n < min || n > max) {
            error(column, v, "'" + v + "' is out of range; expected " + min + " to " + max);
            return null;
        }
        return n.intValue();
    }

    /** A decimal number within [min, max]. */
    public Double decimal(String column, boolean required, double min, double max) {
        String v = required ? required(column) : text(column);
        if (v == null) return null;
        Double d = Parse.decimal(v);
        if (d == null) {
            error(column, v, "'" + v + "' is not a number");
            return null;
        }
        if (d < min || d > max) {
            error(column, v, "'" + v + "' is out of range; expected " + min + " to " + max);
            return null;
        }
        return d;
    }

    /** A value from a closed list (compared case-insensitively; returned as listed). */
    public String oneOf(String column, boolean required, Set<String> allowed) {
        String v = required ? required(column) : text(column);
        if (v == null) return null;
        if (allowed.contains(v)) return v;
        for (String a : allowed) if (a.equalsIgnoreCase(v)) return a;
        error(column, v, "'" + v + "' is not one of " + String.join(", ", new java.util.TreeSet<>(allowed)));
        return null;
    }
}
