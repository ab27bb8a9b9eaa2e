package svo.geo;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import svo.BadInputException;
import svo.store.Jdbc;
import svo.store.StoreException;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Imports the English Indices of Deprivation 2019 by LSOA 2011 into {@code imd}, replacing what was loaded:
 * File 1 (IMD rank, with thousands separators inside quotes, and decile), File 2 (rank and decile of the IMD
 * and of each of the seven domains), File 5/7 style score columns, and the score/decile extract
 * ({@code LSOA11CD,IMD_2019_decile,IMD_2019_score}). Several files are merged by LSOA; a value given by two
 * files must agree (their deciles are checked against each other). Runs in the caller's transaction.
 *
 * <pre>
 * store.inTransaction(c -> ImdImport.run(c, List.of(file2, scores)));
 * </pre>
 */
public final class ImdImport {
    /** Stored columns, with the header prefix of File 1/2/5/7 they come from; "score" only for the IMD itself. */
    private static final Map<String, String> DOMAINS = new LinkedHashMap<>();

    static {
        DOMAINS.put("", "Index of Multiple Deprivation (IMD)");
        DOMAINS.put("income_", "Income");
        DOMAINS.put("employment_", "Employment");
        DOMAINS.put("education_", "Education, Skills and Training");
        DOMAINS.put("health_", "Health Deprivation and Disability");
        DOMAINS.put("crime_", "Crime");
        DOMAINS.put("housing_", "Barriers to Housing and Services");
        DOMAINS.put("living_environment_", "Living Environment");
    }

    /** Number of LSOAs in England in the IoD2019: ranks run from 1 (most deprived) to this. */
    static final int LSOAS_IN_ENGLAND = 32_844;

    private ImdImport() {}

    private record Value(Object value, String file, long line) {}

    /** Imports {@code files} as the whole IMD, in the caller's transaction. */
    public static ImportSummary run(Connection c, List<Path> files) {
        return run(c, files, ReferenceBatches.systemDefault());
    }

