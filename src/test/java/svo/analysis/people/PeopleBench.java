package svo.analysis.people;

import svo.analysis.Analysis;
import svo.analysis.InScope;
import svo.analysis.Period;
import svo.analysis.Scope;
import svo.store.Jdbc;
import svo.store.Store;
import svo.testing.TestDefinitions;
import svo.testing.TestGeography;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Times every people analysis on a synthetic store of N occurrences (three financial years, all of them serious
 * violence under svb-2024, so the scope holds everything) with about 1.5 people each: a victim at 70% of
 * occurrences and a suspect at 80%, drawn from a pool of N pseudonyms so people repeat and overlap, and a warning
 * marker on 5% of them. Not a unit test: run by hand (docs/analyses-people.md) until {@code ./svo bench} exists.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) svo.analysis.people.PeopleBench 10000000 /tmp/people-bench.duckdb
 * </pre>
 */
public final class PeopleBench {
    public static void main(String[] args) throws Exception {
        long n = Long.parseLong(args[0]);
        Path file = Path.of(args.length > 1 ? args[1] : "/tmp/people-bench-" + n + ".duckdb");
        boolean fresh = !Files.exists(file);
        try (Store store = Store.open(file)) {
            var c = store.connection();
            if (fresh) {
                long t0 = System.nanoTime();
                TestGeography.districts(store);
                generate(store, n);
                store.checkpoint();
                System.out.printf("generated %,d occurrences, %,d people rows, %,d markers in %.1f s%n", n,
                        Jdbc.count(c, "SELECT count(*) FROM person_all"), Jdbc.count(c, "SELECT count(*) FROM warning_marker_all"),
                        (System.nanoTime() - t0) / 1e9);
            }
            Scope scope = Scope.of(TestDefinitions.get("svb-2024"), Period.parse("FY2022-FY2024"));
            var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            System.out.printf("%-16s %9s %9s%n", "", "wall", "cpu");
            long t0 = System.nanoTime(), cpu0 = os.getProcessCpuTime();
            InScope.persons(c, scope);
            double inScope = (System.nanoTime() - t0) / 1e9, inScopeCpu = (os.getProcessCpuTime() - cpu0) / 1e9;
            System.out.printf("%-16s %8.2fs %8.2fs   (svo.analysis.InScope: shared with every police analysis)%n", "in-scope tables", inScope, inScopeCpu);
            t0 = System.nanoTime();
            cpu0 = os.getProcessCpuTime();
            PeopleTables.build(c, scope);
            double filter = (System.nanoTime() - t0) / 1e9, filterCpu = (os.getProcessCpuTime() - cpu0) / 1e9;
            System.out.printf("%-16s %8.2fs %8.2fs   (PeopleTables: once per scope, shared with every people analysis)%n", "people tables", filter, filterCpu);
            double total = 0, totalCpu = 0;
            for (Analysis a : PeopleAnalyses.all()) {
                long s = System.nanoTime(), cs = os.getProcessCpuTime();
                a.run(store, scope);
                double secs = (System.nanoTime() - s) / 1e9, cpu = (os.getProcessCpuTime() - cs) / 1e9;
                total += secs;
                totalCpu += cpu;
                System.out.printf("%-16s %8.2fs %8.2fs%n", a.id(), secs, cpu);
            }
            System.out.printf("%-16s %8.2fs %8.2fs   (%.2fs %.2fs with the people tables)%n", "all people", total, totalCpu,
                    total + filter, totalCpu + filterCpu);
            System.out.printf("load average %.1f on %d cores%n", os.getSystemLoadAverage(), os.getAvailableProcessors());
        }
    }

