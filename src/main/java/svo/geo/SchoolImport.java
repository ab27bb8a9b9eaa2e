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
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Imports schools from Get Information About Schools (GIAS) CSV files into {@code school}, replacing the
 * schools loaded before. Reads the official {@code edubasealldata} layout ({@code URN},
 * {@code EstablishmentName}, {@code PhaseOfEducation (name)}, {@code Easting}, {@code Northing}, …; Windows-1252)
 * and the snake_case extract in {@code data/schools/} ({@code urn}, {@code establishment_name}, …,
 * {@code longitude}, {@code latitude}). Closed establishments are rejected with the reason. Each school gets
 * its LSOA and district by point in polygon in the loaded boundaries (its LSOA from the file when it lies
 * outside them). Runs in the caller's transaction.
 */
public final class SchoolImport {
    /** Easting/northing and longitude/latitude given together must agree to within this many metres. */
    static final double COORDINATE_TOLERANCE_M = 100;

    private SchoolImport() {}

    private record School(String urn, String name, String laCode, String laName, String type, String typeGroup,
                          String phase, Integer pupils, Double easting, Double northing, Double latitude,
                          Double longitude, String fileLsoa, int file) {}

    /** Imports {@code files} as the whole list of schools, in the caller's transaction. */
    public static ImportSummary run(Connection c, List<Path> files) {
        return run(c, files, ReferenceBatches.systemDefault());
    }

