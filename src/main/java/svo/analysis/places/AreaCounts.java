package svo.analysis.places;

import svo.analysis.Area;
import svo.analysis.Period;
import svo.analysis.Scope;
import svo.store.Sql;
import svo.store.Store;

import java.util.ArrayList;
import java.util.List;

/**
 * Records per area of one level for one span, with each area's name, district and population: the input of
 * the SNA ranking and of the rate map. Also says how many records had no code at that level.
 */
public final class AreaCounts {
    private static final String SQL = Sql.load(AreaCounts.class);

    /** One area: code, name, district name, records, population (null when unknown) and its year. */
    public record Row(String code, String name, String district, long total, Long population, Integer populationYear,
                      boolean knownArea) {
        /** Rate per 1,000 (NaN without a population). */
        public double per1000() {
            return population == null ? Double.NaN : ScoreRanking.per1000(total, population);
        }
    }

    /** The counts, the records of the span, and those without a code at this level. */
    public record Counts(Level level, Period.Span span, List<Row> rows, long records, long withoutCode) {}

    private AreaCounts() {}

    /** Counts for the latest span of the scope's period. */
    static Counts count(Store store, Scope scope, Level level, Records records) {
        Period.Span span = scope.period().latest();
        Scope one = scope.withPeriod(new Period(span.label(), List.of(span)));
        Records rec = records.forScope(one);
        Records.Fragment f = rec.fragment();
        List<Object> filterParams = new ArrayList<>();
        String filter = level == Level.DISTRICT ? AreaShapes.districtFilter(scope.area(), filterParams) : parentFilter(scope.area(), filterParams);
        PlacesQuery q = new PlacesQuery(SQL).with("records", f.sql(), f.params()).name("code", level.column())
                .with("area_filter", filter, filterParams);
        Populations.with(q, span);
        List<Row> rows = q.bind(level.id()).query(store.connection(), rs -> new Row(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getLong(4), (Long) nullable(rs.getLong(5), rs.wasNull()),
                (Integer) nullableInt(rs.getInt(6), rs.wasNull()), rs.getBoolean(7)));
        PlacesQuery totals = new PlacesQuery("WITH records AS ({{records}}) SELECT count(*), count(*) FILTER (WHERE {{code}} IS NULL) FROM records")
                .with("records", f.sql(), f.params()).name("code", level.column());
        long[] t = totals.bind().query(store.connection(), rs -> new long[] {rs.getLong(1), rs.getLong(2)}).get(0);
        return new Counts(level, span, rows, t[0], t[1]);
    }

    private static Object nullable(long v, boolean wasNull) {
        return wasNull ? null : v;
    }

    private static Object nullableInt(int v, boolean wasNull) {
        return wasNull ? null : v;
    }

    /** Limits areas of a level to those whose parent district is in the scope's area. */
    static String parentFilter(Area area, List<Object> params) {
        return switch (area.kind()) {
            case ALL -> "";
            case DISTRICT -> {
                params.add(area.code());
                yield "AND parent_code = ?";
            }
            case CITY, COUNTY -> {
                params.add(area.kind() == Area.Kind.CITY ? "city" : "county");
                yield "AND parent_code IN (SELECT code FROM area WHERE level = 'district' AND city_county = ?)";
            }
        };
    }
}
