package svo.analysis;

import svo.analysis.people.PeopleAnalyses;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every analysis the product offers, listed explicitly (no class-path scanning), in SNA order. The command
 * line, the web explorer and the report all look analyses up here by id.
 */
public final class AnalysisCatalog {
    private final Map<String, Analysis> byId = new LinkedHashMap<>();

    private AnalysisCatalog(List<Analysis> analyses) {
        for (Analysis a : analyses) {
            if (byId.put(a.id(), a) != null) throw new IllegalStateException("two analyses share the id " + a.id());
        }
    }

    /** The product's catalogue, looking further definitions up in the shipped definitions. */
    public static AnalysisCatalog standard() {
        return standard(standardDefinitions());
    }

    /**
     * The product's catalogue. Add a new analysis to this list. {@code definitions} is where analyses that need a
     * second definition (the knife share, the ABH table) find it.
     */
    public static AnalysisCatalog standard(Definitions definitions) {
        List<Analysis> all = new ArrayList<>();
        // Police data (SNA §3–§7, §10, §11), in SNA order
        all.add(new svo.analysis.trend.Headline(definitions));
        all.add(new svo.analysis.trend.Cost());
        all.add(new svo.analysis.trend.OffenceTypeTrend());
        all.add(new svo.analysis.trend.ViolenceWithInjury(definitions));
        all.add(new svo.analysis.police.District());
        all.add(new svo.analysis.trend.Monthly());
        all.add(new svo.analysis.police.HourWeekday());
        all.addAll(PeopleAnalyses.all());   // §4.1, §4.4–§4.6, §6: overlap, victims.age … qualifiers
        all.add(new svo.analysis.trend.Knife(definitions));
        all.add(new svo.analysis.trend.KnifeHomeOffice());
        all.add(new svo.analysis.police.StopSearch());
        all.add(new svo.analysis.police.Outcomes());
        // Places (§5, §8, §9)
        all.addAll(svo.analysis.places.PlacesAnalyses.all());
        // Partner data (§12–§20)
        all.add(new svo.analysis.health.EdAttendances());
        all.add(new svo.analysis.health.Ambulance());
        all.add(new svo.analysis.partners.YouthJustice());
        all.add(new svo.analysis.partners.Probation());
        all.add(new svo.analysis.partners.SchoolExclusions());
        all.add(new svo.analysis.partners.SocialCare());
        all.add(new svo.analysis.partners.Neet());
        all.add(new svo.analysis.partners.Reoffending());
        // The report's data-quality section, computed.
        all.add(new svo.analysis.quality.DataQuality());
        // Interventions (SNA 2025 §21): the register and what was published about it (delivery).
        all.add(new svo.analysis.interventions.InterventionRegister());
        return new AnalysisCatalog(all);
    }

    /** The shipped definitions, by name (a family name alone, such as {@code svb}, means the family as in force). */
    public static Definitions standardDefinitions() {
        return definitions(svo.definitions.DefinitionRegistry.standard());
    }

    /** The definitions of a registry, by name (a family name alone, such as {@code svb}, means the family as in force). */
    public static Definitions definitions(svo.definitions.DefinitionRegistry registry) {
        return (name, asInForce) -> !asInForce && registry.find(name).isEmpty() && registry.families().contains(name)
                ? registry.asInForce(name) : registry.resolve(name, asInForce);
    }

    /** A catalogue of the given analyses (for tests). */
    public static AnalysisCatalog of(List<Analysis> analyses) {
        return new AnalysisCatalog(analyses);
    }

    /** All analyses, in catalogue order. */
    public List<Analysis> all() {
        return Collections.unmodifiableList(new ArrayList<>(byId.values()));
    }

    /** The analysis with this id, if there is one. */
    public Optional<Analysis> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
