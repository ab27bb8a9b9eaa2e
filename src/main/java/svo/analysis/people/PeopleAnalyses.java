package svo.analysis.people;

import svo.analysis.Analysis;

import java.util.List;

/** The people analyses of SNA 2025 §4.1, §4.4–§4.6 and §6, in the order the SNA prints them. */
public final class PeopleAnalyses {
    private PeopleAnalyses() {}

    /** Every people analysis; {@code AnalysisCatalog.standard()} lists them. */
    public static List<Analysis> all() {
        return List.of(
                new VictimSuspectOverlap(),
                AgeProfile.victims(),
                SexProfile.victims(),
                new RepeatPeople(),
                new Relationship(),
                AgeProfile.suspects(),
                SexProfile.suspects(),
                new Ethnicity(),
                new WarningMarkers(),
                new Qualifiers());
    }
}
