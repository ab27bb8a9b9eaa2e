package svo.analysis.places;

import svo.analysis.Analysis;
import svo.analysis.Column;
import svo.analysis.Result;
import svo.analysis.Scope;
import svo.analysis.Table;
import svo.store.Sql;
import svo.store.Store;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code schools.proximity} (SNA 2025 §8): offences with a victim of school age (5–16) that happened at an
 * education establishment, or in the street or other open space within 500 m of a school, Monday–Friday
 * 08:00–16:00; per period and district, at school vs nearby, and schools ranked by count. The SQL picks the
 * offences with a school-age victim; {@link SchoolMatcher} does the day, time and distance test over a
 * spatial index of the schools.
 *
 * <p>Boundaries (each is a parameter): distance ≤ 500 m counts ({@code distance}); 08:00 and 16:00 both count
 * ({@code hours=08:00-16:00}); ages 5 and 16 both count ({@code ages=5-16}); {@code days=Mon-Fri};
 * {@code nearby_locations=street;open_space} (or {@code any}); {@code phases} limits the schools;
 * {@code top_schools} (default 20). police.uk data has no day, time or victim age: with
 * {@code source=police-uk} only the spatial part is computed, in tables of their own, labelled as such.
 */
public final class SchoolProximity implements Analysis {
    private static final String SQL = Sql.load(SchoolProximity.class);
    private static final String SCHOOLS_SQL = Sql.load(SchoolProximity.class, "schools");
    private static final String POLICE_UK_SQL = Sql.load(SchoolProximity.class, "SchoolProximityPoliceUk");

    @Override
    public String id() {
        return "schools.proximity";
    }

    @Override
    public String title() {
        return "Offences against school-age victims at or near schools";
    }

    @Override
    public String section() {
        return "SNA 2025 §8";
    }

    @Override
    public List<String> datasets() {
        return List.of("occurrences", "persons", "schools");
    }

    /** The parameters after validation. */
    record Settings(double distance, LocalTime from, LocalTime to, boolean[] days, String daysText, int[] ages,
                    List<String> nearbyLocations, List<String> phases, int topSchools) {
        boolean nearbyAnywhere() {
            return nearbyLocations.contains("any");
        }
    }

    static Settings settings(Scope scope) {
        Params p = new Params(scope);
        double distance = p.metres("distance", 500, 1, 50_000);
        LocalTime[] hours = p.timeRange("hours", LocalTime.of(8, 0), LocalTime.of(16, 0));
        String daysText = p.text("days", "Mon-Fri");
        boolean[] days = p.days("days", "Mon-Fri");
        int[] ages = p.intRange("ages", 5, 16);
        List<String> nearby = p.list("nearby_locations", List.of("street", "open_space")).stream()
                .map(s -> s.toLowerCase(Locale.ROOT)).toList();
        List<String> phases = p.list("phases", List.of());
        int top = p.integer("top_schools", 20, 1, 100_000);
        return new Settings(distance, hours[0], hours[1], days, daysText, ages, nearby, phases, top);
    }

    /** Schools with coordinates, as parallel arrays. */
    record Schools(List<String> urn, List<String> name, List<String> phase, List<String> district, double[] x, double[] y) {}

    static Schools schools(Store store, List<String> phases) {
        List<Object> params = new ArrayList<>(phases);
        String filter = phases.isEmpty() ? "" : "AND s.phase IN (" + "?, ".repeat(phases.size() - 1) + "?)";
        List<String> urn = new ArrayList<>(), name = new ArrayList<>(), phase = new ArrayList<>(), district = new ArrayList<>();
        List<double[]> xy = new ArrayList<>();
        new PlacesQuery(SCHOOLS_SQL).with("phase_filter", filter, params).bind().query(store.connection(), rs -> {
            urn.add(rs.getString(1));
            name.add(rs.getString(2));
            phase.add(rs.getString(3));
            xy.add(new double[] {rs.getDouble(4), rs.getDouble(5)});
            district.add(rs.getString(6));
            return null;
        });
        double[] x = new double[xy.size()], y = new double[xy.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = xy.get(i)[0];
            y[i] = xy.get(i)[1];
        }
        return new Schools(urn, name, phase, district, x, y);
    }

    @Override
    public Result run(Store store, Scope scope) {
        return compute(store, scope, null);
    }

