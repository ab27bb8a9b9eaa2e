package svo.analysis.places;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.index.strtree.STRtree;
import svo.BadInputException;
import svo.analysis.Analysis;
import svo.analysis.Column;
import svo.analysis.Period;
import svo.analysis.Result;
import svo.analysis.Scope;
import svo.analysis.Table;
import svo.store.Sql;
import svo.store.Store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code hotspots.statistical} (beyond the SNA): where records cluster more than chance would explain.
 * <ul>
 *   <li>Grid mode (default): records are counted in square cells over the study area (the in-scope district
 *       boundaries when loaded, else the extent of the points); a quartic kernel density is computed for the
 *       latest period; Getis–Ord Gi* is computed on the cell counts with binary queen weights ({@code rings}
 *       deep, self included).</li>
 *   <li>Area mode ({@code mode=areas}): Gi* on counts (or {@code value=rate}) of LSOAs, wards or neighbourhood
 *       areas with queen contiguity of their boundaries.</li>
 * </ul>
 * With several periods the same grid is used for each: the change per cell from the first to the latest
 * period, and each unit's class over the run (persistent, emerging, intermittent, former; {@link HotspotTrend}).
 *
 * <p>Parameters: {@code mode}, {@code cell} (m; default the shorter side of the extent / 50, to 10 m),
 * {@code bandwidth} (m; default the rule of thumb of {@link KernelDensity}), {@code rings} (1), {@code fdr}
 * (false: Benjamini–Hochberg correction of the p-values), {@code hot_level} (2: the bin that counts as hot for
 * the classes), {@code extent=minE;minN;maxE;maxN}, {@code outliers=refuse|drop}, {@code mask=districts|none},
 * {@code level}, {@code value}, {@code top} (rows of hot units shown, 50), {@code source}/{@code crime_types}.
 */
public final class StatisticalHotspots implements Analysis {
    private static final String AREA_SQL = Sql.load(StatisticalHotspots.class, "area_span_counts");
    /** Largest grid the analysis will build. */
    static final long MAX_CELLS = 4_000_000;
    /** Largest number of kernel evaluations the density may take. */
    static final double MAX_KERNEL_WORK = 4e9;

    @Override
    public String id() {
        return "hotspots.statistical";
    }

    @Override
    public String title() {
        return "Statistical hot spots: kernel density and Getis–Ord Gi*";
    }

    @Override
    public String section() {
        return "beyond the SNA";
    }

    @Override
    public List<String> datasets() {
        return List.of("occurrences", "areas");
    }

    /**
     * Everything computed, for the tables and for maps. Units are grid cells (grid mode) or areas. Arrays are
     * indexed by unit; {@code counts} and {@code gi} by span, then unit.
     */
    public record Model(boolean gridMode, Grid grid, boolean[] mask, int[] unitCell, List<AreaShapes.Shape> shapes,
                        String[] unitId, String[] unitName, double[] unitX, double[] unitY, double[][] values,
                        double[] densityPerKm2, double bandwidth, GetisOrd.Result[] gi, HotspotTrend.Kind[] trend,
                        List<String> spanLabels, List<String[]> settings, List<String> notes, boolean fdr, int hotLevel,
                        List<Geometry> studyArea) {
        /** Gi* of the latest span. */
        public GetisOrd.Result latest() {
            return gi[gi.length - 1];
        }

        public int units() {
            return unitId.length;
        }

        /** True when the areas' values are rates per 1,000 rather than counts. */
        public boolean rates() {
            return settings.stream().anyMatch(s -> s[0].equals("value") && s[1].startsWith("rate"));
        }
    }

