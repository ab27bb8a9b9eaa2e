package svo.report;

/**
 * Text from data that a spreadsheet could mistake for a formula: a cell beginning with {@code =}, {@code +},
 * {@code -} or {@code @} (or a tab or carriage return, which some spreadsheets skip before one of those). The
 * workbook writes such text as a string cell, which is never evaluated; CSV has no cell types, so there the text
 * gets a leading apostrophe, which spreadsheets read as "this is text" (the OWASP advice for CSV injection).
 */
public final class SpreadsheetSafety {
    private SpreadsheetSafety() {}

    /** True when a spreadsheet could read the text as a formula. */
    public static boolean risky(String text) {
        if (text == null || text.isEmpty()) return false;
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** The text as CSV should carry it: risky text behind an apostrophe, other text unchanged. */
    public static String forCsv(String text) {
        return risky(text) ? "'" + text : text;
    }
}
