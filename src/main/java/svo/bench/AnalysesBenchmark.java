package svo.bench;

import svo.analysis.Analysis;
import svo.analysis.AnalysisCatalog;
import svo.analysis.Definitions;
import svo.analysis.InScope;
import svo.analysis.Period;
import svo.analysis.Scope;
import svo.store.Jdbc;
import svo.store.Sql;
import svo.store.Store;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times every catalogued analysis on a store of synthetic police records: how long each takes, the total, and
 * the peak memory of the process. Generating and timing are separate runs, so the timing run's peak memory is
 * the analyses' own.
 *
 * <pre>
 * java -cp target/svo.jar svo.bench.AnalysesBenchmark generate /tmp/bench-1m.duckdb 1000000
 * java -cp target/svo.jar svo.bench.AnalysesBenchmark run /tmp/bench-1m.duckdb [FY2022-FY2024] [svb-2024]
 * </pre>
 *
 * {@code ./svo bench} (issue 10) will call {@link #generate} and {@link #time}.
 */
public final class AnalysesBenchmark {
    private static final String SQL = Sql.resource("/svo/bench/AnalysesBenchmark.sql");

    private AnalysesBenchmark() {}

    /** One analysis's time: elapsed, and processor time of the whole process (every DuckDB thread included). */
    public record Timing(String id, double seconds, double cpuSeconds, long rows) {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: AnalysesBenchmark generate STORE N | run STORE [PERIOD] [DEFINITION]");
            System.exit(2);
        }
        Path file = Path.of(args[1]);
        if (args[0].equals("generate")) {
            Files.deleteIfExists(file);
            Files.deleteIfExists(Path.of(args[1] + ".wal"));
            long n = Long.parseLong(args[2]);
            long t0 = System.nanoTime();
            try (Store store = Store.open(file)) {
                generate(store, n);
                store.checkpoint();
            }
            System.out.printf("generated %,d occurrences in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
            return;
        }
        Period period = Period.parse(args.length > 2 ? args[2] : "FY2022-FY2024");
        String definition = args.length > 3 ? args[3] : Analysis.SNA_DEFINITION;
        try (Store store = Store.open(file)) {
            Definitions definitions = AnalysisCatalog.standardDefinitions();
            report(store, time(store, AnalysisCatalog.standard(definitions), definitions, period, definition), System.out);
        }
    }

    /** Fills an empty store with {@code n} synthetic occurrences, ~1.5 n people, markers, n / 10 searches and the nine districts. */
    public static void generate(Store store, long n) {
        Connection c = store.connection();
        String[] statements = SQL.split(";\\s*\\n");
        long occ = batch(c, "occurrences", n), persons = batch(c, "persons", 0), markers = batch(c, "warning-markers", 0),
                searches = batch(c, "stop-search", n / 10);
        Object[][] params = {{}, {occ, n}, {persons, n, n, persons, n, n}, {markers, n}, {searches, n}};
        for (int i = 0; i < statements.length; i++) {
            if (statements[i].isBlank()) continue;
            Jdbc.update(c, statements[i], params[i]);
        }
        for (String[] t : new String[][] {{"person_all", String.valueOf(persons)}, {"warning_marker_all", String.valueOf(markers)}}) {
            long id = Long.parseLong(t[1]);
            long rows = Jdbc.count(c, "SELECT count(*) FROM " + t[0] + " WHERE batch_id = ?", id);
            Jdbc.update(c, "UPDATE batch SET rows_read = ?, rows_loaded = ? WHERE batch_id = ?", rows, rows, id);
        }
        String[][] districts = {{"E06000015", "Derby", "city", "270468"}, {"E07000032", "Amber Valley", "county", "126489"},
                {"E07000033", "Bolsover", "county", "80475"}, {"E07000034", "Chesterfield", "county", "103672"},
                {"E07000035", "Derbyshire Dales", "county", "71681"}, {"E07000036", "Erewash", "county", "113047"},
                {"E07000037", "High Peak", "county", "91104"}, {"E07000038", "North East Derbyshire", "county", "102315"},
                {"E07000039", "South Derbyshire", "county", "108063"}};
        for (String[] d : districts) {
            Jdbc.update(c, "INSERT OR REPLACE INTO area(level, code, name, city_county) VALUES ('district', ?, ?, ?)", d[0], d[1], d[2]);
            for (int year = 2020; year <= 2025; year++) {
                Jdbc.update(c, "INSERT OR REPLACE INTO population(area_code, year, age_band, sex, count, level, district_code) "
                        + "VALUES (?, ?, 'all', 'all', ?, 'district', ?)", d[0], year, Long.parseLong(d[3]), d[0]);
            }
        }
    }

    private static long batch(Connection c, String dataset, long rows) {
        long id = Jdbc.count(c, "SELECT nextval('batch_seq')");
        Jdbc.update(c, "INSERT INTO batch (batch_id, dataset, source, file_name, sha256, encoding, mode, rows_read, rows_loaded, "
                + "rows_rejected, period_from, period_to, status, synthetic, loaded_by, loaded_at) VALUES (?, ?, 'bench', 'generated', "
                + "'', NULL, 'strict', ?, ?, 0, DATE '2020-04-01', DATE '2025-03-31', 'active', true, 'bench', current_timestamp)",
                id, dataset, rows, rows);
        return id;
    }

    /**
     * Runs the scope filter once (timed on its own as "scope"), then every analysis of the catalogue with its own
     * default definition (the given one for the SNA tables).
     */
    public static List<Timing> time(Store store, AnalysisCatalog catalog, Definitions definitions, Period period, String definition) {
        List<Timing> out = new ArrayList<>();
        Scope main = Scope.of(definitions.resolve(definition, false), period);
        long t0 = System.nanoTime(), c0 = cpu();
        InScope.persons(store.connection(), main);
        out.add(new Timing("scope (" + definition + ", " + period.label() + ")", (System.nanoTime() - t0) / 1e9, (cpu() - c0) / 1e9,
                Jdbc.count(store.connection(), "SELECT count(*) FROM " + InScope.OCCURRENCES)));
        for (Analysis a : catalog.all()) {
            String def = a.defaultDefinition();
            Scope scope = def == null ? Scope.of(null, period)
                    : def.equals(Analysis.SNA_DEFINITION) ? main : Scope.of(definitions.resolve(def, false), a.defaultPeriod(java.time.LocalDate.of(2025, 6, 1)));
            long start = System.nanoTime(), cpuStart = cpu();
            var result = a.run(store, scope);
            long rows = result.tables().stream().mapToLong(t -> t.rows().size()).sum();
            out.add(new Timing(a.id(), (System.nanoTime() - start) / 1e9, (cpu() - cpuStart) / 1e9, rows));
        }
        return out;
    }

    /** Prints the timings, the total, and peak memory (resident set and Java heap). */
    public static void report(Store store, List<Timing> timings, PrintStream out) {
        long occurrences = Jdbc.count(store.connection(), "SELECT count(*) FROM occurrence");
        long persons = Jdbc.count(store.connection(), "SELECT count(*) FROM person");
        out.printf("%,d occurrences, %,d persons, %d threads%n", occurrences, persons,
                Jdbc.count(store.connection(), "SELECT current_setting('threads')"));
        double total = 0, totalCpu = 0;
        out.printf("%-45s %9s %9s%n", "", "elapsed", "cpu");
        for (Timing t : timings) {
            out.printf("%-45s %8.2fs %8.2fs  (%,d rows)%n", t.id(), t.seconds(), t.cpuSeconds(), t.rows());
            total += t.seconds();
            totalCpu += t.cpuSeconds();
        }
        out.printf("%-45s %8.2fs %8.2fs%n", "total", total, totalCpu);
        out.printf("%-45s %s%n", "load average (1 min) at the end", String.format("%.2f",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        Map<String, String> mem = memory();
        mem.forEach((k, v) -> out.printf("%-45s %s%n", k, v));
    }

    private static long cpu() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) return os.getProcessCpuTime();
        return 0;
    }

    private static Map<String, String> memory() {
        Map<String, String> m = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) m.put("peak resident memory (VmHWM)", line.substring(6).strip());
            }
        } catch (IOException | RuntimeException e) {
            m.put("peak resident memory", "not available on this system");
        }
        long heap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) heap += pool.getPeakUsage().getUsed();
        }
        m.put("peak Java heap (sum of pool peaks)", String.format("%,d MB", heap / (1024 * 1024)));
        return m;
    }
}