    @Override
    public Result run(Store store, Scope scope) {
        Model m = model(store, scope);
        int top = new Params(scope).integer("top", 50, 1, 1_000_000);
        List<Table> tables = new ArrayList<>();
        Table.Builder settings = Table.builder("settings", "How the hot spots were computed")
                .columns(Column.text("setting", "Setting"), Column.text("value", "Value"), Column.text("how", "How chosen"));
        m.settings().forEach(s -> settings.row(s[0], s[1], s[2]));
        m.notes().forEach(settings::note);
        tables.add(settings.build());

        GetisOrd.Result g = m.latest();
        String latest = m.spanLabels().get(m.spanLabels().size() - 1);
        double[] values = m.values()[m.values().length - 1];
        String valueLabel = m.rates() ? "Per 1,000" : "Records";
        Table.Builder hot = Table.builder("hot_" + (m.gridMode() ? "cells" : "areas"),
                        "Hot spots (Gi* z > 0, p < 0.10), " + latest + (m.fdr() ? ", false-discovery-rate corrected" : ""))
                .columns(Column.text("unit", m.gridMode() ? "Cell (south-west corner)" : "Code"), Column.text("name", "Name"),
                        Column.number("easting", "Easting (centre)"), Column.number("northing", "Northing (centre)"),
                        m.gridMode() || valueLabel.equals("Records") ? Column.count("value", valueLabel) : Column.number("value", valueLabel),
                        Column.number("density_per_km2", "Kernel density per km²"), Column.number("z", "Gi* z"),
                        Column.number("p", m.fdr() ? "p (BH-adjusted)" : "p"), Column.number("bin", "Bin"),
                        Column.text("meaning", "Meaning"));
        Integer[] order = unitsBy(g.z());
        int shown = 0;
        for (int u : order) {
            if (g.bin()[u] < 1 || shown >= top) continue;
            hot.row(m.unitId()[u], m.unitName()[u], Round.of(m.unitX()[u], 0), Round.of(m.unitY()[u], 0),
                    m.gridMode() || valueLabel.equals("Records") ? (Object) Math.round(values[u]) : Round.of(values[u], 1),
                    m.densityPerKm2() == null ? null : Round.of(m.densityPerKm2()[u], 2), Round.of(g.z()[u], 3),
                    Round.of(g.p()[u], 4), (long) g.bin()[u], GetisOrd.binLabel(g.bin()[u]));
            shown++;
        }
        hot.note("Sorted by z, highest first; at most " + top + " rows (top=N shows more).");
        tables.add(hot.build());

        Table.Builder bins = Table.builder("bins", "Units by Gi* bin, " + latest)
                .columns(Column.number("bin", "Bin"), Column.text("meaning", "Meaning"), Column.count("units", m.gridMode() ? "Cells" : "Areas"),
                        Column.count("records", "Records in them"));
        for (int b = 3; b >= -3; b--) {
            long units = 0, recs = 0;
            for (int u = 0; u < m.units(); u++) {
                if (g.bin()[u] != b) continue;
                units++;
                if (m.gridMode() || valueLabel.equals("Records")) recs += Math.round(values[u]);
            }
            bins.row((long) b, GetisOrd.binLabel(b), units, m.gridMode() || valueLabel.equals("Records") ? recs : null);
        }
        bins.note("Bins: ±3 p < 0.01 (99% confidence), ±2 p < 0.05 (95%), ±1 p < 0.10 (90%); + hot, − cold."
                + (m.fdr() ? " p-values are Benjamini–Hochberg adjusted for the " + m.units() + " tests (false discovery rate)." : " p-values are not corrected for the "
                + m.units() + " tests: about 10% of units are flagged at 90% by chance alone; use fdr=true to correct."));
        tables.add(bins.build());

        if (m.trend() != null) addChangeTables(m, tables, top);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("units", (long) m.units());
        figures.put("hot_99", (long) g.countInBin(3));
        figures.put("hot_95", (long) g.countInBin(2));
        figures.put("hot_90", (long) g.countInBin(1));
        figures.put("cold_95_or_more", (long) (g.countInBin(-2) + g.countInBin(-3)));
        if (m.gridMode()) {
            figures.put("cell_m", m.grid().cellSize());
            figures.put("bandwidth_m", Double.isNaN(m.bandwidth()) ? null : Round.of(m.bandwidth(), 0));
        }
        figures.put("fdr", m.fdr());
        return new Result(id(), title(), scope, tables, figures, List.of(scope.describe()));
    }