    /** Receives the location of each counted offence: easting, northing, 1 = at school / 2 = nearby / 0 = spatial only. */
    interface Counted {
        void offence(double x, double y, int kind);
    }

    Result compute(Store store, Scope scope, Counted counted) {
        Settings s = settings(scope);
        Records records = Records.of(scope);
        Schools schools = schools(store, s.phases());
        Counted sink = counted == null ? (x, y, k) -> { } : counted;
        return records.policeUk() ? spatialOnly(store, scope, records, s, schools, sink) : full(store, scope, records, s, schools, sink);
    }

    private Result full(Store store, Scope scope, Records records, Settings s, Schools schools, Counted counted) {
        SchoolMatcher matcher = new SchoolMatcher(schools.x(), schools.y(), s.distance(), s.days(),
                s.from().toSecondOfDay(), s.to().toSecondOfDay());
        Map<String, long[]> byPeriod = new LinkedHashMap<>();          // label → {victim school age, at school, nearby}
        Map<String, Map<String, Long>> byDistrict = new TreeMap<>();  // district → label → count
        long[][] perSchool = new long[schools.x().length][2];
        long[] unattributed = new long[1];
        long[] unlocated = new long[1];
        for (var span : scope.period().spans()) byPeriod.put(span.label(), new long[3]);
        Records.Fragment f = records.fragment();
        List<Object> windowParams = new ArrayList<>();
        String window = windowSql(s, windowParams);
        List<Object> placeParams = new ArrayList<>();
        String places = placesSql(s, placeParams);
        new PlacesQuery(SQL).with("records", f.sql(), f.params()).with("window", window, windowParams).with("places", places, placeParams)
                .bind(s.ages()[0], s.ages()[1]).query(store.connection(), rs -> {
            String label = rs.getString(3);
            long[] row = byPeriod.get(label);
            if (rs.getInt(1) == 0) {
                row[0] = rs.getLong(4);
                return null;
            }
            int dow = rs.getInt(5), second = rs.getInt(6);
            double x = rs.getDouble(7);
            if (rs.wasNull()) x = Double.NaN;
            double y = rs.getDouble(8);
            if (rs.wasNull()) y = Double.NaN;
            String locationType = rs.getString(9);
            boolean atEducation = "education".equalsIgnoreCase(locationType);
            boolean nearbyPlace = !atEducation;
            int kind = matcher.classify(dow, second, x, y, atEducation, nearbyPlace);
            if (kind == SchoolMatcher.NONE) {
                if (Double.isNaN(x) && nearbyPlace) unlocated[0]++;
                return null;
            }
            row[kind]++;
            counted.offence(x, y, kind);
            byDistrict.computeIfAbsent(rs.getString(10), k -> new LinkedHashMap<>()).merge(label, 1L, Long::sum);
            int school = matcher.lastSchool();
            if (school >= 0) perSchool[school][kind - 1]++;
            else unattributed[0]++;
            return null;
        });

        String windowNote = windowText(s);
        Table.Builder periods = Table.builder("by_period", "Offences with a victim of school age, and those at or near a school")
                .columns(Column.text("period", "Period"), Column.count("victim_school_age_offences", "Offences with a victim aged " + s.ages()[0] + "–" + s.ages()[1]),
                        Column.count("at_or_near_school_offences", "At or near a school"),
                        Column.percent("at_or_near_school_pct", "% at or near a school", "at_or_near_school_offences"));
        Table.Builder split = Table.builder("location_split", "At the school or nearby")
                .columns(Column.text("period", "Period"), Column.text("location", "Location"), Column.count("offences", "Offences"),
                        Column.percent("share_pct", "% of offences at or near a school", "offences"));
        long allVictim = 0, allNear = 0;
        for (var e : byPeriod.entrySet()) {
            long[] r = e.getValue();
            long near = r[1] + r[2];
            allVictim += r[0];
            allNear += near;
            periods.row(e.getKey(), r[0], near, Round.percent(near, r[0]));
            split.row(e.getKey(), "at school", r[1], Round.percent(r[1], near));
            split.row(e.getKey(), "nearby school", r[2], Round.percent(r[2], near));
        }
        periods.note(windowNote);
        periods.note("Counts " + records.describe() + " with at least one victim aged " + s.ages()[0] + " to " + s.ages()[1]
                + " (both ages included); an occurrence counts once however many such victims it has.");
        if (unlocated[0] > 0) periods.note(unlocated[0] + " offences in the window at a street or open space have no coordinates and cannot be tested for distance.");
        split.note("At school = location type 'education'; nearby = " + nearbyText(s) + " within " + Grid.trim(s.distance()) + " m of a school.");

        Table.Builder districts = Table.builder("by_district", "Offences at or near a school by district")
                .columns(Column.text("district", "District"), Column.text("period", "Period"), Column.count("count", "Offences"));
        byDistrict.forEach((district, m) -> byPeriod.keySet().forEach(label -> districts.row(district, label, m.getOrDefault(label, 0L))));

        Table ranking = schoolRanking(schools, perSchool, s.topSchools(), "at_school", "At school", "nearby", "Nearby",
                "Schools ranked by offences against school-age victims at or near them, " + scope.period().label());

        Map<String, Object> figures = parameterFigures(s);
        figures.put("victim_school_age_offences", allVictim);
        figures.put("at_or_near_school_offences", allNear);
        figures.put("schools_indexed", (long) schools.x().length);
        List<String> notes = new ArrayList<>(List.of(scope.describe(), windowNote));
        if (unattributed[0] > 0) notes.add(unattributed[0] + " offences at an education establishment had no school within "
                + Grid.trim(s.distance()) + " m (or no coordinates): they are counted as at school but not attributed to a school.");
        return new Result(id(), title(), scope, List.of(periods.build(), districts.build(), split.build(), ranking), figures, notes);
    }

