package svo.ingest.partners;

import svo.ingest.Parse;
import svo.ingest.Row;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading the cells the partner layouts share: ages and age bands, financial and academic years, bounded
 * free text. Like {@link Row}'s getters, each records an error naming the column and returns null.
 */
final class Fields {
    private Fields() {}

    private static final Pattern RANGE = Pattern.compile("(\\d{1,3})\\s*(?:-|–|to)\\s*(\\d{1,3})");
    private static final Pattern OVER = Pattern.compile("(\\d{1,3})\\s*(?:\\+|and over|or over|plus)");
    private static final Pattern UNDER = Pattern.compile("(?:under|below|less than)\\s*(\\d{1,3})");
    private static final Pattern SINGLE = Pattern.compile("(\\d{1,3})");
    private static final Pattern YEAR_PAIR = Pattern.compile("(\\d{4})\\s*[/-]?\\s*(\\d{2}|\\d{4})");
    static final String BAND_FORMATS = "a band such as 18-24, 65+ or under 18";
    static final String YEAR_FORMATS = "a year such as 2024/25 (also 2024-25, 202425 or 2024/2025)";

    /** An age band: its text as normalised ("18-24", "65+", "0-17") and the ages it spans. */
    record Band(String label, int min, int max) {
        /** True when everyone in the band is under 18. */
        Boolean under18() {
            if (max <= 17) return true;
            if (min >= 18) return false;
            return null;
        }
    }

    /** An age band cell, or null (with an error when it is not understood). */
    static Band band(Row r, String column) {
        String v = r.text(column);
        if (v == null) return null;
        String t = v.strip().toLowerCase();
        Matcher m;
        Band b = null;
        if ((m = RANGE.matcher(t)).matches()) {
            int lo = Integer.parseInt(m.group(1)), hi = Integer.parseInt(m.group(2));
            if (lo <= hi && hi <= 120) b = new Band(lo + "-" + hi, lo, hi);
        } else if ((m = OVER.matcher(t)).matches()) {
            int lo = Integer.parseInt(m.group(1));
            if (lo <= 120) b = new Band(lo + "+", lo, 120);
        } else if ((m = UNDER.matcher(t)).matches()) {
            int hi = Integer.parseInt(m.group(1)) - 1;
            if (hi >= 0 && hi <= 120) b = new Band("0-" + hi, 0, hi);
        } else if ((m = SINGLE.matcher(t)).matches()) {
            int a = Integer.parseInt(m.group(1));
            if (a <= 120) b = new Band(Integer.toString(a), a, a);
        }
        if (b == null) r.error(column, v, "'" + v + "' is not an age band; expected " + BAND_FORMATS);
        return b;
    }

    /**
     * A two-part year label such as a financial or academic year: the first calendar year, or null. Accepts
     * 2024/25, 2024-25, 202425 (DfE's time_period) and 2024/2025; the second year must follow the first.
     */
    static Integer yearPair(Row r, String column, boolean required) {
        String v = required ? r.required(column) : r.text(column);
        if (v == null) return null;
        String t = v.strip();
        if (t.regionMatches(true, 0, "FY", 0, 2) || t.regionMatches(true, 0, "AY", 0, 2)) t = t.substring(2).strip();
        Matcher m = YEAR_PAIR.matcher(t);
        if (m.matches()) {
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(2));
            boolean follows = m.group(2).length() == 2 ? second == (first + 1) % 100 : second == first + 1;
            if (follows && first >= 1990 && first <= 2100) return first;
            if (!follows) {
                r.error(column, v, "'" + v + "' does not name consecutive years; expected " + YEAR_FORMATS);
                return null;
            }
        }
        r.error(column, v, "'" + v + "' is not a year label; expected " + YEAR_FORMATS);
        return null;
    }

    /** "2024/25" for 2024. */
    static String pairLabel(int first) {
        return String.format("%d/%02d", first, (first + 1) % 100);
    }

    /** Free text up to {@code max} characters, inner runs of white space collapsed. */
    static String text(Row r, String column, boolean required, int max) {
        String v = required ? r.required(column) : r.text(column);
        if (v == null) return null;
        String t = needsTidying(v) ? SPACES.matcher(v).replaceAll(" ").strip() : v;
        if (t.length() > max) {
            r.error(column, v.length() > 60 ? v.substring(0, 60) + "…" : v, "is " + t.length() + " characters long; at most " + max
                    + " are kept (free text beyond a short label is not imported)");
            return null;
        }
        return t;
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** True when the text has a run of white space or white space other than a plain space (rare; skips the regex). */
    private static boolean needsTidying(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == ' ' ? i + 1 < v.length() && v.charAt(i + 1) == ' ' : Character.isWhitespace(c)) return true;
        }
        return false;
    }

    /** A whole count, 0 or more. */
    static Long count(Row r, String column, boolean required) {
        String v = required ? r.required(column) : r.text(column);
        if (v == null) return null;
        Long n = Parse.whole(v.replace(",", ""));
        if (n == null || n < 0) {
            r.error(column, v, "'" + v + "' is not a count; expected a whole number, 0 or more");
            return null;
        }
        return n;
    }

    /** The age on {@code day} of someone born on {@code born}, or null (with an error) outside 0–120. */
    static Integer ageAt(Row r, String column, LocalDate born, LocalDate day) {
        if (born == null || day == null) return null;
        int years = java.time.Period.between(born, day).getYears();
        if (years < 0 || years > 120) {
            r.error(column, r.text(column), "the date of birth gives an age outside 0–120 on " + day);
            return null;
        }
        return years;
    }
}
