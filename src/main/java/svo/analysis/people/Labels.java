package svo.analysis.people;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Display labels and orders shared by the people tables. */
final class Labels {
    private Labels() {}

    /**
     * Offence types as the SNA's people tables print them (§4.4, §4.6, §6: robbery split into business and personal),
     * then the other offence groups a wider definition may include. The index is the type's bit in
     * {@code in_scope_people.v_types} / {@code s_types} (PeopleTables.sql); the order is the printed order.
     */
    static final List<String> OFFENCE_TYPES = List.of("Homicide", "Possession of weapons", "Robbery (Business)",
            "Robbery (Personal)", "Violence with injury", "Violence without injury", "Sexual offences",
            "Stalking and harassment", "Public order", "Criminal damage and arson", "Drugs", "Theft", "Other");

    static final Comparator<String> OFFENCE_TYPE_ORDER = Comparator
            .comparingInt((String t) -> OFFENCE_TYPES.contains(t) ? OFFENCE_TYPES.indexOf(t) : OFFENCE_TYPES.size())
            .thenComparing(Comparator.naturalOrder());

    /** Printed for a value that was not recorded. */
    static final String NOT_RECORDED = "Not recorded";

    /** Sex codes of the persons layout. */
    static final Map<String, String> SEX = Map.of("M", "Male", "F", "Female", "X", "Other");

    /** The label of a five-year age group that starts at {@code from}. */
    static String ageGroup(int from, int firstUpper, int top) {
        if (from == 0) return "0-" + firstUpper;
        if (from >= top) return top + "+";
        return from + "-" + (from + 4);
    }
}
