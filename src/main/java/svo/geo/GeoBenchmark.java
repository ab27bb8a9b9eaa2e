package svo.geo;

import org.locationtech.jts.geom.Envelope;
import svo.store.Jdbc;
import svo.store.Store;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Speed of the geography on the real reference data: import of everything, point in polygon over LSOAs,
 * wards and districts (one thread and all cores), and the bulk assignment of located records through the
 * store, with police.uk-like shared points and with every point distinct. Run by {@code svo geo bench};
 * the figures are recorded in docs/geography.md.
 */
public final class GeoBenchmark {
    /** Distinct map points in the police.uk-like case (a force area has some tens of thousands). */
    static final int MAP_POINTS = 25_000;

    private GeoBenchmark() {}

    public static void run(Path dir, int points, long seed, PrintWriter out) {
        try (Store store = Store.inMemory()) {
            var c = store.connection();
            long t0 = System.nanoTime();
            store.inTransaction(conn -> ReferenceData.load(conn, dir, ReferenceData.Partnership.DERBYSHIRE));
            double importS = seconds(t0);
            out.printf(Locale.ROOT, "import of all reference data (9 districts, %d wards, %d LSOAs, %d schools, %d population "
                            + "rows, %d IMD rows): %.2f s%n", Areas.count(c, Level.WARD), Areas.count(c, Level.LSOA),
                    Jdbc.count(c, "SELECT count(*) FROM school"), Jdbc.count(c, "SELECT count(*) FROM population"),
                    Jdbc.count(c, "SELECT count(*) FROM imd"), importS);

            t0 = System.nanoTime();
            Locator locator = Locator.load(c);
            out.printf(Locale.ROOT, "locator built from the store: %.3f s%n", seconds(t0));

            Envelope box = new Envelope();
            for (AreaShape d : Areas.load(c, Level.DISTRICT)) box.expandToInclude(d.geometry().getEnvelopeInternal());
            SplittableRandom rnd = new SplittableRandom(seed);
            double[] e = new double[points];
            double[] n = new double[points];
            for (int i = 0; i < points; i++) {
                e[i] = box.getMinX() + rnd.nextDouble() * box.getWidth();
                n[i] = box.getMinY() + rnd.nextDouble() * box.getHeight();
            }
            // Warm up the JIT on a slice, then measure.
            for (int i = 0; i < Math.min(points, 200_000); i++) locator.locate(e[i], n[i]);
            t0 = System.nanoTime();
            long inside = 0;
            for (int i = 0; i < points; i++) if (locator.locate(e[i], n[i]).lsoa() != null) inside++;
            double single = seconds(t0);
            t0 = System.nanoTime();
            long insideParallel = IntStream.range(0, points).parallel()
                    .filter(i -> locator.locate(e[i], n[i]).lsoa() != null).count();
            double parallel = seconds(t0);
            out.printf(Locale.ROOT, "point in polygon, %,d random points in the districts' bounding box (%.0f%% inside an "
                            + "LSOA), every level (LSOA, ward, district):%n", points, 100.0 * inside / points);
            out.printf(Locale.ROOT, "  one thread: %.2f s, %,.0f points/s%n", single, points / single);
            out.printf(Locale.ROOT, "  %d threads: %.2f s, %,.0f points/s%s%n", Runtime.getRuntime().availableProcessors(),
                    parallel, points / parallel, insideParallel == inside ? "" : " (MISMATCH)");

            for (int distinct : List.of(Math.min(MAP_POINTS, points), points)) {
                Jdbc.execute(c, "DELETE FROM police_uk_crime_all");
                Jdbc.execute(c, "CREATE OR REPLACE TEMP TABLE bench_pool (id BIGINT, e DOUBLE, n DOUBLE)");
                try (var app = c.unwrap(org.duckdb.DuckDBConnection.class).createAppender("temp", "main", "bench_pool")) {
                    for (int i = 0; i < distinct; i++) {
                        app.beginRow();
                        app.append((long) i);
                        app.append(Math.rint(e[i]));
                        app.append(Math.rint(n[i]));
                        app.endRow();
                    }
                } catch (java.sql.SQLException ex) {
                    throw new svo.store.StoreException(ex.getMessage(), ex);
                }
                Jdbc.update(c, "INSERT INTO police_uk_crime_all (batch_id, line, month, crime_type, easting, northing) "
                        + "SELECT 1, r.i, DATE '2024-01-01', 'Violence and sexual offences', p.e, p.n "
                        + "FROM range(?) r(i) JOIN bench_pool p ON p.id = r.i % ?", (long) points, (long) distinct);
                t0 = System.nanoTime();
                Assigner.Result r = store.inTransaction(conn -> Assigner.assign(conn, locator, "police_uk_crime_all", 1));
                double s = seconds(t0);
                out.printf(Locale.ROOT, "bulk assign of %,d police.uk rows at %,d distinct points: %.2f s, %,.0f rows/s "
                        + "(%,d outside every area)%n", points, r.distinctPoints(), s, points / s, r.rowsOutside());
            }
            Runtime rt = Runtime.getRuntime();
            out.printf(Locale.ROOT, "java heap in use: %d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
            out.flush();
        }
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
