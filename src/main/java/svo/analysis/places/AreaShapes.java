package svo.analysis.places;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import svo.analysis.Area;
import svo.store.Sql;
import svo.store.Store;

import java.util.ArrayList;
import java.util.List;

/** Boundaries of the areas of one level from the {@code area} table (EPSG:27700), read from their WKB. */
public final class AreaShapes {
    private static final String SQL = Sql.load(AreaShapes.class, "shapes");
    /** Geometries are in metres on the national grid, SRID 27700. */
    static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 27700);

    /** One area: code, name, parent district code and boundary. */
    public record Shape(String code, String name, String parentCode, Geometry geometry) {}

    private AreaShapes() {}

    /** The areas of a level within the scope's area (districts: the district itself, or the city / county ones). */
    public static List<Shape> load(Store store, Level level, Area area) {
        List<Object> params = new ArrayList<>();
        String filter = level == Level.DISTRICT ? districtFilter(area, params) : AreaCounts.parentFilter(area, params);
        WKBReader reader = new WKBReader(FACTORY);
        return new PlacesQuery(SQL).with("area_filter", filter, params).bind(level.id()).query(store.connection(), rs -> {
            try {
                return new Shape(rs.getString(1), rs.getString(2), rs.getString(3), reader.read(rs.getBytes(4)));
            } catch (ParseException e) {
                throw new IllegalStateException("the stored boundary of " + level.id() + " " + rs.getString(1) + " is not valid WKB: " + e.getMessage(), e);
            }
        });
    }

    /** Limits districts (unqualified columns of {@code area}) to the scope's area. */
    static String districtFilter(Area area, List<Object> params) {
        return switch (area.kind()) {
            case ALL -> "";
            case DISTRICT -> {
                params.add(area.code());
                yield "AND code = ?";
            }
            case CITY, COUNTY -> {
                params.add(area.kind() == Area.Kind.CITY ? "city" : "county");
                yield "AND city_county = ?";
            }
        };
    }
}
