package svo.testing;

import svo.store.Jdbc;
import svo.store.Store;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The nine districts of Derby and Derbyshire (codes, names, city or county) and the populations the
 * published documents use (not the Census's), inserted as the geography importer stores district rows (level
 * district, the district its own) so {@code district_population} sees them. Populations come from
 * {@code ../shared/spec/data.md}: the 2026 report's figures (Derby 270,468), with the SNA 2025's Derby figure
 * (259,154) for years before 2025.
 *
 * <pre>
 * TestGeography.districts(store);                    // area rows, level district
 * TestGeography.population(store, 2025);             // population rows for 2025, age band and sex 'all'
 * </pre>
 */
public final class TestGeography {
    private TestGeography() {}

    /** District name → ONS code, in the order the SNA lists them. */
    public static final Map<String, String> DISTRICTS = new LinkedHashMap<>();
    /** District name → population used by the PA report May 2026. */
    public static final Map<String, Long> POPULATION = new LinkedHashMap<>();

    static {
        district("Amber Valley", "E07000032", 126_489);
        district("Bolsover", "E07000033", 80_475);
        district("Chesterfield", "E07000034", 103_672);
        district("Derby", "E06000015", 270_468);
        district("Derbyshire Dales", "E07000035", 71_681);
        district("Erewash", "E07000036", 113_047);
        district("High Peak", "E07000037", 91_104);
        district("North East Derbyshire", "E07000038", 102_315);
        district("South Derbyshire", "E07000039", 108_063);
    }

    private static void district(String name, String code, long population) {
        DISTRICTS.put(name, code);
        POPULATION.put(name, population);
    }

    /** Inserts the nine districts (Derby is the city, the rest the county). */
    public static void districts(Store store) {
        for (Map.Entry<String, String> d : DISTRICTS.entrySet()) {
            Jdbc.update(store.connection(), "INSERT INTO area(level, code, name, city_county) VALUES ('district', ?, ?, ?)",
                    d.getValue(), d.getKey(), d.getValue().startsWith("E06") ? "city" : "county");
        }
    }

    /** Inserts each district's population for the year (all ages, both sexes). */
    public static void population(Store store, int year) {
        for (Map.Entry<String, String> d : DISTRICTS.entrySet()) {
            long n = d.getKey().equals("Derby") && year < 2025 ? 259_154 : POPULATION.get(d.getKey());
            population(store, d.getValue(), year, n);
        }
    }

    /** Inserts one population figure (all ages, both sexes). */
    public static void population(Store store, String areaCode, int year, long count) {
        Jdbc.update(store.connection(), "INSERT INTO population(area_code, year, age_band, sex, count, level, district_code) "
                + "VALUES (?, ?, 'all', 'all', ?, 'district', ?)", areaCode, year, count, areaCode);
    }
}
