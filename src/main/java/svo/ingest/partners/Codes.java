package svo.ingest.partners;

import svo.ingest.Row;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A closed list of codes: each code has the label tables print and the other spellings source files use
 * ("See, Treat and Convey", "see_treat_and_convey" and "convey" are one response type). Spellings are
 * compared after lower-casing and turning every run of other characters into one underscore, so
 * {@code Other (specify)}, {@code other specify} and {@code OTHER_SPECIFY} match.
 *
 * <pre>
 * Codes responses = new Codes("response type")
 *         .add("hear_and_treat", "Hear and Treat")
 *         .add("see_treat_and_convey", "See, Treat and Convey", "see_and_convey", "convey");
 * String code = responses.read(row, "response_type", true);   // null and a row error when not listed
 * </pre>
 */
public final class Codes {
    private final String what;
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Map<String, String> lookup = new HashMap<>();

    public Codes(String what) {
        this.what = what;
    }

    /** Adds a code, its printed label, and further accepted spellings (the code and label are accepted too). */
    public Codes add(String code, String label, String... aliases) {
        labels.put(code, label);
        put(code, code);
        put(label, code);
        for (String a : aliases) put(a, code);
        return this;
    }

    private void put(String spelling, String code) {
        String key = normalise(spelling);
        String before = lookup.putIfAbsent(key, code);
        if (before != null && !before.equals(code)) {
            throw new IllegalStateException(what + ": '" + spelling + "' would mean both " + before + " and " + code);
        }
    }

    /** Lower case, every run of characters other than letters and digits as one underscore, no outer underscores. */
    public static String normalise(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = Character.toLowerCase(s.charAt(i));
            if (c == '\'' || c == '\u2019') continue;   // Queen's = Queens
            if (Character.isLetterOrDigit(c)) {
                if (gap && sb.length() > 0) sb.append('_');
                sb.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** The code a spelling stands for, or null. */
    public String code(String spelling) {
        return spelling == null ? null : lookup.get(normalise(spelling));
    }

    /** Reads a cell: the code, or null with a row error naming the accepted codes. */
    public String read(Row r, String column, boolean required) {
        String v = required ? r.required(column) : r.text(column);
        if (v == null) return null;
        String code = code(v);
        if (code == null) r.error(column, v, "'" + v + "' is not " + article() + what + "; expected one of " + expected());
        return code;
    }

    private String article() {
        return "aeiou".indexOf(what.charAt(0)) >= 0 ? "an " : "a ";
    }

    /** The codes, comma-separated, for messages and the layout docs. */
    public String expected() {
        return String.join(", ", labels.keySet());
    }

    /** The printed label of a code (the code itself when unknown, e.g. null → null). */
    public String label(String code) {
        return code == null ? null : labels.getOrDefault(code, code);
    }

    /** The codes in their listed order. */
    public List<String> codes() {
        return new ArrayList<>(labels.keySet());
    }

    /** Position of a code in the list (for ordering tables), or the list's size when unknown. */
    public int order(String code) {
        int i = 0;
        for (String c : labels.keySet()) {
            if (c.equals(code)) return i;
            i++;
        }
        return i;
    }
}
