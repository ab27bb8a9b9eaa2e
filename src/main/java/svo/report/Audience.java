package svo.report;

import svo.BadInputException;

import java.util.Locale;

/** Who a report is for: partnership analysts see every figure; the public see small numbers suppressed. */
public enum Audience {
    /** Partnership analysts: all figures, no suppression. */
    RESTRICTED,
    /** The published report: the disclosure rule of each table applies. */
    PUBLIC;

    /** Parses {@code restricted} or {@code public}. */
    public static Audience parse(String text) {
        if (text != null) {
            for (Audience a : values()) if (a.name().equalsIgnoreCase(text.strip())) return a;
        }
        throw BadInputException.of("--audience", text == null ? "" : text, "restricted or public");
    }

    /** "restricted", "public". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
