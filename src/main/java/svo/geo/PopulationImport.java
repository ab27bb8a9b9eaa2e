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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports population counts into {@code population}: the canonical layout
 * ({@code area_code,year,age_band,sex,count}), the Census 2021 usual residents by LSOA 2021
 * ({@code lsoa21_code,lsoa21_name,age_group,usual_residents}; year 2021, sex "all") and the IoD2019 File 6
 * denominators (mid-2015 by LSOA 2011: total, 0-15, 16-59, 60+ and 18-59/64). Counts may carry thousands
 * separators. A total over all ages (age band "all") is added where a file gives only bands, and sex "all"
 * where it gives only M and F. Rows replace the earlier rows of the same year and level. Runs in the
 * caller's transaction; afterwards {@link PopulationPlacement} places the rows in districts and on the
 * loaded boundaries (view {@code district_population} gives district totals).
 */
public final class PopulationImport {
    private static final Pattern AGED_TO = Pattern.compile("(?i)aged (\\d+) to (\\d+)( years)?");
    private static final Pattern AGED_UNDER = Pattern.compile("(?i)aged (\\d+) years? and under");
    private static final Pattern AGED_OVER = Pattern.compile("(?i)aged (\\d+) years? and over");
    private static final Pattern BAND = Pattern.compile("all|\\d+-\\d+|\\d+\\+|\\d+-\\d+/\\d+");
    private static final Pattern MID_YEAR = Pattern.compile("(?i)mid[- ](\\d{4})");

    private PopulationImport() {}

    private record Key(String area, int year, String band, String sex) {}

    private record Pop(Key key, long count, String name, String level, String district, int file, long line) {}

    /**
     * Imports {@code files}, in the caller's transaction.
     *
     * @param year the year of a Census or IoD file when it is not the usual (2021, mid-year in the header); null
     *             for the usual. The canonical layout carries its own year.
     */
    public static ImportSummary run(Connection c, List<Path> files, Integer year) {
        return run(c, files, year, ReferenceBatches.systemDefault());
    }

    static ImportSummary run(Connection c, List<Path> files, Integer yearOverride, ReferenceBatches batches) {
        if (files.isEmpty()) throw new BadInputException("no population file given: name one or more CSV files.");
        Map<String, String> levelOfLoaded = new HashMap<>();
        Jdbc.query(c, "SELECT code, level FROM area", rs -> levelOfLoaded.put(rs.getString(1), rs.getString(2)));
        Map<Key, Pop> rows = new LinkedHashMap<>();
        List<long[]> counts = new ArrayList<>();
        List<ReferenceBatches.FileInfo> infos = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int fi = 0; fi < files.size(); fi++) {
            Csv csv = Csv.open(files.get(fi));
            infos.add(ReferenceBatches.FileInfo.of(files.get(fi), csv.encoding));
            long read;
            if (csv.has("area_code", "year", "age_band", "sex", "count")) read = canonical(csv, fi, rows, levelOfLoaded);
            else if (csv.has("lsoa21_code", "age_group", "usual_residents")) read = census(csv, fi, rows, yearOverride);
            else if (csv.column("LSOA code (2011)") >= 0 && csv.columnStartingWith("Total population") >= 0) {
                read = iodFile6(csv, fi, rows, yearOverride);
            } else {
                throw new BadInputException(csv.name + ", line 1: the header is not a population layout this product "
                        + "reads (it has " + String.join(", ", csv.header) + "). Expected area_code,year,age_band,sex,"
                        + "count; or the Census 2021 lsoa21_code,lsoa21_name,age_group,usual_residents; or IoD2019 File 6.");
            }
            counts.add(new long[] {read});
        }
        int derived = addTotals(rows);
        if (derived > 0) notes.add(derived + " totals over all ages or both sexes were added from the bands the files give.");