    private Result spatialOnly(Store store, Scope scope, Records records, Settings s, Schools schools, Counted counted) {
        NearestPointIndex index = new NearestPointIndex(schools.x(), schools.y(), s.distance());
        Map<String, long[]> byPeriod = new LinkedHashMap<>();
        Map<String, Map<String, Long>> byDistrict = new TreeMap<>();
        long[][] perSchool = new long[schools.x().length][1];
        for (var span : scope.period().spans()) byPeriod.put(span.label(), new long[2]);
        Records.Fragment f = records.fragment();
        new PlacesQuery(POLICE_UK_SQL).with("records", f.sql(), f.params()).bind().query(store.connection(), rs -> {
            String label = rs.getString(3);
            long[] row = byPeriod.get(label);
            row[0]++;
            double x = rs.getDouble(4);
            if (rs.wasNull()) return null;
            double y = rs.getDouble(5);
            int school = index.nearest(x, y);
            if (school < 0) return null;
            row[1]++;
            perSchool[school][0]++;
            counted.offence(x, y, 0);
            byDistrict.computeIfAbsent(rs.getString(6), k -> new LinkedHashMap<>()).merge(label, 1L, Long::sum);
            return null;
        });
        String cannot = "police.uk data has no day, time of day or victim age, so the school-day window (" + s.daysText() + " "
                + s.from() + "–" + s.to() + ") and the school-age victims (" + s.ages()[0] + "–" + s.ages()[1]
                + ") cannot be applied, and at-school cannot be told from nearby. These tables are the spatial part only: every crime of the chosen"
                + " types within " + Grid.trim(s.distance()) + " m of a school, at any time, whatever the victim's age. They are not comparable with the SNA's figures.";
        Table.Builder periods = Table.builder("near_schools_any_time",
                        "Spatial part only: police.uk crimes within " + Grid.trim(s.distance()) + " m of a school, any day, time or victim age")
                .columns(Column.text("period", "Period"), Column.count("crimes", "Crimes"),
                        Column.count("within_distance_of_a_school", "Within " + Grid.trim(s.distance()) + " m of a school"),
                        Column.percent("within_distance_pct", "% within", "within_distance_of_a_school"));
        for (var e : byPeriod.entrySet()) periods.row(e.getKey(), e.getValue()[0], e.getValue()[1], Round.percent(e.getValue()[1], e.getValue()[0]));
        periods.note(cannot);
        periods.note("Counts " + records.describe() + ".");
        periods.note("police.uk locations are snapped to anonymised map points, so a distance can be off by a street's length.");
        Table.Builder districts = Table.builder("near_schools_any_time_by_district", "Spatial part only: police.uk crimes near a school by district")
                .columns(Column.text("district", "District"), Column.text("period", "Period"), Column.count("count", "Crimes"));
        byDistrict.forEach((district, m) -> byPeriod.keySet().forEach(label -> districts.row(district, label, m.getOrDefault(label, 0L))));
        districts.note(cannot);
        Table ranking = schoolRanking(schools, perSchool, s.topSchools(), null, null, null, null,
                "Spatial part only: schools ranked by police.uk crimes within " + Grid.trim(s.distance()) + " m, any time");
        Map<String, Object> figures = parameterFigures(s);
        figures.put("schools_indexed", (long) schools.x().length);
        figures.put("computable", "spatial part only");
        return new Result(id(), title(), scope, List.of(periods.build(), districts.build(), ranking), figures,
                List.of(scope.describe(), cannot));
    }

