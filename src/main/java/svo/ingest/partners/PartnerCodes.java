package svo.ingest.partners;

import java.util.Map;

/**
 * The closed lists of the partner layouts ({@code docs/datasets/}): codes, the labels tables print, and the
 * spellings accepted on import. Analyses use the same lists to label and order their tables.
 */
public final class PartnerCodes {
    private PartnerCodes() {}

    /** ISTV primary means of assault. */
    public static final Codes PRIMARY_METHOD = new Codes("primary method")
            .add("body_part", "Body part", "body", "bodypart", "fist or body part")
            .add("weapon", "Weapon");

    /** Detailed assault method, labelled as the SNA prints it (§13.1). */
    public static final Codes ASSAULT_METHOD = new Codes("assault method")
            .add("fist", "Fist", "punch", "punched")
            .add("feet", "Feet", "foot", "kick", "kicked")
            .add("head", "Head", "headbutt", "head butt")
            .add("combination_of_body_parts", "Combination of body parts", "combination", "body parts")
            .add("pushed", "Pushed", "push")
            .add("other_body_part", "Other (specify)", "other", "other body part", "other specify")
            .add("knife", "Knife", "knives")
            .add("other_bladed", "Other bladed or sharp object (specify)", "other bladed or sharp object", "bladed", "sharp object")
            .add("glass", "Glass")
            .add("bottle", "Bottle")
            .add("blunt_object", "Any blunt object (specify)", "any blunt object", "blunt object", "blunt")
            .add("firearm", "Firearm", "gun")
            .add("other_weapon", "Other weapon (specify)", "other weapon");

    /** The primary means each detailed method implies. */
    public static final Map<String, String> METHOD_PRIMARY = Map.ofEntries(
            Map.entry("fist", "body_part"), Map.entry("feet", "body_part"), Map.entry("head", "body_part"),
            Map.entry("combination_of_body_parts", "body_part"), Map.entry("pushed", "body_part"),
            Map.entry("other_body_part", "body_part"),
            Map.entry("knife", "weapon"), Map.entry("other_bladed", "weapon"), Map.entry("glass", "weapon"),
            Map.entry("bottle", "weapon"), Map.entry("blunt_object", "weapon"), Map.entry("firearm", "weapon"),
            Map.entry("other_weapon", "weapon"));

    /** Where the assault happened (ISTV location category). */
    public static final Codes LOCATION_CATEGORY = new Codes("location category")
            .add("open_space", "Open space (public space and parks)", "public space", "park", "parks", "open space public space and parks")
            .add("street", "Street", "road", "street or road")
            .add("own_home", "Own home", "home", "own residence")
            .add("other_home", "Other home", "other residence", "someone else's home")
            .add("licensed_premises", "Licensed premises", "pub", "bar", "club", "nightclub", "pub or club")
            .add("educational_establishment", "School or other educational establishment", "school", "college", "university",
                    "education", "educational", "educational establishment")
            .add("work", "Work", "workplace", "place of work")
            .add("transport", "Transport", "public transport", "bus", "train", "taxi")
            .add("other", "Other")
            .add("not_known", "Not known", "unknown", "not recorded", "not stated");

    /** Ambulance response to an assault (SNA §13.3). */
    public static final Codes RESPONSE_TYPE = new Codes("response type")
            .add("hear_and_treat", "Hear and Treat", "hear and treat or refer", "hear")
            .add("see_and_treat", "See and Treat", "see treat and refer", "see and treat or refer")
            .add("see_treat_and_convey", "See, Treat and Convey", "see and convey", "convey", "conveyed", "see treat convey");

    /** Local authority type, the SNA's city / county split. */
    public static final Codes AREA = new Codes("area")
            .add("city", "City", "derby city", "unitary", "city council")
            .add("county", "County", "derbyshire county", "county council");

    /** Sex, with the common spellings. */
    public static final Codes SEX = new Codes("sex")
            .add("M", "Male", "m", "man", "boy")
            .add("F", "Female", "f", "woman", "girl")
            .add("X", "Other", "x", "indeterminate", "non binary")
            .add("U", "Not known", "u", "unknown", "not recorded", "not stated");

    /** Sex in an aggregate row, where "all" is the total of every sex. */
    public static final Codes SEX_OR_ALL = new Codes("sex")
            .add("all", "All", "total", "persons", "people", "any")
            .add("M", "Male", "m", "man", "boy")
            .add("F", "Female", "f", "woman", "girl")
            .add("X", "Other", "x", "indeterminate", "non binary")
            .add("U", "Not known", "u", "unknown", "not recorded", "not stated");

    /** Sentence of a probation case. */
    public static final Codes SENTENCE_TYPE = new Codes("sentence type")
            .add("custodial", "Custodial", "custody", "prison", "licence", "post release")
            .add("community", "Community", "community order", "community sentence");

    /** Exclusion type. */
    public static final Codes EXCLUSION_TYPE = new Codes("exclusion type")
            .add("permanent_exclusion", "Permanent exclusion", "permanent", "perm excl", "exclusion", "permanently excluded")
            .add("suspension", "Suspension", "suspended", "fixed period exclusion", "fixed term exclusion", "fixed period", "susp");

    /** School phase. */
    public static final Codes PHASE = new Codes("school phase")
            .add("primary", "Primary", "state funded primary", "infant", "junior")
            .add("secondary", "Secondary", "state funded secondary")
            .add("special", "Special", "special school")
            .add("alternative_provision", "Alternative provision", "pru", "pupil referral unit", "ap")
            .add("other", "Other", "all through", "nursery", "independent");

    /** Children's social care measures (SNA §18.1). */
    public static final Codes CARE_MEASURE = new Codes("social care measure")
            .add("referrals", "Social care referrals", "referral", "social care referral")
            .add("child_protection_plans", "Child protection plans", "child protection plan", "cpp", "cp plans")
            .add("admissions_to_care", "Admissions to care", "admission to care", "started to be looked after",
                    "became looked after", "cla starts")
            .add("care_leavers", "Care leavers", "care leaver")
            .add("referral_outcome", "Referral outcome", "referral outcomes", "social care referral outcomes");

    /** Outcomes of a social care referral (SNA §18.1). */
    public static final Codes REFERRAL_OUTCOME = new Codes("referral outcome")
            .add("nfa", "No further action", "no further action nfa")
            .add("early_help", "Passed to Early Help", "early help")
            .add("specialist_teams", "Passed to Specialist Teams", "specialist teams", "specialist team")
            .add("assessment", "Social care assessment", "social care assessment", "single assessment", "assessment")
            .add("strategy_discussion", "Strategy discussion", "strategy")
            .add("other", "Other");

    /** Index events that start reoffending follow-up (MoJ proven reoffending). */
    public static final Codes INDEX_EVENT = new Codes("index event type")
            .add("release_from_custody", "Release from custody", "release", "released", "custody release")
            .add("non_custodial_conviction", "Non-custodial conviction", "conviction", "court conviction",
                    "non custodial sentence", "community sentence")
            .add("caution", "Caution, reprimand or warning", "reprimand", "warning", "youth caution",
                    "conditional caution", "youth conditional caution", "final warning");
}
