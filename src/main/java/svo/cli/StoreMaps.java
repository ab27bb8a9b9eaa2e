package svo.cli;

import svo.BadInputException;
import svo.analysis.Scope;
import svo.analysis.places.MapData;
import svo.analysis.places.StatisticalHotspots;
import svo.report.MapSource;
import svo.report.maps.PlaceMaps;
import svo.store.Store;

import java.util.Optional;

/**
 * The places work's maps, drawn from the store for the report (which never reads the store itself): the rate
 * choropleth, the Getis–Ord hot spot grid and the school-proximity map.
 */
final class StoreMaps implements MapSource {
    private final Store store;

    StoreMaps(Store store) {
        this.store = store;
    }

    @Override
    public Optional<String> draw(String map, Scope scope) {
        try {
            return switch (map) {
                case "rates" -> {
                    MapData.RateMap m = MapData.rates(store, scope);
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
}
