package svo.analysis.places;

import svo.analysis.Result;
import svo.analysis.Table;
import svo.geo.ReferenceData;
import svo.report.maps.PlaceMaps;
import svo.store.Store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * Prints the top rows of the LSOA ranking, the rate map and the Gi* hot cells on the real police.uk files, and
 * writes the maps to {@code target/real-data/}. Run by hand (the figures in docs/places.md come from it):
 * <pre>
 * java -Xmx2g -cp target/test-classes:target/classes:$(cat target/cp.txt) svo.analysis.places.RealDataReport
 * </pre>
 */
public final class RealDataReport {
    private RealDataReport() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of("target/real-data");
        Files.createDirectories(out);
        long t0 = System.nanoTime();
        try (Store s = RealPoliceUk.load(ReferenceData.Partnership.DERBYSHIRE, "derbyshire_street")) {
            System.out.printf("Derbyshire loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            report(s, "derbyshire", "2018-10-01..2018-12-31", out);
        }
        t0 = System.nanoTime();
        try (Store s = RealPoliceUk.load(ReferenceData.Partnership.LEICESTERSHIRE, "leicestershire_street")) {
            System.out.printf("Leicestershire loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            report(s, "leicestershire", "YE2020-12-YE2021-12", out);
        }
    }

    static void report(Store store, String name, String period, Path out) throws Exception {
        long t0 = System.nanoTime();
        Result ranked = new RankedHotspots().run(store, RealPoliceUk.scope(period, "level", "lsoa"));
        System.out.printf("%n== %s: hotspots.ranked level=lsoa source=police-uk, %s (%.0f ms)%n", name, period, (System.nanoTime() - t0) / 1e6);
        print(ranked.table("ranking"), 10);
        ranked.table("ranking").notes().forEach(n -> System.out.println("  note: " + n));

        t0 = System.nanoTime();
        MapData.RateMap rates = MapData.rates(store, RealPoliceUk.scope(period));
        String svg = PlaceMaps.rates(rates, "Violence, robbery and weapons crimes per 1,000 population");
        Files.writeString(out.resolve(name + "-rates.svg"), svg);
        System.out.printf("%n== %s: rate map, %d LSOAs, %d with a rate, SVG %,d bytes (%.0f ms); highest rates:%n", name, rates.areas().size(),
                rates.areas().stream().filter(a -> a.per1000() != null).count(), svg.length(), (System.nanoTime() - t0) / 1e6);
        rates.areas().stream().filter(a -> a.per1000() != null).sorted(Comparator.comparing(MapData.AreaRate::per1000).reversed()).limit(8)
                .forEach(a -> System.out.printf("  %s %-28s %5d records / %,6d = %6.1f per 1,000%n", a.code(), a.name(), a.count(), a.population(), a.per1000()));

        t0 = System.nanoTime();
        Result gi = new StatisticalHotspots().run(store, RealPoliceUk.scope(period));
        StatisticalHotspots.Model model = StatisticalHotspots.model(store, RealPoliceUk.scope(period));
        Files.writeString(out.resolve(name + "-hotspots.svg"), PlaceMaps.hotSpots(model, "Gi* hot spots of violence, robbery and weapons crimes"));
        System.out.printf("%n== %s: hotspots.statistical (grid), %s (%.0f ms)%n", name, period, (System.nanoTime() - t0) / 1e6);
        print(gi.table("settings"), 20);
        gi.table("settings").notes().forEach(n -> System.out.println("  note: " + n));
        print(gi.table("hot_cells"), 10);
        print(gi.table("bins"), 7);
        if (gi.tables().stream().anyMatch(t -> t.id().equals("trend"))) print(gi.table("trend"), 5);

        Result schools = new SchoolProximity().run(store, RealPoliceUk.scope(period));
        Files.writeString(out.resolve(name + "-schools.svg"), PlaceMaps.schools(MapData.schools(store, RealPoliceUk.scope(period)), "Crimes near schools"));
        System.out.printf("%n== %s: schools.proximity on police.uk (spatial part only)%n", name);
        print(schools.table("near_schools_any_time"), 5);
        print(schools.table("schools"), 5);
        Result dep = new Deprivation().run(store, RealPoliceUk.scope(period));
        System.out.printf("%n== %s: deprivation%n", name);
        print(dep.table("by_decile"), 10);
        print(dep.table("correlation"), 5);
    }

    static void print(Table t, int rows) {
        System.out.println("  [" + t.id() + "] " + t.title());
        System.out.println("  " + String.join(" | ", t.columns().stream().map(c -> c.name()).toList()));
        List<List<Object>> r = t.rows();
        for (int i = 0; i < Math.min(rows, r.size()); i++) {
            System.out.println("  " + String.join(" | ", r.get(i).stream().map(String::valueOf).toList()));
        }
    }
}
