package svo.cli;

import svo.BadInputException;
import svo.analysis.Scope;
import svo.analysis.places.MapData;
import svo.analysis.places.StatisticalHotspots;
import svo.report.Audience;
import svo.report.DisclosureRule;
import svo.report.MapSource;
import svo.report.maps.PlaceMaps;
import svo.store.Store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The places work's maps, drawn from the store for the report (which never reads the store itself): the rate
 * choropleth, the Getis–Ord hot spot grid and the school-proximity map. The command line and the web application
 * both hand this to {@code ReportBuilder}, so a public rate map is protected the same way wherever it is made.
 *
 * <pre>
 * new ReportBuilder(catalog, ctx, ReportPlan.sna(), new StoreMaps(store));
 * </pre>
 */
public final class StoreMaps implements MapSource {
    private final Store store;

    public StoreMaps(Store store) {
        this.store = store;
    }

    @Override
    public Optional<String> draw(String map, Scope scope, Audience audience) {
        try {
            return switch (map) {
                case "rates" -> {
                    MapData.RateMap m = MapData.rates(store, scope);
                    if (audience == Audience.PUBLIC) m = withoutSmallCounts(m, DisclosureRule.DEFAULT_THRESHOLD);
                    yield m.areas().isEmpty() ? Optional.empty() : Optional.of(PlaceMaps.rates(m, "Serious violence per 1,000 population"));
                }
                case "hotspots" -> {
                    StatisticalHotspots.Model m = StatisticalHotspots.model(store, scope);
                    yield m.units() == 0 ? Optional.empty() : Optional.of(PlaceMaps.hotSpots(m, "Statistical hot spots (Getis–Ord Gi*)"));
                }
                case "schools" -> {
                    MapData.SchoolMap m = MapData.schools(store, scope);
                    yield m.schools().isEmpty() ? Optional.empty() : Optional.of(PlaceMaps.schools(m, "Schools and offences at or near them"));
                }
                default -> throw new IllegalArgumentException("no map called " + map);
            };
        } catch (BadInputException e) {
            // The block's own table says why (its analysis refuses the same input); the map is simply left out.
            return Optional.empty();
        }
    }

    /**
     * A rate map fit for the public: an area with 1 to {@code threshold} records would let its count be worked out
     * from its class and population, so it is drawn in the lowest class, as an area with none is, and the map says so.
     */
    static MapData.RateMap withoutSmallCounts(MapData.RateMap m, int threshold) {
        List<MapData.AreaRate> areas = new ArrayList<>();
        int moved = 0;
        for (MapData.AreaRate a : m.areas()) {
            if (a.count() >= 1 && a.count() <= threshold && a.per1000() != null) {
                areas.add(new MapData.AreaRate(a.code(), a.name(), a.geometry(), 0, a.population(), 0.0));
                moved++;
            } else {
                areas.add(a);
            }
        }
        String counted = m.counted() + (moved == 0 ? "" : "; " + (moved == 1 ? "the one area" : "the " + moved + " areas") + " with 1 to "
                + threshold + " records " + (moved == 1 ? "is" : "are") + " drawn in the lowest class, with the areas that have none, "
                + "so that no small count can be read off the map");
        return new MapData.RateMap(m.level(), m.period(), areas, m.districts(), counted, m.policeUk(), m.recordsWithoutArea(),
                m.areasWithoutBoundary());
    }
}