    private static Table schoolRanking(Schools schools, long[][] perSchool, int top, String aName, String aLabel,
                                       String bName, String bLabel, String title) {
        int n = perSchool.length;
        Integer[] order = new Integer[n];
        long[] total = new long[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            for (long v : perSchool[i]) total[i] += v;
        }
        java.util.Arrays.sort(order, (a, b) -> total[a] != total[b] ? Long.compare(total[b], total[a]) : schools.urn().get(a).compareTo(schools.urn().get(b)));
        Table.Builder t = Table.builder("schools", title).columns(Column.number("rank", "Rank"), Column.text("urn", "URN"),
                Column.text("school", "School"), Column.text("phase", "Phase"), Column.text("district", "District"));
        if (aName != null) t.columns(Column.count(aName, aLabel), Column.count(bName, bLabel));
        t.column(Column.count("total", "Total"));
        int rank = 0;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            if (total[i] == 0) break;
            if (k == 0 || total[i] != total[order[k - 1]]) rank = k + 1;
            if (rank > top) break;
            List<Object> row = new ArrayList<>();
            row.add((long) rank);
            row.add(schools.urn().get(i));
            row.add(schools.name().get(i));
            row.add(schools.phase().get(i));
            row.add(schools.district().get(i));
            if (aName != null) {
                row.add(perSchool[i][0]);
                row.add(perSchool[i][1]);
            }
            row.add(total[i]);
            t.row(row);
        }
        t.note("Each offence is attributed to its nearest school; schools with equal counts share a rank.");
        return t.build();
    }

    private static Map<String, Object> parameterFigures(Settings s) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("distance_m", s.distance());
        f.put("time_from", s.from().toString());
        f.put("time_to", s.to().toString());
        f.put("days", s.daysText());
        f.put("victim_age_min", (long) s.ages()[0]);
        f.put("victim_age_max", (long) s.ages()[1]);
        f.put("nearby_locations", String.join(";", s.nearbyLocations()));
        return f;
    }

    /** The day and hour condition on {@code candidates c}: ISO days listed, seconds of the day with both ends included. */
    static String windowSql(Settings s, List<Object> params) {
        List<String> days = new ArrayList<>();
        for (int d = 1; d <= 7; d++) if (s.days()[d]) days.add(String.valueOf(d));
        String dayCondition = days.isEmpty() ? "FALSE" : "c.dow IN (" + String.join(", ", days) + ")";
        params.add(s.from().toSecondOfDay());
        params.add(s.to().toSecondOfDay());
        String hours = s.from().isAfter(s.to()) ? "(c.second_of_day >= ? OR c.second_of_day <= ?)" : "c.second_of_day BETWEEN ? AND ?";
        return dayCondition + " AND " + hours;
    }

    /** The place-type condition: education always; the nearby types, or any type. */
    static String placesSql(Settings s, List<Object> params) {
        if (s.nearbyAnywhere()) return "TRUE";
        params.add("education");
        params.addAll(s.nearbyLocations());
        return "lower(c.location_type) IN (" + "?, ".repeat(s.nearbyLocations().size()) + "?)";
    }

    static String windowText(Settings s) {
        return "An offence counts when its committed-from time is on " + s.daysText() + " from " + s.from() + " to " + s.to()
                + " (both times included: an offence recorded at " + s.to() + " is on the journey home the window is for), and it was at an"
                + " education establishment or at " + nearbyText(s) + " within " + Grid.trim(s.distance()) + " m of a school (exactly "
                + Grid.trim(s.distance()) + " m included), measured on the national grid. School terms and holidays are not taken into account.";
    }

    private static String nearbyText(Settings s) {
        return s.nearbyAnywhere() ? "any kind of place" : "a place of type " + String.join(" or ", s.nearbyLocations());
    }
}
