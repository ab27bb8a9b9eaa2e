package svo.analysis.people;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Display labels and orders shared by the people tables. */
final class Labels {
    private Labels() {}

    /** The SNA's order of offence types; other types (under other definitions) follow in alphabetical order. */
    static final List<String> OFFENCE_TYPES = List.of("Homicide", "Possession of weapons", "Robbery (Business)",
            "Robbery (Personal)", "Violence with injury");

    static final Comparator<String> OFFENCE_TYPE_ORDER = Comparator
            .comparingInt((String t) -> OFFENCE_TYPES.contains(t) ? OFFENCE_TYPES.indexOf(t) : OFFENCE_TYPES.size())
            .thenComparing(Comparator.naturalOrder());

    /** Printed for a value that was not recorded. */
    static final String NOT_RECORDED = "Not recorded";

    /** The suspect-side roles: the SNA's "suspects/offenders" (§4.6) are one cohort. */
    static final List<String> SUSPECT_ROLES = List.of("suspect", "offender");

    /** Sex codes of the persons layout. */
    static final Map<String, String> SEX = Map.of("M", "Male", "F", "Female", "X", "Other");

    /** The label of a five-year age group that starts at {@code from}. */
    static String ageGroup(int from, int firstUpper, int top) {
        if (from == 0) return "0-" + firstUpper;
        if (from >= top) return top + "+";
        return from + "-" + (from + 4);
    }
}
