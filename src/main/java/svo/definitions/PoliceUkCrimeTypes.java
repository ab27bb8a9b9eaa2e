package svo.definitions;

import java.util.List;
import java.util.stream.Collectors;

/**
 * How each police.uk street-level crime type relates to the offence vocabulary: the stated, conservative
 * mapping that lets police.uk data be grouped like occurrences. It never splits a crime type (police.uk gives
 * nothing to split it by), and it says for each type how good the fit is. Anything counted through it is
 * approximate and printed as such.
 */
public final class PoliceUkCrimeTypes {
    private PoliceUkCrimeTypes() {}

    /** How well a crime type corresponds to the vocabulary. */
    public enum Fit {
        /** The same offences as one offence group (or one offence) of the vocabulary. */
        EXACT,
        /** Part of one offence group. */
        PART,
        /** Offences of several groups that police.uk does not separate. */
        MIXED,
        /** Nothing in the vocabulary: not counted by any definition. */
        NONE
    }

    /** One crime type: the group it is counted under, how well it fits, and why. */
    public record Mapping(String crimeType, String group, Fit fit, String note) {}

    /** Label of the group police.uk's mixed violence category is counted under: it is never called violence with injury. */
    public static final String VIOLENCE_AND_SEXUAL_OFFENCES = "Violence and sexual offences (not separable)";

    /** Every police.uk crime type, in police.uk's order. */
    public static final List<Mapping> MAPPINGS = List.of(
            new Mapping("Anti-social behaviour", "Anti-social behaviour (not a crime)", Fit.NONE,
                    "Incidents, not crimes; no crime ID and no outcome. Never counted as crime."),
            new Mapping("Bicycle theft", Fields.THEFT, Fit.PART, "Part of other theft."),
            new Mapping("Burglary", Fields.OTHER, Fit.NONE, "The offence vocabulary has no burglary code."),
            new Mapping("Criminal damage and arson", Fields.CRIMINAL_DAMAGE_AND_ARSON, Fit.EXACT,
                    "Arson and criminal damage cannot be told apart."),
            new Mapping("Drugs", Fields.DRUGS, Fit.EXACT, "Possession and trafficking cannot be told apart."),
            new Mapping("Other crime", Fields.OTHER, Fit.MIXED, "Miscellaneous crimes against society."),
            new Mapping("Other theft", Fields.THEFT, Fit.PART, "Part of other theft."),
            new Mapping("Possession of weapons", Fields.POSSESSION_OF_WEAPONS, Fit.EXACT,
                    "Knives, other weapons and firearms cannot be told apart: no weapon flags."),
            new Mapping("Public order", Fields.PUBLIC_ORDER, Fit.EXACT, ""),
            new Mapping("Robbery", Fields.ROBBERY, Fit.EXACT, "Personal and business robbery cannot be told apart."),
            new Mapping("Shoplifting", Fields.THEFT, Fit.PART, "Part of other theft."),
            new Mapping("Theft from the person", Fields.THEFT, Fit.EXACT, "Exactly the offence theft_from_person."),
            new Mapping("Vehicle crime", Fields.THEFT, Fit.PART, "Part of other theft (theft of and from vehicles)."),
            new Mapping("Violence and sexual offences", VIOLENCE_AND_SEXUAL_OFFENCES, Fit.MIXED,
                    "Homicide, violence with and without injury, stalking and harassment, rape and other sexual "
                            + "offences together; they cannot be split, and there are no weapon or domestic-abuse "
                            + "flags."));

    /**
     * A SQL expression over the {@code police_uk_crime} view giving each crime's approximate group (the labels
     * of {@link #MAPPINGS}); a crime type police.uk adds later comes out as {@code 'Unmapped: <type>'}.
     */
    public static String sqlGroup() {
        return MAPPINGS.stream()
                .map(m -> " WHEN " + Condition.Compare.literal(m.crimeType()) + " THEN " + Condition.Compare.literal(m.group()))
                .collect(Collectors.joining("", "CASE crime_type", " ELSE 'Unmapped: ' || crime_type END"));
    }
}
