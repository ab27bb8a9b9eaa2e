package svo.ingest;

import svo.definitions.Fields;

import java.util.Map;
import java.util.Set;

/**
 * The closed lists of the canonical layouts ({@code docs/datasets/}): offence codes and their groups,
 * location types, outcome categories, roles, sex, ethnicity, qualifiers. Importers validate against these,
 * and definitions may only name values from them.
 */
public final class Vocabulary {
    private Vocabulary() {}

    /** Offence group labels as the SNA prints them (defined once, with the definitions that name them). */
    public static final String SEXUAL_OFFENCES = Fields.SEXUAL_OFFENCES;

    /** Offence code → offence group, in the order of the spec: the same map the definitions validate against. */
    public static final Map<String, String> OFFENCE_GROUP = Fields.OFFENCE_GROUP;

    public static final Set<String> LOCATION_TYPES = Set.of("street", "open_space", "licensed_premises", "education",
            "dwelling", "retail", "transport", "workplace", "other");
    public static final Set<String> OUTCOME_CATEGORIES = Set.of("positive", "other", "open");
    public static final Set<String> QUALIFIERS = Set.of("alcohol", "drugs", "youth", "mental_health", "nte");
    public static final Set<String> ROLES = Set.of("victim", "suspect", "offender");
    public static final Set<String> SEX = Set.of("M", "F", "X", "U");
    /** Broad self-defined ethnicity groups; finer census categories are accepted and kept as given. */
    public static final Set<String> ETHNICITY_GROUPS = Set.of("white", "asian", "black", "mixed", "other", "not_recorded");
    public static final Set<String> RELATIONSHIPS = Set.of("stranger", "acquaintance", "neighbour", "family", "partner",
            "ex_partner", "friend", "colleague", "other", "not_seen", "refused", "unknown");
    public static final Set<String> MARKER_TYPES = Set.of("weapons", "violence", "mental_health", "drugs", "firearms",
            "self_harm", "escaper", "suicidal", "ailment", "contagion", "alcohol", "other");

    /** The group of an offence code, or null when the code is not in the vocabulary. */
    public static String groupOf(String offence) {
        return OFFENCE_GROUP.get(offence);
    }
}
