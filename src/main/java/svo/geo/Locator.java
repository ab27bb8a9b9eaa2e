package svo.geo;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.index.strtree.STRtree;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Point in polygon: the code of the area containing a grid position, at every loaded level.
 *
 * <pre>
 * Locator locator = Locator.load(store.connection());
 * Locator.Codes codes = locator.locate(435_100, 336_400);
 * codes.lsoa();      // "E01013…"
 * codes.district();  // "E06000015"
 * </pre>
 *
 * Each level is an STRtree of its areas' bounding boxes; each candidate is tested with JTS's
 * IndexedPointInAreaLocator (an interval index over the polygon's edges), so a test costs about log(edges).
 * A point on a boundary shared by two areas belongs to the one with the smaller area, then the lower code,
 * so the answer never depends on load order.
 *
 * <p>The district is taken from the nesting where it can be: the parent of the LSOA that contains the point,
 * else of the ward, and only then the district polygons. LSOAs and wards nest in districts by design, the
 * finer boundaries are the more precise, and a record's district then always agrees with its LSOA's, so
 * district totals equal the sum of their LSOAs.
 *
 * <p>Safe for use from several threads once built.
 */
public final class Locator {
    private final Map<Level, LevelIndex> levels = new EnumMap<>(Level.class);

    /** The codes of the areas containing one point; null where no loaded area of that level contains it. */
    public record Codes(String district, String ward, String lsoa, String neighbourhood, String nte) {
        public static final Codes NONE = new Codes(null, null, null, null, null);

        /** The code at {@code level}. */
        public String get(Level level) {
            return switch (level) {
                case DISTRICT -> district;
                case WARD -> ward;
                case LSOA -> lsoa;
                case NEIGHBOURHOOD -> neighbourhood;
                case NTE -> nte;
            };
        }

        /** True when no loaded area of any level contains the point. */
        public boolean outside() {
            return district == null && ward == null && lsoa == null && neighbourhood == null && nte == null;
        }
    }

    /** An indexed area; {@code rank} orders areas by (area, code), so the first containing candidate wins ties. */
    private record Entry(String code, String parent, int rank, Envelope envelope, IndexedPointInAreaLocator locator) {}

    private static final Comparator<Entry> BY_RANK = Comparator.comparingInt(Entry::rank);

    private static final class LevelIndex {
        final STRtree tree = new STRtree();
        final int size;

        LevelIndex(List<AreaShape> areas) {
            List<AreaShape> ordered = areas.stream().filter(a -> a.geometry() != null)
                    .sorted(Comparator.comparingDouble((AreaShape a) -> a.geometry().getArea()).thenComparing(AreaShape::code))
                    .toList();
            int rank = 0;
            for (AreaShape a : ordered) {
                var locator = new IndexedPointInAreaLocator(a.geometry());
                // Build the edge index now, so later use from several threads only reads it.
                locator.locate(a.geometry().getCoordinate());
                Envelope env = a.geometry().getEnvelopeInternal();
                tree.insert(env, new Entry(a.code(), a.parentCode(), rank++, env, locator));
            }
            tree.build();
            size = rank;
        }

        Entry find(double e, double n) {
            List<Entry> candidates = new ArrayList<>(4);
            tree.query(new Envelope(e, e, n, n), item -> {
                Entry en = (Entry) item;
                if (en.envelope.contains(e, n)) candidates.add(en);
            });
            if (candidates.isEmpty()) return null;
            if (candidates.size() > 1) candidates.sort(BY_RANK);
            Coordinate p = new Coordinate(e, n);
            for (Entry en : candidates) if (en.locator.locate(p) != Location.EXTERIOR) return en;
            return null;
        }
    }

    private Locator() {}

    /** A locator over every area loaded in the store. */
    public static Locator load(Connection c) {
        Locator l = new Locator();
        for (Level level : Level.values()) {
            List<AreaShape> areas = Areas.load(c, level);
            if (!areas.isEmpty()) l.levels.put(level, new LevelIndex(areas));
        }
        return l;
    }

    /** A locator over the given areas (any levels). */
    public static Locator of(List<AreaShape> areas) {
        Locator l = new Locator();
        for (Level level : Level.values()) {
            List<AreaShape> of = areas.stream().filter(a -> a.level() == level).toList();
            if (!of.isEmpty()) l.levels.put(level, new LevelIndex(of));
        }
        return l;
    }

    /** Whether any area of {@code level} is loaded. */
    public boolean has(Level level) {
        return levels.containsKey(level);
    }

    /** How many areas of {@code level} the locator holds. */
    public int size(Level level) {
        LevelIndex idx = levels.get(level);
        return idx == null ? 0 : idx.size;
    }

    /** The codes of every level at grid position ({@code easting}, {@code northing}). */
    public Codes locate(double easting, double northing) {
        Entry lsoa = find(Level.LSOA, easting, northing);
        Entry ward = find(Level.WARD, easting, northing);
        String district = lsoa != null && lsoa.parent != null ? lsoa.parent
                : ward != null && ward.parent != null ? ward.parent
                : code(find(Level.DISTRICT, easting, northing));
        return new Codes(district, code(ward), code(lsoa), code(find(Level.NEIGHBOURHOOD, easting, northing)),
                code(find(Level.NTE, easting, northing)));
    }

    /** The code of the area of {@code level} containing the point, by that level's polygons alone; null if none. */
    public String codeAt(Level level, double easting, double northing) {
        return code(find(level, easting, northing));
    }

    private Entry find(Level level, double e, double n) {
        LevelIndex idx = levels.get(level);
        return idx == null ? null : idx.find(e, n);
    }

    private static String code(Entry e) {
        return e == null ? null : e.code;
    }
}
