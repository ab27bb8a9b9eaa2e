package svo.analysis;

/**
 * A column of a result table. {@code kind} tells renderers how to format it and disclosure control what
 * to suppress; for a percentage or rate, {@code basis} names the count column it was computed from, so a
 * suppressed count also suppresses the figures built on it.
 */
public record Column(String name, String label, Kind kind, String basis) {
    /** What the values are. */
    public enum Kind {
        /** Labels: offence type, district, period. */
        TEXT,
        /** Whole counts of occurrences or people: subject to small-number suppression. */
        COUNT,
        /** A percentage, 0–100. */
        PERCENT,
        /** A rate, e.g. per 1,000 population. */
        RATE,
        /** Pounds sterling. */
        MONEY,
        /** Any other number (an average, a z-score, a ratio). */
        NUMBER,
        /** A date. */
        DATE
    }

    public Column {
        if (name == null || !name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("column names are snake_case: " + name);
        }
        if (label == null) label = name;
    }

    public static Column text(String name, String label) { return new Column(name, label, Kind.TEXT, null); }
    public static Column count(String name, String label) { return new Column(name, label, Kind.COUNT, null); }
    public static Column percent(String name, String label, String basis) { return new Column(name, label, Kind.PERCENT, basis); }
    public static Column rate(String name, String label, String basis) { return new Column(name, label, Kind.RATE, basis); }
    public static Column money(String name, String label) { return new Column(name, label, Kind.MONEY, null); }
    public static Column number(String name, String label) { return new Column(name, label, Kind.NUMBER, null); }
    public static Column date(String name, String label) { return new Column(name, label, Kind.DATE, null); }
}
