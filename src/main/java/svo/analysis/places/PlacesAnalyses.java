package svo.analysis.places;

import svo.analysis.Analysis;

import java.util.List;

/**
 * The analyses of places (SNA 2025 §5, §8, §9 and beyond), in SNA order, for {@code AnalysisCatalog.standard()}
 * to include.
 */
public final class PlacesAnalyses {
    private PlacesAnalyses() {}

    public static List<Analysis> all() {
        return List.of(new RankedHotspots(), new WardHotspots(), new StatisticalHotspots(), new SchoolProximity(),
                new NightTimeEconomy(), new Deprivation(), new NearRepeat());
    }
}