    private static void generate(Store store, long n) {
        var c = store.connection();
        Jdbc.execute(c, """
                INSERT INTO batch VALUES (1, 'occurrences', 'bench', 'bench.csv', '-', NULL, 'strict', 0, 0, 0, NULL, NULL,
                                          'active', NULL, true, 'bench', now());
                INSERT INTO batch VALUES (2, 'persons', 'bench', 'bench.csv', '-', NULL, 'strict', 0, 0, 0, NULL, NULL,
                                          'active', NULL, true, 'bench', now());
                INSERT INTO batch VALUES (3, 'warning-markers', 'bench', 'bench.csv', '-', NULL, 'strict', 0, 0, 0, NULL, NULL,
                                          'active', NULL, true, 'bench', now())""");
        Jdbc.update(c, """
                INSERT INTO occurrence_all (batch_id, line, occurrence_id, recorded_date, committed_from, offence, offence_group,
                    knife, firearm, other_weapon, domestic_abuse, sexual_offence, q_alcohol, q_drugs, q_youth, q_mental_health,
                    q_nte, district_code)
                SELECT 1, i, 'OCC' || i, t::DATE, t, offence,
                       CASE WHEN offence IN ('murder', 'manslaughter') THEN 'Homicide'
                            WHEN offence LIKE 'robbery%' THEN 'Robbery'
                            WHEN offence LIKE 'possession%' THEN 'Possession of weapons'
                            ELSE 'Violence with injury' END,
                       hash(i, 5) % 3 = 0, false, false, false, false,
                       hash(i, 6) % 5 = 0, hash(i, 7) % 8 = 0, false, false, false,
                       ['E06000015', 'E07000032', 'E07000033', 'E07000034', 'E07000035', 'E07000036', 'E07000037',
                        'E07000038', 'E07000039'][1 + (hash(i, 8) % 9)::INTEGER]
                FROM (SELECT i, TIMESTAMP '2022-04-01' + to_seconds((hash(i, 1) % 94608000)::BIGINT) AS t,
                             ['murder', 'gbh_with_intent', 'gbh_without_intent', 'robbery_personal', 'robbery_personal',
                              'robbery_business', 'possession_bladed_article', 'possession_offensive_weapon',
                              'gbh_with_intent', 'attempted_murder'][1 + (hash(i, 2) % 10)::INTEGER] AS offence
                      FROM range(?) r(i))""", n);
        Jdbc.update(c, """
                INSERT INTO person_all (batch_id, line, occurrence_id, person_key, role, age, sex, ethnicity, relationship)
                SELECT 2, i, 'OCC' || i, (hash(i, 10) % ?)::BIGINT, 'victim',
                       CASE WHEN hash(i, 11) % 20 = 0 THEN NULL ELSE (hash(i, 12) % 90)::INTEGER END,
                       ['M', 'F', 'U'][1 + (hash(i, 13) % 3)::INTEGER], NULL, NULL
                FROM range(?) r(i) WHERE hash(i, 14) % 10 < 7
                UNION ALL
                SELECT 2, i, 'OCC' || i, (hash(i, 20) % ?)::BIGINT, CASE WHEN hash(i, 21) % 4 = 0 THEN 'offender' ELSE 'suspect' END,
                       CASE WHEN hash(i, 22) % 20 = 0 THEN NULL ELSE 10 + (hash(i, 23) % 60)::INTEGER END,
                       ['M', 'M', 'F', 'U'][1 + (hash(i, 24) % 4)::INTEGER],
                       ['white', 'asian', 'black', 'mixed', 'any_other_ethnic_group', 'not_recorded'][1 + (hash(i, 25) % 6)::INTEGER],
                       ['stranger', 'acquaintance', 'other', 'not_seen', 'family', NULL][1 + (hash(i, 26) % 6)::INTEGER]
                FROM range(?) r(i) WHERE hash(i, 27) % 10 < 8""", n, n, n, n);
        Jdbc.update(c, """
                INSERT INTO warning_marker_all (batch_id, line, person_key, marker_type, date_set)
                SELECT 3, k, k, ['weapons', 'mental_health', 'violence', 'drugs', 'firearms'][1 + (hash(k, 30) % 5)::INTEGER],
                       DATE '2020-01-01' + (hash(k, 31) % 2000)::INTEGER
                FROM range(?) r(k) WHERE hash(k, 32) % 20 = 0""", n);
    }
}
