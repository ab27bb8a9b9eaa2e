package svo.analysis.places;

import org.junit.jupiter.api.Test;
import svo.BadInputException;
import svo.analysis.Analysis;
import svo.analysis.Area;
import svo.analysis.Comparison;
import svo.analysis.Period;
import svo.analysis.Result;
import svo.analysis.Scope;
import svo.definitions.Definition;
import svo.definitions.DefinitionRegistry;
import svo.store.Store;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlacesAnalysesTest {
    private static final Definition POLICE_UK_UPPER = DefinitionRegistry.standard().resolve("police-uk-sv-upper", false);

    private static Scope scope(String period, Map<String, String> params) {
        return new Scope(TestDefinition.SERIOUS_VIOLENCE, false, Period.parse(period), Area.ALL, Comparison.PREVIOUS, params);
    }

    @Test
    void every_places_analysis_runs_on_an_empty_store_and_returns_empty_tables() {
        try (Store store = Store.inMemory()) {
            List<Analysis> all = PlacesAnalyses.all();
            assertThat(all).extracting(Analysis::id).containsExactly("hotspots.ranked", "hotspots.wards", "hotspots.statistical",
                    "schools.proximity", "nte", "deprivation", "near-repeat");
            assertThat(new HashSet<>(all.stream().map(Analysis::id).toList())).hasSize(all.size());
            for (Analysis a : all) {
                for (String period : List.of("FY2024", "FY2022-FY2024")) {
                    Result r = a.run(store, scope(period, Map.of()));
                    assertThat(r.analysisId()).isEqualTo(a.id());
                    assertThat(r.tables()).as(a.id()).isNotEmpty();
                    assertThat(a.title()).isNotBlank();
                    assertThat(a.datasets()).isNotEmpty();
                }
            }
        }
    }

    @Test
    void the_police_uk_source_runs_on_an_empty_store_too_except_near_repeat_which_needs_days() {
        try (Store store = Store.inMemory()) {
            for (Analysis a : PlacesAnalyses.all()) {
                Scope s = new Scope(POLICE_UK_UPPER, false, Period.parse("YE2021-12"), Area.ALL, Comparison.PREVIOUS, Map.of());
                if (a.id().equals("near-repeat")) {
                    assertThatThrownBy(() -> a.run(store, s)).isInstanceOf(BadInputException.class).hasMessageContaining("month");
                } else {
                    assertThat(a.run(store, s).tables()).as(a.id()).isNotEmpty();
                }
            }
        }
    }

    @Test
    void bad_parameters_are_refused_with_the_parameter_the_value_and_what_is_expected() {
        try (Store store = Store.inMemory()) {
            assertThatThrownBy(() -> new RankedHotspots().run(store, scope("FY2024", Map.of("level", "county"))))
                    .isInstanceOf(BadInputException.class).hasMessage("level: \"county\" is not valid (expected one of neighbourhood, ward, lsoa).");
            assertThatThrownBy(() -> new SchoolProximity().run(store, scope("FY2024", Map.of("distance", "far"))))
                    .isInstanceOf(BadInputException.class).hasMessageContaining("distance").hasMessageContaining("e.g. 500");
            assertThatThrownBy(() -> new SchoolProximity().run(store, scope("FY2024", Map.of("hours", "8-16"))))
                    .isInstanceOf(BadInputException.class).hasMessageContaining("08:00-16:00");
            assertThatThrownBy(() -> new NearRepeat().run(store, scope("FY2024", Map.of("distance_bands", "200;100"))))
                    .isInstanceOf(BadInputException.class).hasMessageContaining("ascending");
            assertThatThrownBy(() -> new StatisticalHotspots().run(store, scope("FY2024", Map.of("fdr", "maybe"))))
                    .isInstanceOf(BadInputException.class).hasMessageContaining("true or false");
            assertThatThrownBy(() -> new RankedHotspots().run(store, new Scope(POLICE_UK_UPPER, false, Period.parse("2024-06-15..2025-06-14"),
                    Area.ALL, Comparison.PREVIOUS, Map.of()))).isInstanceOf(BadInputException.class).hasMessageContaining("whole months");
            assertThatThrownBy(() -> new RankedHotspots().run(store, scope("FY2024", Map.of("crime_types", "Robbery"))))
                    .isInstanceOf(BadInputException.class).hasMessageContaining("source=police-uk");
        }
    }

    @Test
    void police_uk_crimes_are_chosen_by_a_police_uk_definition_or_by_crime_types_never_by_an_occurrence_definition() {
        try (Store store = Store.inMemory()) {
            Result byDefinition = new RankedHotspots().run(store, new Scope(POLICE_UK_UPPER, false, Period.parse("YE2021-12"), Area.ALL,
                    Comparison.PREVIOUS, Map.of("level", "lsoa")));
            assertThat(byDefinition.table().notes()).anyMatch(n -> n.contains("police.uk street-level crimes under police-uk-sv-upper v1.0 (approximate)"));
            Result byTypes = new RankedHotspots().run(store, new Scope(null, false, Period.parse("YE2021-12"), Area.ALL,
                    Comparison.PREVIOUS, Map.of("source", "police-uk", "crime_types", "Robbery;Possession of weapons")));
            assertThat(byTypes.table().notes()).anyMatch(n -> n.contains("of the types Robbery, Possession of weapons (an approximate grouping"));
            assertThatThrownBy(() -> new RankedHotspots().run(store, scope("YE2021-12", Map.of("source", "police-uk"))))
                    .isInstanceOf(BadInputException.class).hasMessageContaining("police-uk-sv-upper").hasMessageContaining("applies to occurrences");
            assertThatThrownBy(() -> new RankedHotspots().run(store, new Scope(POLICE_UK_UPPER, false, Period.parse("YE2021-12"), Area.ALL,
                    Comparison.PREVIOUS, Map.of("source", "occurrences")))).isInstanceOf(BadInputException.class)
                    .hasMessageContaining("applies to police.uk crimes");
        }
    }
}