        Set<String> kinds = new LinkedHashSet<>();
        for (Pop p : rows.values()) kinds.add(p.key().year() + " " + p.level());
        List<Long> batchIds = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) batchIds.add(batches.newId(c));
        for (String kind : kinds) {
            String[] yk = kind.split(" ", 2);
            Jdbc.update(c, "DELETE FROM population WHERE year = ? AND level IS NOT DISTINCT FROM ?",
                    Integer.parseInt(yk[0]), "null".equals(yk[1]) ? null : yk[1]);
        }
        try (DuckDBAppender app = c.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "population")) {
            for (Pop p : rows.values()) {
                app.beginRow();
                app.append(p.key().area());
                app.append(p.key().year());
                app.append(p.key().band());
                app.append(p.key().sex());
                app.append(p.count());
                app.append(batchIds.get(p.file()).longValue());
                app.append(p.name());
                app.append(p.level());
                app.append(p.district());
                app.appendNull();
                app.endRow();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot store the population: " + e.getMessage(), e);
        }
        List<ImportSummary.FileResult> results = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            long read = counts.get(i)[0];
            batches.record(c, batchIds.get(i), "population", String.join(", ", kinds), infos.get(i), read, read, 0);
            results.add(new ImportSummary.FileResult(batchIds.get(i), infos.get(i).name(), read, read, 0));
        }
        batches.supersedeEmptied(c, "population", "population", batchIds, batchIds.get(0));
        PopulationPlacement.Placement placed = PopulationPlacement.refresh(c);
        if (placed.splitCodes() > 0) {
            notes.add("in the population now loaded, " + placed.splitCodes() + " LSOA codes (counted per year) are not "
                    + "loaded LSOA boundaries but were split from one (same MSOA name); they count towards that LSOA.");
        }
        if (placed.unplacedCodes() > 0) {
            notes.add("in the population now loaded, " + placed.unplacedCodes() + " LSOA codes match no loaded LSOA "
                    + "boundary, even as a split; they count in their district's total but in no LSOA.");
        }
        if (placed.noDistrictRows() > 0) {
            notes.add(placed.noDistrictRows() + " rows could not be placed in a district (load the district boundaries "
                    + "first); they are missing from district totals.");
        }
        return new ImportSummary("population", results, notes);
    }

    private static long canonical(Csv csv, int fi, Map<Key, Pop> rows, Map<String, String> levelOfLoaded) {
        int area = csv.column("area_code"), year = csv.column("year"), band = csv.column("age_band");
        int sex = csv.column("sex"), count = csv.column("count"), name = csv.column("area_name", "name");
        long n = 0;
        for (Csv.Row r; (r = csv.nextRow()) != null; n++) {
            String code = Csv.get(r, area);
            if (code == null) throw csv.bad(r, area, null, "an area code");
            int y = year(csv, r, year);
            String b = Csv.get(r, band);
            if (b == null || !BAND.matcher(b.toLowerCase(Locale.ROOT)).matches()) {
                throw csv.bad(r, band, b, "an age band such as all, 0-15, 16-24 or 65+");
            }
            String s = sex(csv, r, sex);
            long k = nonNegative(csv, r, count);
            String level = levelOfLoaded.getOrDefault(code, levelFromCode(code));
            put(csv, rows, new Pop(new Key(code, y, b.toLowerCase(Locale.ROOT), s), k, Csv.get(r, name), level,
                    null, fi, r.line()));
        }
        return n;
    }

    private static long census(Csv csv, int fi, Map<Key, Pop> rows, Integer yearOverride) {
        int code = csv.column("lsoa21_code"), name = csv.column("lsoa21_name"), age = csv.column("age_group");
        int count = csv.column("usual_residents");
        int y = yearOverride != null ? yearOverride : 2021;
        long n = 0;
        for (Csv.Row r; (r = csv.nextRow()) != null; n++) {
            String c = Csv.get(r, code);
            if (c == null) throw csv.bad(r, code, null, "an LSOA 2021 code");
            String a = Csv.get(r, age);
            String band = censusBand(a);
            if (band == null) throw csv.bad(r, age, a, "an age group such as \"Aged 16 to 24 years\"");
            put(csv, rows, new Pop(new Key(c, y, band, "all"), nonNegative(csv, r, count), Csv.get(r, name), "lsoa",
                    null, fi, r.line()));
        }
        return n;
    }

    private static long iodFile6(Csv csv, int fi, Map<Key, Pop> rows, Integer yearOverride) {
        int code = csv.column("LSOA code (2011)"), name = csv.column("LSOA name (2011)");
        int lad = csv.columnStartingWith("Local Authority District code");
        int total = csv.columnStartingWith("Total population");
        Matcher m = MID_YEAR.matcher(csv.header.get(total));
        int y = yearOverride != null ? yearOverride : m.find() ? Integer.parseInt(m.group(1)) : -1;
        if (y < 0) {
            throw new BadInputException(csv.name + ": the year is not in the header \"" + csv.header.get(total)
                    + "\". Give it with --year.");
        }
        Map<String, Integer> bands = new LinkedHashMap<>();
        bands.put("all", total);
        bands.put("0-15", csv.columnStartingWith("Dependent Children aged 0-15"));
        bands.put("16-59", csv.columnStartingWith("Population aged 16-59"));
        bands.put("60+", csv.columnStartingWith("Older population aged 60"));
        bands.put("18-59/64", csv.columnStartingWith("Working age population 18-59/64"));
        long n = 0;
        for (Csv.Row r; (r = csv.nextRow()) != null; n++) {
            String c = Csv.get(r, code);
            if (c == null) throw csv.bad(r, code, null, "an LSOA 2011 code");
            for (var b : bands.entrySet()) {
                if (b.getValue() < 0) continue;
                put(csv, rows, new Pop(new Key(c, y, b.getKey(), "all"), nonNegative(csv, r, b.getValue()),
                        Csv.get(r, name), "lsoa", Csv.get(r, lad), fi, r.line()));
            }
        }
        return n;
    }

    private static void put(Csv csv, Map<Key, Pop> rows, Pop p) {
        Pop earlier = rows.putIfAbsent(p.key(), p);
        if (earlier != null) {
            throw new BadInputException(csv.name + ", line " + p.line() + ": the population of " + p.key().area() + " in "
                    + p.key().year() + ", age " + p.key().band() + ", sex " + p.key().sex() + " is given twice (also "
                    + (earlier.file() == p.file() ? "line " + earlier.line() : "in another file, line " + earlier.line())
                    + "). Keep one row per area, year, age band and sex.");
        }
    }

    /** Adds sex "all" = M + F where missing, then age band "all" = the sum of the bands where missing. */
    private static int addTotals(Map<Key, Pop> rows) {
        int added = 0;
        Map<Key, Pop> extra = new LinkedHashMap<>();
        Map<Key, long[]> bySex = new LinkedHashMap<>();
        Map<Key, Pop> sample = new HashMap<>();
        for (Pop p : rows.values()) {
            if (p.key().sex().equals("all")) continue;
            Key all = new Key(p.key().area(), p.key().year(), p.key().band(), "all");
            long[] mf = bySex.computeIfAbsent(all, k -> new long[3]);
            mf[p.key().sex().equals("M") ? 0 : 1] += p.count();
            mf[2] |= p.key().sex().equals("M") ? 1 : 2;
            sample.putIfAbsent(all, p);
        }
        for (var e : bySex.entrySet()) {
            if (e.getValue()[2] == 3 && !rows.containsKey(e.getKey())) {
                Pop s = sample.get(e.getKey());
                extra.put(e.getKey(), new Pop(e.getKey(), e.getValue()[0] + e.getValue()[1], s.name(), s.level(),
                        s.district(), s.file(), s.line()));
            }
        }
        rows.putAll(extra);
        added += extra.size();
        extra.clear();
        Map<Key, Long> byBand = new LinkedHashMap<>();
        sample.clear();
        for (Pop p : rows.values()) {
            if (p.key().band().equals("all")) continue;
            Key all = new Key(p.key().area(), p.key().year(), "all", p.key().sex());
            byBand.merge(all, p.count(), Long::sum);
            sample.putIfAbsent(all, p);
        }
        for (var e : byBand.entrySet()) {
            if (!rows.containsKey(e.getKey())) {
                Pop s = sample.get(e.getKey());
                extra.put(e.getKey(), new Pop(e.getKey(), e.getValue(), s.name(), s.level(), s.district(), s.file(), s.line()));
            }
        }
        rows.putAll(extra);
        return added + extra.size();
    }

    /** "0-15" for "Aged 15 years and under", "16-24" for "Aged 16 to 24 years", "65+" for "Aged 65 years and over". */
    static String censusBand(String group) {
        if (group == null) return null;
        String g = group.strip();
        if (g.equalsIgnoreCase("total") || g.equalsIgnoreCase("all ages") || g.equalsIgnoreCase("all")) return "all";
        Matcher m = AGED_UNDER.matcher(g);
        if (m.matches()) return "0-" + m.group(1);
        m = AGED_TO.matcher(g);
        if (m.matches()) return m.group(1) + "-" + m.group(2);
        m = AGED_OVER.matcher(g);
        if (m.matches()) return m.group(1) + "+";
        return null;
    }

    /** The level an ONS code belongs to when it is not loaded: E01 LSOA, E05 ward, E06–E09 district. */
    static String levelFromCode(String code) {
        String p = code.length() >= 3 ? code.substring(0, 3).toUpperCase(Locale.ROOT) : "";
        return switch (p) {
            case "E01", "W01" -> "lsoa";
            case "E05", "W05" -> "ward";
            case "E06", "E07", "E08", "E09", "W06" -> "district";
            case "E02", "W02" -> "msoa";
            default -> null;
        };
    }

    private static int year(Csv csv, Csv.Row r, int col) {
        long y = csv.wholeNumber(r, col, "a year");
        if (y < 1800 || y > 2100) throw csv.bad(r, col, String.valueOf(y), "a year such as 2021");
        return (int) y;
    }

    private static String sex(Csv csv, Csv.Row r, int col) {
        String s = Csv.get(r, col);
        String t = s == null ? "" : s.toLowerCase(Locale.ROOT);
        return switch (t) {
            case "all", "persons", "total", "p" -> "all";
            case "m", "male", "males" -> "M";
            case "f", "female", "females" -> "F";
            default -> throw csv.bad(r, col, s, "all, M or F");
        };
    }

    private static long nonNegative(Csv csv, Csv.Row r, int col) {
        long v = csv.wholeNumber(r, col, "a count of people");
        if (v < 0) throw csv.bad(r, col, String.valueOf(v), "a count of people, 0 or more");
        return v;
    }
}