    private static void addChangeTables(Model m, List<Table> tables, int top) {
        int last = m.spanLabels().size() - 1;
        String first = m.spanLabels().get(0), latest = m.spanLabels().get(last);
        Table.Builder change = Table.builder("change", "Change from " + first + " to " + latest + " in units that were hot in either")
                .columns(Column.text("unit", "Unit"), Column.text("name", "Name"), Column.number("easting", "Easting (centre)"),
                        Column.number("northing", "Northing (centre)"), Column.number("first", first), Column.number("latest", latest),
                        Column.number("change", "Change"), Column.number("bin_first", "Bin " + first), Column.number("bin_latest", "Bin " + latest));
        Integer[] order = new Integer[m.units()];
        for (int u = 0; u < order.length; u++) order[u] = u;
        double[] a = m.values()[0], b = m.values()[last];
        Arrays.sort(order, (x, y) -> Double.compare(Math.abs(b[y] - a[y]), Math.abs(b[x] - a[x])));
        int shown = 0;
        for (int u : order) {
            if (shown >= top) break;
            if (m.gi()[0].bin()[u] < 1 && m.gi()[last].bin()[u] < 1) continue;
            change.row(m.unitId()[u], m.unitName()[u], Round.of(m.unitX()[u], 0), Round.of(m.unitY()[u], 0), Round.of(a[u], 1),
                    Round.of(b[u], 1), Round.of(b[u] - a[u], 1), (long) m.gi()[0].bin()[u], (long) m.gi()[last].bin()[u]);
            shown++;
        }
        change.note("Sorted by the size of the change; the same grid is used for every period, so cells line up.");
        tables.add(change.build());

        Table.Builder classes = Table.builder("trend", "Hot spot classes over " + m.spanLabels().size() + " periods")
                .columns(Column.text("class", "Class"), Column.count("units", "Units"), Column.text("meaning", "Meaning"));
        Map<HotspotTrend.Kind, Long> counts = new LinkedHashMap<>();
        for (HotspotTrend.Kind k : HotspotTrend.Kind.values()) counts.put(k, 0L);
        for (HotspotTrend.Kind k : m.trend()) counts.merge(k, 1L, Long::sum);
        String hot = "hot (bin ≥ " + m.hotLevel() + ")";
        Map<HotspotTrend.Kind, String> meaning = Map.of(
                HotspotTrend.Kind.PERSISTENT, hot + " in every period",
                HotspotTrend.Kind.EMERGING, "not hot in the first period; " + hot + " in every period since it first became hot, including the latest",
                HotspotTrend.Kind.INTERMITTENT, hot + " in the latest period, with a break in an earlier run",
                HotspotTrend.Kind.FORMER, hot + " in an earlier period but not in the latest",
                HotspotTrend.Kind.NEVER, "never " + hot);
        counts.forEach((k, v) -> classes.row(k.label(), v, meaning.get(k)));
        tables.add(classes.build());

        Table.Builder cells = Table.builder("trend_units", "Units that were ever hot, with their class")
                .columns(Column.text("unit", "Unit"), Column.text("name", "Name"), Column.number("easting", "Easting (centre)"),
                        Column.number("northing", "Northing (centre)"), Column.text("class", "Class"), Column.text("bins", "Bins by period"));
        int shown2 = 0;
        for (int u = 0; u < m.units() && shown2 < top * 4; u++) {
            if (m.trend()[u] == HotspotTrend.Kind.NEVER) continue;
            StringBuilder run = new StringBuilder();
            for (int s = 0; s <= last; s++) run.append(s == 0 ? "" : " → ").append(m.gi()[s].bin()[u]);
            cells.row(m.unitId()[u], m.unitName()[u], Round.of(m.unitX()[u], 0), Round.of(m.unitY()[u], 0), m.trend()[u].label(), run.toString());
            shown2++;
        }
        tables.add(cells.build());
    }

    private static Integer[] unitsBy(double[] z) {
        Integer[] order = new Integer[z.length];
        for (int i = 0; i < z.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Double.compare(nanLow(z[b]), nanLow(z[a])));
        return order;
    }

    private static double nanLow(double v) {
        return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
    }

