package svo.definitions;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a definition's rules may name: the columns of the view it is applied to ({@code occurrence} or
 * {@code police_uk_crime}) and, for each, the values it may hold. A rule that names anything else is refused on
 * load, so the SQL generated from a rule only ever contains these column names and these values.
 */
public final class Fields {
    private Fields() {}

    /** Offence group labels, as the SNA prints them and as the occurrence importer stores them. */
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

    /** The offence vocabulary of the canonical occurrence layout: offence code → offence group, in spec order. */
    public static final Map<String, String> OFFENCE_GROUP;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        for (String o : List.of("murder", "manslaughter")) m.put(o, HOMICIDE);
        for (String o : List.of("attempted_murder", "gbh_with_intent", "gbh_without_intent", "administer_poison", "abh",
                "other_violence_with_injury")) m.put(o, VIOLENCE_WITH_INJURY);
        for (String o : List.of("common_assault", "threats_to_kill", "other_violence_without_injury")) {
            m.put(o, VIOLENCE_WITHOUT_INJURY);
        }
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
        OFFENCE_GROUP = Collections.unmodifiableMap(m);
    }

    /** The offence groups, in spec order. */
    public static final List<String> OFFENCE_GROUPS = List.copyOf(new java.util.LinkedHashSet<>(OFFENCE_GROUP.values()));

    /** police.uk street-level crime types, exactly as published. */
    public static final List<String> POLICE_UK_CRIME_TYPES = List.of("Anti-social behaviour", "Bicycle theft",
            "Burglary", "Criminal damage and arson", "Drugs", "Other crime", "Other theft", "Possession of weapons",
            "Public order", "Robbery", "Shoplifting", "Theft from the person", "Vehicle crime",
            "Violence and sexual offences");

    /** How a field's values are checked. */
    public enum Kind {
        /** A yes/no column; named on its own in a rule ({@code knife}, {@code not domestic_abuse}). */
        FLAG,
        /** One value from a closed list. */
        CODE,
        /** Free codes of a known shape (Home Office offence codes). */
        PATTERN
    }

    /**
     * One column a rule may name.
     *
     * @param nullable whether the column can be empty: comparisons on an empty value are false, never unknown
     */
    public record Field(String name, Kind kind, boolean nullable, List<String> values, Pattern pattern, String expected) {
        /** The canonical spelling of {@code raw} (offence groups match whatever their case), or empty if invalid. */
        public Optional<String> canonical(String raw) {
            return switch (kind) {
                case FLAG -> Optional.empty();
                case CODE -> values.stream().filter(v -> v.equalsIgnoreCase(raw)).findFirst();
                case PATTERN -> pattern.matcher(raw.toUpperCase(Locale.ROOT)).matches()
                        ? Optional.of(raw.toUpperCase(Locale.ROOT)) : Optional.empty();
            };
        }
    }

    /** The view a definition is applied to, and the fields its rules may name. */
    public enum Table {
        OCCURRENCE("occurrence", "committed_from"),
        POLICE_UK_CRIME("police_uk_crime", "month");

        private final String view;
        private final String dateColumn;

        Table(String view, String dateColumn) {
            this.view = view;
            this.dateColumn = dateColumn;
        }

        /** The view's name in the store. */
        public String view() { return view; }

        /** The column "as in force" judges by: the date the crime was committed (police.uk: its month). */
        public String dateColumn() { return dateColumn; }

        /** The fields rules over this view may name, by name. */
        public Map<String, Field> fields() {
            return this == OCCURRENCE ? OCCURRENCE_FIELDS : POLICE_UK_FIELDS;
        }

        /** The table whose view is called {@code name}, if any. */
        public static Optional<Table> ofView(String name) {
            for (Table t : values()) if (t.view.equals(name)) return Optional.of(t);
            return Optional.empty();
        }
    }

    private static final Pattern HO_CODE = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,2})?[A-Z]{0,2}(/[0-9]{1,3})?");

    private static final Map<String, Field> OCCURRENCE_FIELDS;
    private static final Map<String, Field> POLICE_UK_FIELDS;

    static {
        Map<String, Field> f = new LinkedHashMap<>();
        add(f, code("offence", false, new ArrayList<>(OFFENCE_GROUP.keySet()), "an offence code"));
        add(f, code("offence_group", false, OFFENCE_GROUPS, "an offence group"));
        add(f, new Field("ho_code", Kind.PATTERN, true, List.of(), HO_CODE,
                "a Home Office offence code such as 5A, 8N, 106, 4.4 or 008/01"));
        for (String flag : List.of("knife", "firearm", "other_weapon", "domestic_abuse", "sexual_offence", "q_alcohol",
                "q_drugs", "q_youth", "q_mental_health", "q_nte")) {
            add(f, new Field(flag, Kind.FLAG, false, List.of(), null, "a yes/no field"));
        }
        add(f, code("location_type", true, List.of("street", "open_space", "licensed_premises", "education",
                "dwelling", "retail", "transport", "workplace", "other"), "a location type"));
        add(f, code("outcome_category", true, List.of("positive", "other", "open"), "an outcome category"));
        OCCURRENCE_FIELDS = Collections.unmodifiableMap(f);

        Map<String, Field> p = new LinkedHashMap<>();
        add(p, code("crime_type", false, POLICE_UK_CRIME_TYPES, "a police.uk crime type"));
        POLICE_UK_FIELDS = Collections.unmodifiableMap(p);
    }

    private static Field code(String name, boolean nullable, List<String> values, String what) {
        return new Field(name, Kind.CODE, nullable, List.copyOf(values), null, what + ": " + String.join(", ", values));
    }

    private static void add(Map<String, Field> m, Field f) {
        m.put(f.name(), f);
    }
}