    static ImportSummary run(Connection c, List<Path> files, ReferenceBatches batches) {
        if (files.isEmpty()) throw new BadInputException("no schools file given: name one or more GIAS CSV files.");
        Projection projection = new Projection();
        List<School> schools = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        List<long[]> counts = new ArrayList<>();
        List<ReferenceBatches.FileInfo> infos = new ArrayList<>();
        List<List<Object[]>> rejects = new ArrayList<>();
        for (int fi = 0; fi < files.size(); fi++) {
            Csv csv = Csv.open(files.get(fi));
            infos.add(ReferenceBatches.FileInfo.of(files.get(fi), csv.encoding));
            int urn = csv.column("urn");
            int name = csv.column("establishment_name", "EstablishmentName");
            int laCode = csv.column("la_code", "LA (code)");
            int laName = csv.column("la_name", "LA (name)");
            int type = csv.column("establishment_type", "TypeOfEstablishment (name)");
            int typeGroup = csv.column("establishment_type_group", "EstablishmentTypeGroup (name)");
            int phase = csv.column("education_phase", "PhaseOfEducation (name)");
            int pupils = csv.column("number_of_pupils", "NumberOfPupils");
            int east = csv.column("easting");
            int north = csv.column("northing");
            int lon = csv.column("longitude");
            int lat = csv.column("latitude");
            int lsoa = csv.column("lsoa_code", "LSOA (code)");
            int status = csv.column("EstablishmentStatus (name)", "establishment_status", "status");
            if (urn < 0 || name < 0 || ((east < 0 || north < 0) && (lon < 0 || lat < 0))) {
                throw new BadInputException(csv.name + ", line 1: the header is not a GIAS schools file (it needs URN, "
                        + "EstablishmentName and Easting/Northing or longitude/latitude; it has "
                        + String.join(", ", csv.header.subList(0, Math.min(12, csv.header.size())))
                        + (csv.header.size() > 12 ? ", …" : "") + ").");
            }
            long read = 0, loaded = 0;
            List<Object[]> fileRejects = new ArrayList<>();
            for (Csv.Row row; (row = csv.nextRow()) != null; ) {
                read++;
                String u = Csv.get(row, urn);
                if (u == null) throw csv.bad(row, urn, null, "a URN");
                String where = csv.name + " line " + row.line();
                String earlier = seen.putIfAbsent(u, where);
                if (earlier != null) {
                    throw new BadInputException(csv.name + ", line " + row.line() + ": URN " + u + " appears twice (also "
                            + earlier + "). Each school must appear once.");
                }
                String st = Csv.get(row, status);
                if (st != null && !st.toLowerCase(Locale.ROOT).startsWith("open")) {
                    seen.remove(u);
                    fileRejects.add(new Object[] {row.line(), csv.header.get(status), st,
                            "the establishment is not open (" + st + "); only open schools are loaded"});
                    continue;
                }
                String n = Csv.get(row, name);
                if (n == null) throw csv.bad(row, name, null, "the school's name");
                Double e = positive(csv.decimalOrNull(row, east, "an easting in metres"));
                Double no = positive(csv.decimalOrNull(row, north, "a northing in metres"));
                Double lo = csv.decimalOrNull(row, lon, "a longitude in degrees");
                Double la = csv.decimalOrNull(row, lat, "a latitude in degrees");
                if (e != null && no != null) {
                    if (!BoundaryFile.GB_GRID.contains(e, no)) {
                        throw csv.bad(row, east, e + ", " + no, "an easting and northing in Great Britain, metres");
                    }
                    if (lo != null && la != null) {
                        double apart = projection.toGrid(lo, la).distanceTo(new Projection.GridPoint(e, no));
                        if (apart > COORDINATE_TOLERANCE_M) {
                            throw new BadInputException(csv.name + ", line " + row.line() + ": longitude/latitude ("
                                    + lo + ", " + la + ") and easting/northing (" + e + ", " + no + ") are "
                                    + Math.round(apart) + " m apart. Correct one of them, or leave longitude and "
                                    + "latitude blank to have them computed.");
                        }
                    } else {
                        Projection.LonLat ll = projection.toWgs84(e, no);
                        lo = ll.longitude();
                        la = ll.latitude();
                    }
                } else if (lo != null && la != null) {
                    if (!BoundaryFile.GB_LON_LAT.contains(lo, la)) {
                        throw csv.bad(row, lon, lo + ", " + la, "a longitude and latitude in Great Britain, degrees");
                    }
                    Projection.GridPoint g = projection.toGrid(lo, la);
                    e = g.easting();
                    no = g.northing();
                } else {
                    e = no = lo = la = null;
                }
                Integer p = Csv.get(row, pupils) == null ? null : (int) csv.wholeNumber(row, pupils, "number of pupils");
                schools.add(new School(u, n, Csv.get(row, laCode), Csv.get(row, laName), Csv.get(row, type),
                        Csv.get(row, typeGroup), Csv.get(row, phase), p, e, no, la, lo, Csv.get(row, lsoa), fi));
                loaded++;
            }
            counts.add(new long[] {read, loaded});
            rejects.add(fileRejects);
        }

        Locator locator = Locator.load(c);
        List<String> notes = new ArrayList<>();
        if (!locator.has(Level.LSOA) && !locator.has(Level.DISTRICT)) {
            notes.add("no boundaries are loaded, so schools have no district: import areas, then run `svo geo assign`.");
        }
        List<Long> batchIds = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) batchIds.add(batches.newId(c));
        Jdbc.update(c, "DELETE FROM school");
        int noDistrict = 0, noPoint = 0;
        try (DuckDBAppender app = c.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "school")) {
            for (School s : schools) {
                Locator.Codes codes = s.easting() == null ? Locator.Codes.NONE : locator.locate(s.easting(), s.northing());
                if (s.easting() == null) noPoint++;
                else if (codes.district() == null) noDistrict++;
                app.beginRow();
                app.append(s.urn());
                app.append(s.name());
                AreaImport.appendNullable(app, s.laCode());
                AreaImport.appendNullable(app, s.laName());
                AreaImport.appendNullable(app, s.type());
                AreaImport.appendNullable(app, s.typeGroup());
                AreaImport.appendNullable(app, s.phase());
                app.append(s.pupils());
                app.append(s.easting());
                app.append(s.northing());
                app.append(s.latitude());
                app.append(s.longitude());
                AreaImport.appendNullable(app, codes.lsoa() != null ? codes.lsoa() : s.fileLsoa());
                AreaImport.appendNullable(app, codes.district());
                app.append(batchIds.get(s.file()).longValue());
                app.endRow();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot store the schools: " + e.getMessage(), e);
        }
        if (noPoint > 0) notes.add(noPoint + " schools have no coordinates and no district.");
        if (noDistrict > 0) notes.add(noDistrict + " schools lie outside every loaded district.");
        List<ImportSummary.FileResult> results = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            long[] n = counts.get(i);
            long rejected = n[0] - n[1];
            batches.record(c, batchIds.get(i), "schools", "gias", infos.get(i), n[0], n[1], rejected);
            for (Object[] r : rejects.get(i)) batches.reject(c, batchIds.get(i), (long) r[0], (String) r[1], (String) r[2], (String) r[3]);
            if (rejected > 0) notes.add(infos.get(i).name() + ": " + rejected + " establishments are not open and were "
                    + "not loaded (see the rejects of batch " + batchIds.get(i) + ").");
            results.add(new ImportSummary.FileResult(batchIds.get(i), infos.get(i).name(), n[0], n[1], rejected));
        }
        batches.supersedeEmptied(c, "schools", "school", batchIds, batchIds.get(0));
        return new ImportSummary("schools", results, notes);
    }

    /** Places every school with coordinates again in the current boundaries (after boundaries change). */
    static int relocate(Connection c, Locator locator) {
        List<Object[]> rows = Jdbc.query(c, "SELECT urn, easting, northing FROM school WHERE easting IS NOT NULL "
                + "AND northing IS NOT NULL", rs -> new Object[] {rs.getString(1), rs.getDouble(2), rs.getDouble(3)});
        if (rows.isEmpty()) return 0;
        Jdbc.execute(c, "CREATE OR REPLACE TEMP TABLE geo_school_place (urn VARCHAR, lsoa VARCHAR, district VARCHAR)");
        try (DuckDBAppender app = c.unwrap(DuckDBConnection.class).createAppender("temp", "main", "geo_school_place")) {
            for (Object[] r : rows) {
                Locator.Codes codes = locator.locate((double) r[1], (double) r[2]);
                app.beginRow();
                app.append((String) r[0]);
                AreaImport.appendNullable(app, codes.lsoa());
                AreaImport.appendNullable(app, codes.district());
                app.endRow();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot place the schools: " + e.getMessage(), e);
        }
        int n = Jdbc.update(c, "UPDATE school SET lsoa_code = coalesce(x.lsoa, school.lsoa_code), district_code = x.district "
                + "FROM geo_school_place x WHERE school.urn = x.urn");
        Jdbc.execute(c, "DROP TABLE IF EXISTS temp.geo_school_place");
        return n;
    }

    private static Double positive(Double v) {
        return v == null || v <= 0 ? null : v;
    }
}
