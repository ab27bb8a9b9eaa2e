package svo.delivery;

import svo.analysis.Period;
import svo.ingest.delivery.DeliveryVocabulary;

import java.util.List;
import java.util.Map;

/**
 * A partnership's serious violence strategy as the board monitors it: its objectives, each tagged with the 5Cs and
 * 4Ps, the indicators that measure each, the baseline year they are compared with, and the Home Office VRU success
 * measures the board reads alongside.
 *
 * <pre>
 * Strategy s = Strategy.derbyAndDerbyshire2026();
 * s.objectives().get(1).title();           // "Tackle knife crime"
 * s.indicatorsOf("knife-crime");            // knife crime, all ages; the knife share
 * </pre>
 */
public record Strategy(String title, String source, Period.Span baseline, String baselineNote, List<Indicator> headline,
                       List<Objective> objectives, List<Indicator> indicators, List<Indicator> vruMeasures) {
    public Strategy {
        headline = List.copyOf(headline);
        objectives = List.copyOf(objectives);
        indicators = List.copyOf(indicators);
        vruMeasures = List.copyOf(vruMeasures);
    }

    /** One strategic objective, with the 5Cs/4Ps it serves. */
    public record Objective(String code, int number, String title, List<String> priorities) {}

    /** The indicators of one objective, in order. */
    public List<Indicator> indicatorsOf(String objective) {
        return indicators.stream().filter(i -> i.objective().equals(objective)).toList();
    }

    /** The objective with this code. */
    public Objective objective(String code) {
        return objectives.stream().filter(o -> o.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no objective " + code));
    }

    /** The night-time economy areas of the four towns where the Walk Away campaign ran (SNA 2025 §21.9). */
    static final List<String> WALK_AWAY_TOWNS = List.of("Derby City Centre", "Chesterfield", "Ripley", "Ilkeston");

    /**
     * The Derby and Derbyshire Serious Violence Strategy 2026–2028: its seven objectives in its own words and order
     * (summary, {@code 002_…}), the indicators this product computes for each, and the VRU success measures. The
     * strategy names no indicators and tags no objective with the 5Cs or 4Ps: both are this product's reading of it
     * (docs/delivery.md), built from what the strategy says the board monitors and what the SNA measures.
     */
    public static Strategy derbyAndDerbyshire2026() {
        Map<String, String> titles = DeliveryVocabulary.OBJECTIVES;
        List<Objective> objectives = List.of(
                new Objective("young-people", 1, titles.get("young-people"), List.of("prevent", "co-produce", "counter-narrative")),
                new Objective("knife-crime", 2, titles.get("knife-crime"), List.of("prevent", "protect", "pursue")),
                new Objective("repeat-offending", 3, titles.get("repeat-offending"), List.of("pursue", "prevent")),
                new Objective("night-time-economy", 4, titles.get("night-time-economy"), List.of("protect", "prepare", "collaborate")),
                new Objective("alcohol-drugs", 5, titles.get("alcohol-drugs"), List.of("prevent", "collaborate")),
                new Objective("inequalities", 6, titles.get("inequalities"), List.of("community-consensus", "co-produce")),
                new Objective("data", 7, titles.get("data"), List.of("co-operate")));
        List<String> towns = WALK_AWAY_TOWNS.stream().map(String::toLowerCase).toList();
        List<Object> townParams = new java.util.ArrayList<>(towns);
        townParams.addAll(towns);
        List<Indicator> indicators = List.of(
                new Indicator("victims-under-25", "young-people", "Serious violence with a victim under 25", Indicator.Kind.COUNT,
                        Indicator.Good.DOWN, null, new Indicator.FromSql("victims-under-25"),
                        "Occurrences with at least one victim aged under 25."),
                new Indicator("suspects-under-25", "young-people", "Serious violence with a suspect under 25", Indicator.Kind.COUNT,
                        Indicator.Good.DOWN, null, new Indicator.FromSql("suspects-under-25"),
                        "Occurrences with at least one suspect or offender aged under 25."),
                new Indicator("knife-crime", "knife-crime", "Knife crime, all ages", Indicator.Kind.COUNT, Indicator.Good.DOWN, null,
                        new Indicator.FromAnalysis("headline", "knife_crime", null, Map.of()),
                        "The headline analysis's knife crime (svb-knife within the board's definition)."),
                new Indicator("knife-share", "knife-crime", "Share of serious violence involving a knife", Indicator.Kind.SHARE,
                        Indicator.Good.DOWN, null, new Indicator.FromAnalysis("headline", "knife_crime", "serious_violence", Map.of()),
                        "Knife crime as a share of serious violence (strategy summary: \"3 in 10\")."),
                new Indicator("repeat-suspect-share", "repeat-offending", "Share of serious violence involving a repeat suspect",
                        Indicator.Kind.SHARE, Indicator.Good.DOWN, null,
                        new Indicator.FromAnalysisTable("repeat", "suspects", "repeat_occurrences", Map.of(), "occurrences", Map.of()),
                        "The repeat analysis: of occurrences with a known suspect, those with a suspect in two or more in the same 12 months."),
                new Indicator("nte-walk-away-towns", "night-time-economy", "Night-time violence in the Walk Away towns' NTE areas",
                        Indicator.Kind.COUNT, Indicator.Good.DOWN, null,
                        new Indicator.FromSql("nte-walk-away-towns", townParams, "none of the night-time economy areas "
                                + String.join(", ", WALK_AWAY_TOWNS) + " is loaded (import the NTE area boundaries)"),
                        "Serious violence 18:00-06:00 in the NTE areas of " + String.join(", ", WALK_AWAY_TOWNS) + "."),
                new Indicator("fri-sat-night-share", "night-time-economy", "Share on Friday and Saturday nights (18:00-06:00)",
                        Indicator.Kind.SHARE, Indicator.Good.DOWN, null, new Indicator.FromSql("fri-sat-night-share"),
                        "Friday 18:00 to Saturday 06:00 and Saturday 18:00 to Sunday 06:00 (strategy summary: 23%)."),
                new Indicator("alcohol-drugs-share", "alcohol-drugs", "Share flagged alcohol- or drug-related", Indicator.Kind.SHARE,
                        Indicator.Good.DOWN, null, new Indicator.FromAnalysisTable("qualifiers", "by_offence", "alcohol_or_drugs",
                        Map.of("offence_type", "All offence types"), "occurrences", Map.of("offence_type", "All offence types")),
                        "Qualifiers are optional in police recording: a rise may be better recording, not more such violence."),
                new Indicator("most-deprived-share", "inequalities", "Share in the 20% most deprived neighbourhoods",
                        Indicator.Kind.SHARE, Indicator.Good.DOWN, null,
                        new Indicator.FromSql("most-deprived-share", List.of(), "no IMD deciles are loaded (./svo geo imd)"),
                        "Occurrences in LSOAs of IMD 2019 deciles 1-2, of those placed in an LSOA with a decile."),
                new Indicator("suspect-ethnicity-not-recorded", "data", "Suspects with no ethnicity recorded", Indicator.Kind.SHARE,
                        Indicator.Good.DOWN, null, new Indicator.FromAnalysisTable("ethnicity", "by_area", "suspects",
                        Map.of("area", "All areas", "ethnicity", "Not recorded"), "suspects", Map.of("area", "All areas")),
                        "The ethnicity analysis: suspects (each once) with no self-defined ethnicity recorded."),
                new Indicator("placed-in-district", "data", "Occurrences placed in a district", Indicator.Kind.SHARE,
                        Indicator.Good.UP, null, new Indicator.FromSql("placed-in-district"),
                        "An occurrence with no district is missing from every district figure and map."));
        List<Indicator> headline = List.of(
                new Indicator("serious-violence", "overall", "Serious violence, all ages", Indicator.Kind.COUNT, Indicator.Good.DOWN, null,
                        new Indicator.FromAnalysis("headline", "serious_violence", null, Map.of()),
                        "All serious violence under the board's definition (strategy summary: \"a 14% reduction\" in 2024/25)."),
                new Indicator("homicides", "overall", "Homicides", Indicator.Kind.COUNT, Indicator.Good.DOWN, null,
                        new Indicator.FromAnalysis("headline", "homicides", null, Map.of()),
                        "Homicides within the board's definition."));
        List<Indicator> vru = List.of(
                new Indicator("vru-ed-knife-under-25", "vru", "ED attendances for assault with a knife or sharp object, under 25",
                        Indicator.Kind.COUNT, Indicator.Good.DOWN, null,
                        new Indicator.FromSql("ed-knife-under-25", List.of(Indicator.SPAN_START, Indicator.SPAN_END),
                                "ED assault attendances are not loaded for these 12 months (./svo import --dataset ed-attendances FILE)", "ed_attendance"),
                        "Home Office VRU success measure: hospital admissions for assault with a knife or sharp object, victims under 25."),
                new Indicator("vru-knife-sv-under-25", "vru", "Knife-enabled serious violence, victims under 25", Indicator.Kind.COUNT,
                        Indicator.Good.DOWN, "ho-knife-crime", new Indicator.FromSql("victims-under-25"),
                        "Home Office VRU success measure: police-recorded knife-enabled serious violence (ho-knife-crime) with a victim under 25."),
                new Indicator("vru-knife-homicides-under-25", "vru", "Homicides of under-25s involving a knife", Indicator.Kind.COUNT,
                        Indicator.Good.DOWN, "ho-knife-crime", new Indicator.FromSql("knife-homicides-under-25"),
                        "Home Office VRU success measure: homicides of victims under 25 involving a knife or sharp instrument."));
        return new Strategy("Derby and Derbyshire Serious Violence Strategy 2026-2028",
                "Serious Violence Strategy 2026-2028 summary (objectives); Serious Violence Strategy 2024-2026 (5Cs, 4Ps, tiers)",
                Period.financialYear(2024),
                "2024/25: the latest year of the SNA 2025, whose figures the strategy quotes (\"a 14% reduction in serious violence\").",
                headline, objectives, indicators, vru);
    }
}
