package svo.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Fast, strict parsers for the value formats of the canonical layouts. Each returns null when the text is
 * not understood; the caller turns that into a reject naming the line, column and expected format.
 * Accepted: dates {@code YYYY-MM-DD} or {@code DD/MM/YYYY} (as Excel writes them in the UK); date-times
 * {@code YYYY-MM-DDTHH:MM[:SS]}, with a space instead of {@code T}, or {@code DD/MM/YYYY HH:MM[:SS]}; a
 * trailing {@code Z} or {@code +00:00} offset is accepted and ignored (times are local).
 */
public final class Parse {
    private Parse() {}

    public static final String DATE_FORMATS = "YYYY-MM-DD or DD/MM/YYYY";
    public static final String DATE_TIME_FORMATS = "YYYY-MM-DDTHH:MM[:SS] or DD/MM/YYYY HH:MM";

    /** A date, or null. */
    public static LocalDate date(String s) {
        int n = s.length();
        try {
            if (n == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
                return LocalDate.of(num(s, 0, 4), num(s, 5, 7), num(s, 8, 10));
            }
            int a = s.indexOf('/');
            int b = a < 0 ? -1 : s.indexOf('/', a + 1);
            if (a > 0 && b > a + 1 && n - b - 1 == 4 && a <= 2 && b - a - 1 <= 2) {
                return LocalDate.of(num(s, b + 1, n), num(s, a + 1, b), num(s, 0, a));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    /** A date-time, or null. A bare date is not a date-time. */
    public static LocalDateTime dateTime(String s) {
        String t = stripOffset(s);
        int sep = t.indexOf('T');
        if (sep < 0) sep = t.indexOf(' ');
        if (sep < 0) return null;
        LocalDate d = date(t.substring(0, sep));
        if (d == null) return null;
        String time = t.substring(sep + 1).trim();
        int n = time.length();
        try {
            if ((n == 5 || n == 8 || (n > 9 && time.charAt(8) == '.')) && time.charAt(2) == ':') {
                int h = num(time, 0, 2), m = num(time, 3, 5), sec = 0;
                if (n >= 8) {
                    if (time.charAt(5) != ':') return null;
                    sec = num(time, 6, 8);
                }
                return d.atTime(h, m, sec);
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static String stripOffset(String s) {
        if (s.endsWith("Z")) return s.substring(0, s.length() - 1);
        int n = s.length();
        if (n > 6 && (s.charAt(n - 6) == '+' || s.charAt(n - 6) == '-') && s.charAt(n - 3) == ':' && s.indexOf('T') > 0) {
            return s.substring(0, n - 6);
        }
        return s;
    }

    /** Y/N flags (also yes/no, true/false, 1/0, any case); null if none of these. */
    public static Boolean flag(String s) {
        switch (s.length()) {
            case 1 -> {
                char c = s.charAt(0);
                if (c == 'Y' || c == 'y' || c == '1') return Boolean.TRUE;
                if (c == 'N' || c == 'n' || c == '0') return Boolean.FALSE;
                return null;
            }
            default -> {
                String l = s.toLowerCase();
                if (l.equals("yes") || l.equals("true")) return Boolean.TRUE;
                if (l.equals("no") || l.equals("false")) return Boolean.FALSE;
                return null;
            }
        }
    }

    /** A whole number, or null. */
    public static Long whole(String s) {
        if (s.isEmpty() || s.length() > 18) return null;
        long v = 0;
        int i = 0;
        boolean neg = s.charAt(0) == '-';
        if (neg || s.charAt(0) == '+') i = 1;
        if (i == s.length()) return null;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return null;
            v = v * 10 + (c - '0');
        }
        return neg ? -v : v;
    }

    /** A decimal number (no thousands separators), or null. */
    public static Double decimal(String s) {
        if (s.isEmpty()) return null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) return null;
        }
        try {
            double d = Double.parseDouble(s);
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int num(String s, int from, int to) {
        if (to <= from) throw new NumberFormatException();
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') throw new NumberFormatException();
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