    /** Computes the model (for the tables, and for the hot spot map). */
    public static Model model(Store store, Scope scope) {
        Params p = new Params(scope);
        String mode = p.choice("mode", "grid", "grid", "areas");
        boolean fdr = p.flag("fdr", false);
        int hotLevel = p.integer("hot_level", 2, 1, 3);
        Records records = Records.of(scope);
        return mode.equals("grid") ? gridModel(store, scope, p, records, fdr, hotLevel) : areaModel(store, scope, p, records, fdr, hotLevel);
    }

    private static Model gridModel(Store store, Scope scope, Params p, Records records, boolean fdr, int hotLevel) {
        int rings = p.integer("rings", 1, 1, 10);
        String outliers = p.choice("outliers", "refuse", "refuse", "drop");
        String maskChoice = p.choice("mask", "districts", "districts", "none");
        Points pts = Points.load(store, records);
        List<String[]> settings = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        notes.add("Counts " + records.describe() + ".");
        if (pts.located() < pts.size()) notes.add((pts.size() - pts.located()) + " of " + pts.size() + " records have no coordinates and are not mapped.");

        List<AreaShapes.Shape> districts = maskChoice.equals("none") ? List.of() : AreaShapes.load(store, Level.DISTRICT, scope.area());
        boolean[] keep = new boolean[pts.size()];
        for (int i = 0; i < keep.length; i++) keep[i] = !Double.isNaN(pts.x()[i]);
        Grid.Extent extent;
        String extentHow;
        if (p.given("extent")) {
            double[] e = p.ascending("extent", null, "metres");
            if (e.length != 4 || !(e[2] > e[0]) || !(e[3] > e[1])) {
                throw BadInputException.of("extent", p.raw("extent"), "minE;minN;maxE;maxN in metres on the national grid, e.g. 420000;320000;460000;360000");
            }
            extent = new Grid.Extent(e[0], e[1], e[2], e[3]);
            extentHow = "given";
        } else if (!districts.isEmpty()) {
            Envelope env = new Envelope();
            districts.forEach(d -> env.expandToInclude(d.geometry().getEnvelopeInternal()));
            extent = new Grid.Extent(env.getMinX(), env.getMinY(), env.getMaxX(), env.getMaxY());
            extentHow = "the " + districts.size() + " district boundaries in scope";
        } else {
            int[] strays = strays(pts, keep);
            if (strays.length > 0) {
                String named = describe(pts, strays);
                if (outliers.equals("refuse")) {
                    throw new BadInputException("hotspots.statistical", 0, "coordinates", null,
                            "points within the area being mapped",
                            strays.length + " record(s) lie far outside the rest and would stretch the grid absurdly: " + named
                                    + ". Correct their coordinates, load district boundaries (so the grid covers the districts), add outliers=drop"
                                    + " to leave them out (they are then listed), or give extent=minE;minN;maxE;maxN.");
                }
                for (int s : strays) keep[s] = false;
                notes.add(strays.length + " stray record(s) left out (outliers=drop): " + named + ".");
            }
            double[][] kept = kept(pts, keep);
            extent = Grid.Extent.of(kept[0], kept[1]);
            extentHow = "the extent of the located records";
            if (extent == null) extent = new Grid.Extent(0, 0, 1, 1);
        }
        double shortSide = Math.max(Math.min(extent.width(), extent.height()), 1);
        double defaultCell = Math.max(10, Math.round(shortSide / 50 / 10) * 10);
        double cell = p.metres("cell", defaultCell, 1, 100_000);
        long cells = Grid.cellCount(extent, cell);
        if (cells > MAX_CELLS) {
            double minCell = Math.ceil(Math.sqrt(extent.width() * extent.height() / MAX_CELLS));
            throw BadInputException.of("cell", Grid.trim(cell), "at least " + Grid.trim(minCell) + " m for an extent of "
                    + Math.round(extent.width() / 1000) + " × " + Math.round(extent.height() / 1000) + " km (" + cells + " cells; at most " + MAX_CELLS + ")");
        }
        Grid grid = Grid.covering(extent, cell);

        boolean[] mask = districts.isEmpty() ? null : insideMask(grid, districts);
        int[] cellUnit = new int[grid.size()];
        int units = 0;
        for (int c = 0; c < cellUnit.length; c++) cellUnit[c] = mask == null || mask[c] ? units++ : -1;
        int[] unitCell = new int[units];
        for (int c = 0; c < cellUnit.length; c++) if (cellUnit[c] >= 0) unitCell[cellUnit[c]] = c;

        int spans = scope.period().spans().size();
        double[][] counts = new double[spans][units];
        long outside = 0;
        List<Integer> latestIdx = new ArrayList<>();
        for (int i = 0; i < pts.size(); i++) {
            if (!keep[i]) continue;
            int c = grid.cellOf(pts.x()[i], pts.y()[i]);
            int u = c < 0 ? -1 : cellUnit[c];
            if (u < 0) {
                outside++;
                continue;
            }
            counts[pts.span()[i]][u]++;
            if (pts.span()[i] == spans - 1) latestIdx.add(i);
        }
        if (outside > 0) notes.add(outside + " located record(s) fall outside the study area (" + extentHow + ") and are not counted.");

        double[] lx = new double[latestIdx.size()], ly = new double[latestIdx.size()];
        for (int k = 0; k < lx.length; k++) {
            lx[k] = pts.x()[latestIdx.get(k)];
            ly[k] = pts.y()[latestIdx.get(k)];
        }
        double ruleBandwidth = KernelDensity.ruleOfThumbBandwidth(lx, ly);
        double bandwidth = p.metres("bandwidth", Double.isNaN(ruleBandwidth) ? Double.NaN : Math.round(ruleBandwidth), 1, 1_000_000);
        double[] density = null;
        if (!Double.isNaN(bandwidth) && lx.length > 0) {
            int distinct = KernelDensity.distinct(lx, ly)[0].length;
            if (KernelDensity.work(grid, distinct, bandwidth) > MAX_KERNEL_WORK) {
                throw BadInputException.of("bandwidth", Grid.trim(bandwidth), "a bandwidth nearer the cell size (" + Grid.trim(cell)
                        + " m): this one spans " + Math.round(2 * bandwidth / cell) + " cells each way, too much work for " + distinct + " distinct locations");
            }
            double[] perM2 = KernelDensity.estimate(grid, lx, ly, bandwidth);
            density = new double[units];
            for (int u = 0; u < units; u++) density[u] = perM2[unitCell[u]] * 1e6;
        } else {
            notes.add("No kernel density: fewer than two distinct locations in " + scope.period().latest().label() + ".");
        }

        Neighbours nb = Neighbours.queenGrid(grid.columns(), grid.rows(), mask, rings, true);
        GetisOrd.Result[] gi = new GetisOrd.Result[spans];
        for (int s = 0; s < spans; s++) gi[s] = GetisOrd.compute(counts[s], nb, fdr);
        HotspotTrend.Kind[] trend = spans >= 2 ? trend(gi, hotLevel) : null;

        String[] ids = new String[units], names = new String[units];
        double[] ux = new double[units], uy = new double[units];
        for (int u = 0; u < units; u++) {
            int c = unitCell[u];
            ids[u] = String.format("%.0f,%.0f", grid.originX() + grid.column(c) * cell, grid.originY() + grid.row(c) * cell);
            names[u] = "";
            ux[u] = grid.centreX(c);
            uy[u] = grid.centreY(c);
        }
        settings.add(new String[] {"mode", "grid", p.given("mode") ? "given" : "default"});
        settings.add(new String[] {"cell size", Grid.trim(cell) + " m", p.given("cell") ? "given" : "default: shorter side of the extent / 50, to 10 m"});
        settings.add(new String[] {"bandwidth", Double.isNaN(bandwidth) ? "none" : Grid.trim(bandwidth) + " m", p.given("bandwidth") ? "given"
                : "default: 0.9 · min(SD, √(1/ln 2) · Dm) · n^−0.2 over the " + lx.length + " records of " + scope.period().latest().label()});
        settings.add(new String[] {"kernel", "quartic (biweight), density per km² at cell centres", "fixed"});
        settings.add(new String[] {"grid", grid.describe(), "from " + extentHow});
        settings.add(new String[] {"study area", mask == null ? "every cell of the grid" : units + " cells whose centre lies in the district boundaries",
                mask == null ? (maskChoice.equals("none") ? "mask=none" : "no district boundaries loaded") : "mask=districts"});
        settings.add(new String[] {"neighbours", "queen, " + rings + " ring" + (rings > 1 ? "s" : "") + " ((" + (2 * rings + 1) + " × " + (2 * rings + 1)
                + ") block), the cell itself included, binary weights", p.given("rings") ? "given" : "default"});
        settings.add(new String[] {"multiple testing", fdr ? "Benjamini–Hochberg false-discovery-rate correction" : "none", p.given("fdr") ? "given" : "default"});
        settings.add(new String[] {"periods", String.join(", ", scope.period().labels()), "the period asked for"});
        if (spans >= 2) settings.add(new String[] {"hot for the classes", "bin ≥ " + hotLevel, p.given("hot_level") ? "given" : "default (95%)"});
        return new Model(true, grid, mask, unitCell, null, ids, names, ux, uy, counts, density, bandwidth, gi, trend,
                scope.period().labels(), settings, notes, fdr, hotLevel, districts.stream().map(AreaShapes.Shape::geometry).toList());
    }