    static ImportSummary run(Connection c, List<Path> files, ReferenceBatches batches) {
        if (files.isEmpty()) throw new BadInputException("no IMD file given: name one or more IoD2019 CSV files.");
        List<String> columns = new ArrayList<>(List.of("score"));
        for (String d : DOMAINS.keySet()) {
            columns.add(d + "rank");
            columns.add(d + "decile");
        }
        Map<String, Map<String, Value>> byLsoa = new LinkedHashMap<>();
        Map<String, Integer> lastFile = new LinkedHashMap<>();
        List<long[]> counts = new ArrayList<>();
        List<ReferenceBatches.FileInfo> infos = new ArrayList<>();
        for (int fi = 0; fi < files.size(); fi++) {
            Csv csv = Csv.open(files.get(fi));
            infos.add(ReferenceBatches.FileInfo.of(files.get(fi), csv.encoding));
            int code = csv.column("LSOA code (2011)", "LSOA11CD", "lsoa_code", "lsoa11_code");
            Map<String, Integer> cols = new LinkedHashMap<>();
            for (var d : DOMAINS.entrySet()) {
                int rank = csv.columnStartingWith(d.getValue() + " Rank");
                int decile = csv.columnStartingWith(d.getValue() + " Decile");
                if (rank >= 0) cols.put(d.getKey() + "rank", rank);
                if (decile >= 0) cols.put(d.getKey() + "decile", decile);
            }
            int score = csv.columnStartingWith("Index of Multiple Deprivation (IMD) Score");
            if (score < 0) score = csv.column("IMD_2019_score", "imd_score", "score");
            if (score >= 0) cols.put("score", score);
            int decile = csv.column("IMD_2019_decile", "imd_decile");
            if (decile >= 0) cols.putIfAbsent("decile", decile);
            int rank = csv.column("IMD_2019_rank", "imd_rank");
            if (rank >= 0) cols.putIfAbsent("rank", rank);
            if (code < 0 || cols.isEmpty()) {
                throw new BadInputException(csv.name + ", line 1: the header is not an IoD2019 file this product reads (it "
                        + "has " + String.join(", ", csv.header) + "). Expected File 1 or File 2 of the English Indices "
                        + "of Deprivation 2019, or LSOA11CD,IMD_2019_decile,IMD_2019_score.");
            }
            long read = 0;
            for (Csv.Row r; (r = csv.nextRow()) != null; ) {
                read++;
                String lsoa = Csv.get(r, code);
                if (lsoa == null) throw csv.bad(r, code, null, "an LSOA 2011 code");
                Map<String, Value> values = byLsoa.computeIfAbsent(lsoa, k -> new LinkedHashMap<>());
                for (var col : cols.entrySet()) {
                    Object v = parse(csv, r, col.getKey(), col.getValue());
                    if (v == null) continue;
                    Value earlier = values.putIfAbsent(col.getKey(), new Value(v, csv.name, r.line()));
                    if (earlier != null && !same(earlier.value(), v)) {
                        throw new BadInputException(csv.name + ", line " + r.line() + ", column " + csv.header.get(col.getValue())
                                + ": " + lsoa + " has " + v + " here but " + earlier.value() + " in " + earlier.file()
                                + ", line " + earlier.line() + ". The files disagree; check they are the same IoD release.");
                    }
                }
                lastFile.put(lsoa, fi);
            }
            counts.add(new long[] {read});
        }
        for (var e : byLsoa.entrySet()) {
            if (!e.getValue().containsKey("decile")) {
                throw new BadInputException("IMD: " + e.getKey() + " has no IMD decile in any of the files. Include File 1, "
                        + "File 2 or the score/decile file, which give it.");
            }
        }
        List<Long> batchIds = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) batchIds.add(batches.newId(c));
        Jdbc.update(c, "DELETE FROM imd");
        // Column order of table imd: lsoa_code, score, rank, decile, batch_id, then the domains (V008).
        List<String> order = new ArrayList<>(List.of("score", "rank", "decile"));
        for (String d : DOMAINS.keySet()) {
            if (d.isEmpty()) continue;
            order.add(d + "rank");
            order.add(d + "decile");
        }
        try (DuckDBAppender app = c.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "imd")) {
            for (var e : byLsoa.entrySet()) {
                app.beginRow();
                app.append(e.getKey());
                for (String col : order) {
                    Value v = e.getValue().get(col);
                    if (col.equals("score")) app.append(v == null ? null : (Double) v.value());
                    else app.append(v == null ? null : (Integer) v.value());
                    if (col.equals("decile")) app.append(batchIds.get(lastFile.get(e.getKey())).longValue());
                }
                app.endRow();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot store the IMD: " + e.getMessage(), e);
        }
        List<ImportSummary.FileResult> results = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            long read = counts.get(i)[0];
            batches.record(c, batchIds.get(i), "imd", "IoD2019", infos.get(i), read, read, 0);
            results.add(new ImportSummary.FileResult(batchIds.get(i), infos.get(i).name(), read, read, 0));
        }
        Jdbc.update(c, "UPDATE batch SET status = 'superseded', superseded_by = ? WHERE dataset = 'imd' AND status = 'active' "
                + "AND batch_id < ?", batchIds.get(0), batchIds.get(0));
        List<String> notes = new ArrayList<>();
        long lsoasLoaded = Jdbc.count(c, "SELECT count(*) FROM area WHERE level = 'lsoa'");
        if (lsoasLoaded > 0) {
            long missing = Jdbc.count(c, "SELECT count(*) FROM area a WHERE a.level = 'lsoa' AND NOT EXISTS "
                    + "(SELECT 1 FROM imd i WHERE i.lsoa_code = a.code)");
            if (missing > 0) notes.add(missing + " of the " + lsoasLoaded + " loaded LSOAs have no IMD row.");
        }
        return new ImportSummary("imd", results, notes);
    }

    private static Object parse(Csv csv, Csv.Row r, String column, int col) {
        if (Csv.get(r, col) == null) return null;
        if (column.equals("score")) {
            Double d = csv.decimalOrNull(r, col, "an IMD score");
            if (d < 0) throw csv.bad(r, col, Csv.get(r, col), "an IMD score, 0 or more");
            return d;
        }
        long v = csv.wholeNumber(r, col, column.endsWith("decile") ? "a decile" : "a rank");
        long max = column.endsWith("decile") ? 10 : LSOAS_IN_ENGLAND;
        if (v < 1 || v > max) {
            throw csv.bad(r, col, Csv.get(r, col), (column.endsWith("decile") ? "a decile" : "a rank") + " from 1 to " + max);
        }
        return (int) v;
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) return Math.abs(x - y) < 1e-9;
        return Objects.equals(a, b);
    }
}
