package svo.analysis.places;

import org.locationtech.jts.geom.Geometry;
import svo.analysis.Period;
import svo.analysis.Scope;
import svo.store.Store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the place maps draw, computed from the store: rates per 1,000 by area with boundaries, the schools and
 * the offences counted near them. The report's map writer ({@code svo.report.maps.PlaceMaps}) turns these into
 * SVG; nothing here draws.
 *
 * <pre>
 * MapData.RateMap m = MapData.rates(store, scope);   // level=lsoa by default
 * </pre>
 */
public final class MapData {
    private MapData() {}

    /** One area of a rate map: its boundary, records, population (null when unknown) and rate (null without population). */
    public record AreaRate(String code, String name, Geometry geometry, long count, Long population, Double per1000) {}

    /** A rate map: areas of one level for one span, the district outlines, and what was counted. */
    public record RateMap(Level level, String period, List<AreaRate> areas, List<Geometry> districts, String counted,
                          boolean policeUk, long recordsWithoutArea, int areasWithoutBoundary) {}

    /** A school in a school map. */
    public record School(String urn, String name, double x, double y) {}

    /** Schools and the counted offences near them (kind 1 at school, 2 nearby, 0 spatial only). */
    public record SchoolMap(List<School> schools, List<double[]> offences, double distance, String period, boolean policeUk,
                            List<Geometry> districts) {}

    /** Rates per 1,000 by area for the latest span of the scope ({@code level} = lsoa by default, ward, neighbourhood). */
    public static RateMap rates(Store store, Scope scope) {
        Params p = new Params(scope);
        Level level = Level.parse("level", p.raw("level"), Level.LSOA, Level.LSOA, Level.WARD, Level.NEIGHBOURHOOD, Level.DISTRICT);
        Records records = Records.of(scope);
        Period.Span span = scope.period().latest();
        AreaCounts.Counts counts = AreaCounts.count(store, scope, level, records);
        Map<String, AreaCounts.Row> byCode = new HashMap<>();
        counts.rows().forEach(r -> byCode.put(r.code(), r));
        List<AreaRate> areas = new ArrayList<>();
        int withoutBoundary = 0;
        List<AreaShapes.Shape> shapes = AreaShapes.load(store, level, scope.area());
        for (AreaShapes.Shape s : shapes) {
            AreaCounts.Row r = byCode.remove(s.code());
            long count = r == null ? 0 : r.total();
            Long pop = r == null ? null : r.population();
            Double rate = pop == null || pop <= 0 ? null : ScoreRanking.per1000(count, pop);
            areas.add(new AreaRate(s.code(), s.name(), s.geometry(), count, pop, rate));
        }
        for (AreaCounts.Row r : byCode.values()) if (r.total() > 0) withoutBoundary++;
        List<Geometry> districts = level == Level.DISTRICT ? List.of()
                : AreaShapes.load(store, Level.DISTRICT, scope.area()).stream().map(AreaShapes.Shape::geometry).toList();
        return new RateMap(level, span.label(), areas, districts, records.describe(), records.policeUk(), counts.withoutCode(), withoutBoundary);
    }

    /** The schools and the offences counted by {@code schools.proximity} for the scope. */
    public static SchoolMap schools(Store store, Scope scope) {
        List<double[]> offences = new ArrayList<>();
        new SchoolProximity().compute(store, scope, (x, y, kind) -> offences.add(new double[] {x, y, kind}));
        SchoolProximity.Settings s = SchoolProximity.settings(scope);
        SchoolProximity.Schools sc = SchoolProximity.schools(store, s.phases());
        List<School> schools = new ArrayList<>();
        for (int i = 0; i < sc.x().length; i++) schools.add(new School(sc.urn().get(i), sc.name().get(i), sc.x()[i], sc.y()[i]));
        List<Geometry> districts = AreaShapes.load(store, Level.DISTRICT, scope.area()).stream().map(AreaShapes.Shape::geometry).toList();
        return new SchoolMap(schools, offences, s.distance(), scope.period().label(), Records.of(scope).policeUk(), districts);
    }
}
