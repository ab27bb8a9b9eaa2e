package svo;

/**
 * Input that the product cannot accept, with where it was and how to fix it.
 *
 * <pre>
 * occurrences.csv, line 118, column committed_from: "31/02/2025" is not a date
 * (expected YYYY-MM-DD or DD/MM/YYYY).
 * </pre>
 *
 * Thrown at the edges (import, command-line options, request parameters); the CLI prints
 * {@link #getMessage()} without a stack trace and exits non-zero, the web maps it to 400.
 */
public class BadInputException extends RuntimeException {
    private final String source;
    private final long line;
    private final String column;
    private final String value;
    private final String expected;
    private final String hint;

    public BadInputException(String message) {
        this(null, 0, null, null, null, null, message);
    }

    public BadInputException(String source, long line, String column, String value, String expected, String hint) {
        this(source, line, column, value, expected, hint, null);
    }

    private BadInputException(String source, long line, String column, String value, String expected, String hint,
                              String message) {
        super(message != null ? message : format(source, line, column, value, expected, hint));
        this.source = source;
        this.line = line;
        this.column = column;
        this.value = value;
        this.expected = expected;
        this.hint = hint;
    }

    /** A message with no location: for command-line options and request parameters. */
    public static BadInputException of(String what, String value, String expected) {
        return new BadInputException(null, 0, what, value, expected, null);
    }

    static String format(String source, long line, String column, String value, String expected, String hint) {
        var sb = new StringBuilder();
        if (source != null) sb.append(source);
        if (line > 0) sb.append(sb.length() > 0 ? ", " : "").append("line ").append(line);
        if (column != null) sb.append(sb.length() > 0 ? ", " : "").append(source == null && line == 0 ? "" : "column ").append(column);
        if (sb.length() > 0) sb.append(": ");
        if (value != null) sb.append('"').append(value).append("\" is not valid");
        else sb.append("a value is missing");
        if (expected != null) sb.append(" (expected ").append(expected).append(')');
        sb.append('.');
        if (hint != null) sb.append(' ').append(hint);
        return sb.toString();
    }

    public String source() { return source; }
    public long line() { return line; }
    public String column() { return column; }
    public String value() { return value; }
    public String expected() { return expected; }
    public String hint() { return hint; }
}
