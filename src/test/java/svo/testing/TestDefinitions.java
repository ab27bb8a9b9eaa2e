package svo.testing;

import svo.BadInputException;
import svo.analysis.Definitions;
import svo.definitions.Definition;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The shipped definitions' conditions, written out as SQL for tests while the definition registry is not yet
 * on this branch: {@code svb-2024}, {@code svb-2025}, {@code svb} (as in force), {@code svb-knife},
 * {@code ho-serious-violence}, {@code ho-knife-crime}. Each is the SQL the registry generates from the
 * definition file of the same name (exclusions first, then inclusions).
 *
 * <pre>
 * Definition svb = TestDefinitions.get("svb-2024");
 * Definitions lookup = TestDefinitions.lookup();
 * </pre>
 */
public final class TestDefinitions {
    private TestDefinitions() {}

    /** A definition with a fixed SQL condition. */
    public record SqlDefinition(String name, String version, String title, String sqlCondition, LocalDate effectiveFrom,
                                LocalDate effectiveTo) implements Definition {
        @Override
        public String statement() {
            return title;
        }
    }

    private static final String SVB_EXCLUDE = "NOT domestic_abuse AND NOT (sexual_offence OR offence_group = 'Sexual offences') "
            + "AND NOT coalesce(ho_code IN ('106', '72'), false)";
    private static final String SVB_INCLUDE = "offence_group = 'Homicide' "
            + "OR offence IN ('attempted_murder', 'gbh_with_intent', 'gbh_without_intent', 'administer_poison') "
            + "OR offence_group = 'Robbery' OR offence_group = 'Possession of weapons' "
            + "OR (offence_group = 'Violence with injury' AND (knife OR firearm OR other_weapon))";
    static final String SVB_2024 = "(" + SVB_EXCLUDE + " AND offence <> 'abh' AND (" + SVB_INCLUDE + "))";
    static final String SVB_2025 = "(" + SVB_EXCLUDE + " AND (offence = 'abh' OR " + SVB_INCLUDE + "))";
    static final String SVB = "(CASE WHEN committed_from < DATE '2025-10-01' THEN " + SVB_2024 + " ELSE " + SVB_2025 + " END)";

    private static final Map<String, Definition> ALL = new LinkedHashMap<>();

    static {
        add(new SqlDefinition("svb-2024", "1.0", "Serious Violence Board definition (to September 2025)", SVB_2024,
                LocalDate.of(2022, 4, 1), LocalDate.of(2025, 9, 30)));
        add(new SqlDefinition("svb-2025", "1.0", "Serious Violence Board definition (from October 2025)", SVB_2025,
                LocalDate.of(2025, 10, 1), null));
        add(new SqlDefinition("svb", "svb-2024 v1.0 + svb-2025 v1.0", "Serious Violence Board definition, as in force", SVB,
                LocalDate.of(2022, 4, 1), null));
        add(new SqlDefinition("svb-knife", "1.0", "Serious Violence Board knife crime",
                "(" + SVB + " AND (knife OR offence = 'possession_bladed_article'))", LocalDate.of(2022, 4, 1), null));
        add(new SqlDefinition("ho-serious-violence", "1.0", "Home Office serious violence (force definition)",
                "(offence_group IN ('Homicide', 'Violence with injury', 'Possession of weapons', 'Robbery'))",
                LocalDate.of(2023, 1, 1), null));
        add(new SqlDefinition("ho-knife-crime", "1.0", "Home Office knife crime",
                "(NOT offence_group = 'Possession of weapons' AND knife AND offence_group IN ('Homicide', "
                        + "'Violence with injury', 'Violence without injury', 'Robbery', 'Sexual offences'))",
                LocalDate.of(2023, 1, 1), null));
    }

    private static void add(Definition d) {
        ALL.put(d.name(), d);
    }

    /** The named definition. */
    public static Definition get(String name) {
        Definition d = ALL.get(name);
        if (d == null) throw BadInputException.of("--definition", name, "one of " + String.join(", ", ALL.keySet()));
        return d;
    }

    /** All of them as a lookup; "as in force" of a member of the svb family is the family. */
    public static Definitions lookup() {
        return (name, asInForce) -> asInForce && name.startsWith("svb-20") ? get("svb") : get(name);
    }
}
