package svo.report.maps;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import svo.analysis.places.GetisOrd;
import svo.analysis.places.Grid;
import svo.analysis.places.MapData;
import svo.analysis.places.StatisticalHotspots;

import java.util.ArrayList;
import java.util.List;

/**
 * The three maps of the places section, as SVG strings for the web application and the PDF: a choropleth of
 * the rate per 1,000 by area, the Getis–Ord hot spot grid, and schools with their distance rings and the
 * offences counted near them.
 *
 * <pre>
 * String svg = PlaceMaps.rates(MapData.rates(store, scope), "Serious violence per 1,000 population");
 * String hot = PlaceMaps.hotSpots(StatisticalHotspots.model(store, scope), "Hot spots");
 * </pre>
 */
public final class PlaceMaps {
    private static final GeometryFactory GF = new GeometryFactory();

    private PlaceMaps() {}

    /** Choropleth of the rate per 1,000 population (quantile classes), district outlines on top. */
    public static String rates(MapData.RateMap m, String title) {
        List<SvgMap.Region> regions = new ArrayList<>();
        double[] values = m.areas().stream().filter(a -> a.per1000() != null).mapToDouble(MapData.AreaRate::per1000).toArray();
        for (MapData.AreaRate a : m.areas()) regions.add(new SvgMap.Region(a.code(), a.name() + " (" + a.count() + " records)", a.geometry(), a.per1000()));
        SvgMap.Builder b = SvgMap.builder(title + ", " + m.period())
                .choropleth(regions, "Per 1,000 population, by " + m.level().label(), ClassBreaks.quantiles(values, 5))
                .outlines(m.districts())
                .note("Counts " + m.counted() + ".")
                .note("Classes hold about equal numbers of areas; an area with no population loaded shows as no data.");
        if (m.recordsWithoutArea() > 0) b.note(m.recordsWithoutArea() + " records have no " + m.level().label() + " and are not mapped.");
        if (m.policeUk()) b.attribution(SvgMap.POLICE_UK_ATTRIBUTION);
        return b.toSvg();
    }

    /** Grid cells coloured by Gi* bin of the latest period (grid mode), or areas (area mode), over the study area. */
    public static String hotSpots(StatisticalHotspots.Model m, String title) {
        GetisOrd.Result g = m.latest();
        String period = m.spanLabels().get(m.spanLabels().size() - 1);
        SvgMap.Builder b = SvgMap.builder(title + ", " + period);
        if (m.gridMode()) {
            Grid grid = m.grid();
            List<SvgMap.Cell> cells = new ArrayList<>();
            for (int u = 0; u < m.units(); u++) {
                if (g.bin()[u] == 0) continue;
                int c = m.unitCell()[u];
                double x0 = grid.originX() + grid.column(c) * grid.cellSize(), y0 = grid.originY() + grid.row(c) * grid.cellSize();
                cells.add(new SvgMap.Cell(GF.toGeometry(new Envelope(x0, x0 + grid.cellSize(), y0, y0 + grid.cellSize())), g.bin()[u]));
            }
            b.hotSpotCells(cells, "Getis–Ord Gi* on " + trim(grid.cellSize()) + " m cells");
            if (!m.studyArea().isEmpty()) b.outlines(m.studyArea());
            Envelope e = new Envelope(grid.originX(), grid.originX() + grid.columns() * grid.cellSize(), grid.originY(),
                    grid.originY() + grid.rows() * grid.cellSize());
            b.extent(e);
        } else {
            return areaHotSpots(m, title + ", " + period);
        }
        b.note(m.fdr() ? "p-values corrected for multiple testing (Benjamini–Hochberg)." : "p-values not corrected for multiple testing.");
        return b.toSvg();
    }

    private static String areaHotSpots(StatisticalHotspots.Model m, String title) {
        GetisOrd.Result g = m.latest();
        List<SvgMap.Region> regions = new ArrayList<>();
        for (int u = 0; u < m.units(); u++) {
            regions.add(new SvgMap.Region(m.unitId()[u], m.unitName()[u] + ", " + GetisOrd.binLabel(g.bin()[u]), m.shapes().get(u).geometry(),
                    (double) g.bin()[u]));
        }
        return SvgMap.builder(title).giChoropleth(regions, "Getis–Ord Gi* by area")
                .note(m.fdr() ? "p-values corrected for multiple testing (Benjamini–Hochberg)." : "p-values not corrected for multiple testing.")
                .toSvg();
    }

    /** Schools with rings at the proximity distance and the offences counted near them. */
    public static String schools(MapData.SchoolMap m, String title) {
        List<SvgMap.Marker> markers = m.schools().stream().map(s -> new SvgMap.Marker(s.x(), s.y(), s.name())).toList();
        List<Coordinate> at = new ArrayList<>(), near = new ArrayList<>();
        for (double[] o : m.offences()) {
            if (Double.isNaN(o[0])) continue;
            (o[2] == 1 ? at : near).add(new Coordinate(o[0], o[1]));
        }
        SvgMap.Builder b = SvgMap.builder(title + ", " + m.period());
        if (m.policeUk()) {
            b.dots(near, "#d94801", "police.uk crime within " + trim(m.distance()) + " m of a school (any day or time)")
                    .note(m.offences().size() + " crimes within " + trim(m.distance()) + " m of a school.")
                    .note("Spatial part only: police.uk has no day, time or victim age.").attribution(SvgMap.POLICE_UK_ATTRIBUTION);
        } else {
            b.dots(at, "#a50f15", "at an education establishment").dots(near, "#fd8d3c", "nearby (street or open space)")
                    .note(m.offences().size() + " offences against school-age victims in the school-day window.");
        }
        return b.markers(markers, m.distance(), "Schools").outlines(m.districts()).toSvg();
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
