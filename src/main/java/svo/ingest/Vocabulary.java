package svo.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The closed lists of the canonical layouts ({@code docs/datasets/}): offence codes and their groups,
 * location types, outcome categories, roles, sex, ethnicity, qualifiers. Importers validate against these,
 * and definitions may only name values from them.
 */
public final class Vocabulary {
    private Vocabulary() {}

    /** Offence group labels as the SNA prints them. */
    public static final String HOMICIDE = "Homicide";
    public static final String VIOLENCE_WITH_INJURY = "Violence with injury";
    public static final String VIOLENCE_WITHOUT_INJURY = "Violence without injury";
    public static final String ROBBERY = "Robbery";
    public static final String POSSESSION_OF_WEAPONS = "Possession of weapons";
    public static final String SEXUAL_OFFENCES = "Sexual offences";
    public static final String STALKING_AND_HARASSMENT = "Stalking and harassment";
    public static final String PUBLIC_ORDER = "Public order";
    public static final String CRIMINAL_DAMAGE_AND_ARSON = "Criminal damage and arson";
    public static final String DRUGS = "Drugs";
    public static final String THEFT = "Theft";
    public static final String OTHER = "Other";

    /** Offence code → offence group, in the order of the spec. */
    public static final Map<String, String> OFFENCE_GROUP;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        for (String o : List.of("murder", "manslaughter")) m.put(o, HOMICIDE);
        for (String o : List.of("attempted_murder", "gbh_with_intent", "gbh_without_intent", "administer_poison", "abh",
                "other_violence_with_injury")) m.put(o, VIOLENCE_WITH_INJURY);
        for (String o : List.of("common_assault", "threats_to_kill", "other_violence_without_injury")) m.put(o, VIOLENCE_WITHOUT_INJURY);
        for (String o : List.of("robbery_personal", "robbery_business")) m.put(o, ROBBERY);
        for (String o : List.of("possession_bladed_article", "possession_offensive_weapon", "possession_firearm",
                "threaten_with_weapon")) m.put(o, POSSESSION_OF_WEAPONS);
        for (String o : List.of("rape", "other_sexual")) m.put(o, SEXUAL_OFFENCES);
        for (String o : List.of("stalking", "harassment")) m.put(o, STALKING_AND_HARASSMENT);
        m.put("public_order", PUBLIC_ORDER);
        for (String o : List.of("arson", "criminal_damage", "threats_to_damage")) m.put(o, CRIMINAL_DAMAGE_AND_ARSON);
        for (String o : List.of("drug_possession", "drug_trafficking")) m.put(o, DRUGS);
        for (String o : List.of("theft_from_person", "other_theft")) m.put(o, THEFT);
        m.put("other", OTHER);
        OFFENCE_GROUP = java.util.Collections.unmodifiableMap(m);
    }

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
