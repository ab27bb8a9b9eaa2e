package svo.web;

import svo.analysis.AnalysisCatalog;
import svo.ingest.ImportOptions;
import svo.security.Actor;
import svo.security.Role;
import svo.security.Session;
import svo.store.Store;
import svo.testing.TestImports;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;

/**
 * Not a test: a server to point a load generator at, until the benchmark command (issue 10) covers the web.
 * It loads {@code N} synthetic occurrences through the real importer, serves the explorer with a real
 * analysis, and prints the wrk command (with a session cookie for an analyst) to run against it.
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat cp.txt) svo.web.ExplorerLoad /tmp/load 1000000 18080
 * </pre>
 */
public final class ExplorerLoad {
    private ExplorerLoad() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        int port = Integer.parseInt(args[2]);
        Files.createDirectories(dir);
        Store store = Store.open(dir.resolve("load.duckdb"));
        if (System.getProperty("threads") != null) svo.store.Jdbc.execute(store.connection(), "SET threads TO " + Integer.parseInt(System.getProperty("threads")));
        if (svo.store.Jdbc.count(store.connection(), "SELECT count(*) FROM occurrence") == 0) {
            Path csv = dir.resolve("occurrences.csv");
            String[] districts = {"E06000015", "E07000032", "E07000033", "E07000034", "E07000035", "E07000036", "E07000037",
                    "E07000038", "E07000039"};
            String[] offences = {"abh", "common_assault", "robbery_personal", "gbh_with_intent", "possession_bladed_article",
                    "harassment", "public_order", "other_theft", "criminal_damage"};
            Random random = new Random(42);
            LocalDateTime start = LocalDateTime.of(2020, 4, 1, 0, 0);
            try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                w.write("occurrence_id,recorded_date,committed_from,offence,knife,firearm,other_weapon,domestic_abuse,district_code\n");
                for (int i = 0; i < rows; i++) {
                    LocalDateTime t = start.plusMinutes(random.nextInt(5 * 365 * 24 * 60));
                    w.write("L" + i + "," + t.toLocalDate() + "," + t + "," + offences[random.nextInt(offences.length)] + ","
                            + (random.nextInt(10) == 0 ? "Y" : "N") + ",N,N," + (random.nextInt(3) == 0 ? "Y" : "N") + ","
                            + districts[random.nextInt(districts.length)] + "\n");
                }
            }
            long t0 = System.nanoTime();
            TestImports.loadFile(store, "occurrences", csv, ImportOptions.strict().withUser("load"));
            System.out.printf("imported %,d occurrences in %.1f s%n", rows, (System.nanoTime() - t0) / 1e9);
            Files.delete(csv);
        }
        WebApp app = new WebApp(store, AnalysisCatalog.of(List.of(new DistrictCounts())), DefinitionChoices.NONE,
                WebApp.Options.plain("127.0.0.1", port, dir.resolve("uploads")), Clock.systemUTC(), r -> { }).start();
        var user = app.users().find("load-analyst").orElseGet(() -> app.users().add("load-analyst", "Load Analyst", Role.ANALYST,
                null, "load test passphrase".toCharArray(), Actor.commandLine()));
        Session s = app.sessions().create(user, "127.0.0.1");
        System.out.println("wrk -t4 -c16 -d30s --latency -H 'Cookie: " + app.cookies().sessionName() + "=" + s.id() + "' '"
                + app.baseUrl() + "/api/analyses/test.district-counts?period=FY2024'");
        Thread.currentThread().join();
    }
}