    private static Model areaModel(Store store, Scope scope, Params p, Records records, boolean fdr, int hotLevel) {
        Level level = Level.parse("level", p.raw("level"), Level.LSOA, Level.LSOA, Level.WARD, Level.NEIGHBOURHOOD, Level.DISTRICT);
        String value = p.choice("value", "count", "count", "rate");
        List<AreaShapes.Shape> shapes = AreaShapes.load(store, level, scope.area());
        List<String> notes = new ArrayList<>();
        notes.add("Counts " + records.describe() + ".");
        if (shapes.isEmpty()) {
            throw new BadInputException("hotspots.statistical", 0, "level", level.id(), "boundaries loaded for that level",
                    "No " + level.label() + " boundaries are loaded: load them with `./svo geo import-areas --level " + level.id() + "`, or use mode=grid.");
        }
        Map<String, Integer> unitOf = new HashMap<>();
        for (int u = 0; u < shapes.size(); u++) unitOf.put(shapes.get(u).code(), u);
        List<Period.Span> spans = scope.period().spans();
        double[][] values = new double[spans.size()][shapes.size()];
        long unmatched = 0;
        if (value.equals("count")) {
            Records.Fragment f = records.fragment();
            long[] miss = {0};
            new PlacesQuery(AREA_SQL).with("records", f.sql(), f.params()).name("code", level.column()).bind().query(store.connection(), rs -> {
                Integer u = unitOf.get(rs.getString(2));
                if (u == null) miss[0] += rs.getLong(3);
                else values[rs.getInt(1)][u] = rs.getLong(3);
                return null;
            });
            unmatched = miss[0];
        } else {
            for (int s = 0; s < spans.size(); s++) {
                Scope one = scope.withPeriod(new Period(spans.get(s).label(), List.of(spans.get(s))));
                for (AreaCounts.Row r : AreaCounts.count(store, one, level, records).rows()) {
                    Integer u = unitOf.get(r.code());
                    if (u == null) continue;
                    values[s][u] = r.population() == null || r.population() <= 0 ? 0 : r.per1000();
                }
            }
        }
        if (unmatched > 0) notes.add(unmatched + " records have a " + level.label() + " code with no loaded boundary and are not counted.");
        Neighbours nb = Neighbours.queenContiguity(shapes.stream().map(AreaShapes.Shape::geometry).toList(), 1.0, true);
        long islands = 0;
        for (int u = 0; u < nb.size(); u++) if (nb.count(u) == 1) islands++;
        if (islands > 0) notes.add(islands + " " + level.label() + "(s) touch no other and are compared with themselves only.");
        GetisOrd.Result[] gi = new GetisOrd.Result[spans.size()];
        for (int s = 0; s < spans.size(); s++) gi[s] = GetisOrd.compute(values[s], nb, fdr);
        int n = shapes.size();
        String[] ids = new String[n], names = new String[n];
        double[] ux = new double[n], uy = new double[n];
        for (int u = 0; u < n; u++) {
            ids[u] = shapes.get(u).code();
            names[u] = shapes.get(u).name();
            Coordinate c = shapes.get(u).geometry().getInteriorPoint().getCoordinate();
            ux[u] = c.x;
            uy[u] = c.y;
        }
        List<String[]> settings = new ArrayList<>();
        settings.add(new String[] {"mode", "areas", "given"});
        settings.add(new String[] {"areas", n + " " + level.label() + "s with boundaries", p.given("level") ? "given" : "default level"});
        settings.add(new String[] {"value", value.equals("rate") ? "rate per 1,000 population" : "count of records", p.given("value") ? "given" : "default"});
        settings.add(new String[] {"neighbours", "queen contiguity (sharing at least one point, within 1 m), the area itself included, binary weights", "fixed"});
        settings.add(new String[] {"multiple testing", fdr ? "Benjamini–Hochberg false-discovery-rate correction" : "none", p.given("fdr") ? "given" : "default"});
        settings.add(new String[] {"periods", String.join(", ", scope.period().labels()), "the period asked for"});
        if (spans.size() >= 2) settings.add(new String[] {"hot for the classes", "bin ≥ " + hotLevel, p.given("hot_level") ? "given" : "default (95%)"});
        return new Model(false, null, null, null, shapes, ids, names, ux, uy, values, null, Double.NaN, gi,
                spans.size() >= 2 ? trend(gi, hotLevel) : null, scope.period().labels(), settings, notes, fdr, hotLevel, List.of());
    }

