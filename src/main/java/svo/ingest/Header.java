package svo.ingest;

import svo.BadInputException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The header row of a file, matched to an importer's layout: column names are compared case-insensitively
 * and without surrounding spaces. Required columns that are missing stop the import before any row is
 * read; columns the layout does not know are ignored and reported (free text is never imported unless the
 * layout names it).
 */
public final class Header {
    private final String[] names;
    private final Map<String, Integer> index = new HashMap<>();
    private final Set<String> sensitive;
    private final List<String> ignored = new ArrayList<>();

    Header(String[] raw, Layout layout, String sourceName) {
        this.names = new String[raw.length];
        for (int i = 0; i < raw.length; i++) {
            String n = normalise(raw[i]);
            names[i] = n;
            if (n.isEmpty()) continue;
            if (index.putIfAbsent(n, i) != null) {
                throw new BadInputException(sourceName, 1, n, null, null,
                        "The header names column \"" + n + "\" twice; rename or remove one.");
            }
            if (!layout.knows(n)) ignored.add(raw[i].strip());
        }
        List<String> missing = layout.required().stream().filter(r -> !index.containsKey(r)).toList();
        if (!missing.isEmpty()) {
            throw new BadInputException(sourceName + ", line 1: the header lacks the required column"
                    + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing) + " for the " + layout.dataset()
                    + " layout (found: " + String.join(", ", raw) + "). Nothing was loaded. The layout is in docs/datasets/"
                    + layout.dataset() + ".md.");
        }
        this.sensitive = layout.sensitive();
    }

    static String normalise(String name) {
        String s = name.strip();
        if (!s.isEmpty() && s.charAt(0) == '\uFEFF') s = s.substring(1);
        return s.toLowerCase(Locale.ROOT);
    }

    /** Position of a column, or -1 when the file does not have it. */
    public int indexOf(String column) {
        Integer i = index.get(column);
        return i == null ? -1 : i;
    }

    /** True when the file has the column. */
    public boolean has(String column) {
        return index.containsKey(column);
    }

    /** Number of columns. */
    public int size() {
        return names.length;
    }

    /** Columns in the file that the layout does not use. */
    public List<String> ignored() {
        return List.copyOf(ignored);
    }

    /** True when a column's values must never be stored, even in a reject. */
    boolean isSensitive(String column) {
        return sensitive.contains(column);
    }
}
