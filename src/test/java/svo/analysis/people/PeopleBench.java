package svo.analysis.people;

import svo.analysis.Analysis;
import svo.analysis.InScope;
import svo.analysis.Period;
import svo.analysis.Scope;
import svo.bench.AnalysesBenchmark;
import svo.definitions.Definition;
import svo.store.Jdbc;
import svo.store.Store;
import svo.testing.TestDefinitions;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Times the people analyses alone, with the shared people tables ({@link PeopleTables}) timed on their own, on a
 * store of {@link AnalysesBenchmark}'s synthetic records (generated when the file does not exist). Not a unit
 * test: run by hand (docs/analyses-people.md); {@code AnalysesBenchmark} times them with every other analysis.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) svo.analysis.people.PeopleBench /tmp/bench-10m.duckdb 10000000
 * java -cp … svo.analysis.people.PeopleBench /tmp/bench-10m.duckdb 10000000 everything   # every occurrence in scope
 * </pre>
 */
public final class PeopleBench {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long n = Long.parseLong(args[1]);
        boolean everything = args.length > 2 && args[2].equals("everything");
        if (!Files.exists(file)) {
            try (Store store = Store.open(file)) {
                AnalysesBenchmark.generate(store, n);
                store.checkpoint();
            }
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (Store store = Store.open(file)) {
            var c = store.connection();
            Definition definition = everything ? TestDefinitions.sql("everything", "TRUE") : TestDefinitions.get("svb-2024");
            Scope scope = Scope.of(definition, Period.parse(everything ? "FY2020-FY2024" : "FY2022-FY2024"));
            System.out.printf("%,d occurrences, %,d persons; scope %s%n", Jdbc.count(c, "SELECT count(*) FROM occurrence"),
                    Jdbc.count(c, "SELECT count(*) FROM person"), scope.describe());
            System.out.printf("%-16s %9s %9s%n", "", "elapsed", "cpu");
            long t0 = System.nanoTime(), cpu0 = os.getProcessCpuTime();
            InScope.persons(c, scope);
            print("in-scope tables", t0, cpu0, os, Jdbc.count(c, "SELECT count(*) FROM in_scope") + " occurrences, "
                    + Jdbc.count(c, "SELECT count(*) FROM in_scope_person") + " person rows (InScope, shared by every police analysis)");
            t0 = System.nanoTime();
            cpu0 = os.getProcessCpuTime();
            PeopleTables.build(c, scope);
            double[] tables = print("people tables", t0, cpu0, os, Jdbc.count(c, "SELECT count(*) FROM in_scope_people")
                    + " person rows (PeopleTables, shared by every people analysis)");
            double total = 0, totalCpu = 0;
            for (Analysis a : PeopleAnalyses.all()) {
                long start = System.nanoTime(), cpuStart = os.getProcessCpuTime();
                int tablesOut = a.run(store, scope).tables().size();
                double[] t = print(a.id(), start, cpuStart, os, tablesOut + " tables");
                total += t[0];
                totalCpu += t[1];
            }
            System.out.printf("%-16s %8.2fs %8.2fs   (%.2fs, %.2fs with the people tables)%n", "people analyses", total, totalCpu,
                    total + tables[0], totalCpu + tables[1]);
            System.out.printf("load average %.1f on %d cores%n", os.getSystemLoadAverage(), os.getAvailableProcessors());
        }
    }

    private static double[] print(String what, long t0, long cpu0, com.sun.management.OperatingSystemMXBean os, String note) {
        double secs = (System.nanoTime() - t0) / 1e9, cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
        System.out.printf("%-16s %8.2fs %8.2fs   %s%n", what, secs, cpu, note);
        return new double[] {secs, cpu};
    }
}