    private static HotspotTrend.Kind[] trend(GetisOrd.Result[] gi, int level) {
        int[][] bins = new int[gi.length][];
        for (int s = 0; s < gi.length; s++) bins[s] = gi[s].bin();
        return HotspotTrend.classify(bins, level);
    }

    /** Cells whose centre lies inside (or on the edge of) one of the polygons. */
    static boolean[] insideMask(Grid grid, List<AreaShapes.Shape> polygons) {
        STRtree tree = new STRtree();
        for (AreaShapes.Shape s : polygons) tree.insert(s.geometry().getEnvelopeInternal(), new IndexedPointInAreaLocator(s.geometry()));
        boolean[] mask = new boolean[grid.size()];
        for (int c = 0; c < mask.length; c++) {
            Coordinate pt = new Coordinate(grid.centreX(c), grid.centreY(c));
            @SuppressWarnings("unchecked")
            List<IndexedPointInAreaLocator> hits = tree.query(new Envelope(pt));
            for (IndexedPointInAreaLocator l : hits) {
                if (l.locate(pt) != Location.EXTERIOR) {
                    mask[c] = true;
                    break;
                }
            }
        }
        return mask;
    }

    private static int[] strays(Points pts, boolean[] keep) {
        double[][] kept = kept(pts, keep);
        int[] local = StrayPoints.find(kept[0], kept[1]);
        int[] index = new int[pts.size()];
        int k = 0;
        for (int i = 0; i < keep.length; i++) if (keep[i]) index[k++] = i;
        int[] out = new int[local.length];
        for (int i = 0; i < local.length; i++) out[i] = index[local[i]];
        return out;
    }

    private static double[][] kept(Points pts, boolean[] keep) {
        int n = 0;
        for (boolean b : keep) if (b) n++;
        double[] x = new double[n], y = new double[n];
        int k = 0;
        for (int i = 0; i < keep.length; i++) {
            if (!keep[i]) continue;
            x[k] = pts.x()[i];
            y[k++] = pts.y()[i];
        }
        return new double[][] {x, y};
    }

    private static String describe(Points pts, int[] idx) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < Math.min(10, idx.length); k++) {
            int i = idx[k];
            sb.append(k == 0 ? "" : "; ").append(pts.id()[i]).append(" at E ").append(Math.round(pts.x()[i])).append(" N ").append(Math.round(pts.y()[i]));
        }
        if (idx.length > 10) sb.append("; and ").append(idx.length - 10).append(" more");
        return sb.toString();
    }
}
