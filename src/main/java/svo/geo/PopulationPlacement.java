package svo.geo;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import svo.store.Jdbc;
import svo.store.StoreException;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places population rows on the loaded geography: {@code population.boundary_code} (the loaded area a row
 * counts towards) and {@code population.district_code}. Run after every population or area import.
 *
 * <p>The Census 2021 population is by LSOA 2021; the boundaries, IMD 2019 and police.uk use LSOA 2011.
 * Most codes are shared (unchanged areas keep their code). An LSOA that was split in 2021 is retired and its
 * parts get new codes named within the same MSOA ("South Derbyshire 012C" became "012F" and "012G"); no
 * 2011→2021 lookup is available here, so a new code is counted towards the one retired 2011 LSOA of the same
 * MSOA name when there is exactly one. A split loses nobody: the parts add up to the old area. Merges and
 * ambiguous cases are left unplaced and counted. The district comes from the boundary's parent, else from
 * the LSOA name (ONS names LSOAs after their district: "Amber Valley 016E"), else from the file.
 */
final class PopulationPlacement {
    private static final Pattern MSOA_OF_LSOA_NAME = Pattern.compile("^(.*\\S)\\s*[A-Z]$");

    private PopulationPlacement() {}

    /** What the placement found. */
    record Placement(long splitRows, long splitCodes, long unplacedCodes, long noDistrictRows) {}

    static Placement refresh(Connection c) {
        Jdbc.update(c, "UPDATE population SET boundary_code = NULL WHERE boundary_code IS NOT NULL");
        Jdbc.update(c, "UPDATE population SET boundary_code = a.code FROM area a WHERE a.code = population.area_code "
                + "AND (population.level IS NULL OR a.level = population.level)");
        long[] split = placeSplits(c);
        Jdbc.update(c, "UPDATE population SET district_code = area_code WHERE level = 'district'");
        Jdbc.update(c, "UPDATE population SET district_code = a.parent_code FROM area a WHERE a.code = population.boundary_code "
                + "AND a.level <> 'district' AND a.parent_code IS NOT NULL");
        Jdbc.update(c, "UPDATE population SET district_code = d.code FROM area d WHERE population.district_code IS NULL "
                + "AND d.level = 'district' AND population.area_name IS NOT NULL "
                + "AND regexp_replace(population.area_name, '\\s+[0-9]{3}[A-Z]$', '') = d.name");
        long unplaced = Jdbc.count(c, "SELECT count(DISTINCT area_code) FROM population WHERE level = 'lsoa' "
                + "AND boundary_code IS NULL AND EXISTS (SELECT 1 FROM area WHERE level = 'lsoa')");
        long noDistrict = Jdbc.count(c, "SELECT count(*) FROM population WHERE district_code IS NULL "
                + "AND level IN ('lsoa', 'ward', 'district')");
        return new Placement(split[0], split[1], unplaced, noDistrict);
    }

    /** Counts new LSOA 2021 codes towards the 2011 LSOA they were split from; returns {rows, codes}. */
    private static long[] placeSplits(Connection c) {
        Map<String, String> loadedName = new HashMap<>();
        Jdbc.query(c, "SELECT code, name FROM area WHERE level = 'lsoa'", rs -> loadedName.put(rs.getString(1), rs.getString(2)));
        if (loadedName.isEmpty()) return new long[] {0, 0};
        record Unplaced(String code, String name, int year) {}
        List<Unplaced> unplaced = Jdbc.query(c, "SELECT DISTINCT area_code, area_name, year FROM population "
                + "WHERE level = 'lsoa' AND boundary_code IS NULL AND area_name IS NOT NULL",
                rs -> new Unplaced(rs.getString(1), rs.getString(2), rs.getInt(3)));
        if (unplaced.isEmpty()) return new long[] {0, 0};
        Map<Integer, Set<String>> presentByYear = new HashMap<>();
        Jdbc.query(c, "SELECT DISTINCT year, area_code FROM population WHERE level = 'lsoa'",
                rs -> presentByYear.computeIfAbsent(rs.getInt(1), y -> new HashSet<>()).add(rs.getString(2)));
        // Per year: MSOA name -> the loaded 2011 LSOAs of that MSOA that have no population row that year.
        Map<Integer, Map<String, List<String>>> retired = new HashMap<>();
        for (var year : presentByYear.entrySet()) {
            Map<String, List<String>> byMsoa = new HashMap<>();
            for (var lsoa : loadedName.entrySet()) {
                if (year.getValue().contains(lsoa.getKey())) continue;
                String msoa = msoa(lsoa.getValue());
                if (msoa != null) byMsoa.computeIfAbsent(msoa, k -> new ArrayList<>()).add(lsoa.getKey());
            }
            retired.put(year.getKey(), byMsoa);
        }
        List<String[]> mapping = new ArrayList<>();
        for (Unplaced u : unplaced) {
            String msoa = msoa(u.name());
            List<String> candidates = msoa == null ? null : retired.get(u.year()).get(msoa);
            if (candidates != null && candidates.size() == 1) {
                mapping.add(new String[] {u.code(), String.valueOf(u.year()), candidates.get(0)});
            }
        }
        if (mapping.isEmpty()) return new long[] {0, 0};
        Jdbc.execute(c, "CREATE OR REPLACE TEMP TABLE geo_lsoa_split (code VARCHAR, year INTEGER, boundary VARCHAR)");
        try (DuckDBAppender app = c.unwrap(DuckDBConnection.class).createAppender("temp", "main", "geo_lsoa_split")) {
            for (String[] m : mapping) {
                app.beginRow();
                app.append(m[0]);
                app.append(Integer.parseInt(m[1]));
                app.append(m[2]);
                app.endRow();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot place the split LSOAs: " + e.getMessage(), e);
        }
        long rows = Jdbc.update(c, "UPDATE population SET boundary_code = x.boundary FROM geo_lsoa_split x "
                + "WHERE population.area_code = x.code AND population.year = x.year");
        Jdbc.execute(c, "DROP TABLE IF EXISTS temp.geo_lsoa_split");
        return new long[] {rows, mapping.size()};
    }

    /** "Derby 013" for the LSOA name "Derby 013F"; null when the name is not in the ONS pattern. */
    static String msoa(String lsoaName) {
        if (lsoaName == null) return null;
        Matcher m = MSOA_OF_LSOA_NAME.matcher(lsoaName.strip());
        return m.matches() && m.group(1).matches(".*\\d{3}") ? m.group(1) : null;
    }
}
