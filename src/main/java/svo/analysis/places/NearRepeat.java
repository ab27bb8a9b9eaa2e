package svo.analysis.places;

import svo.BadInputException;
import svo.analysis.Analysis;
import svo.analysis.Column;
import svo.analysis.Result;
import svo.analysis.Scope;
import svo.analysis.Table;
import svo.store.Store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code near-repeat} (beyond the SNA): the Knox test — do offences close in space also fall close in time
 * more often than chance? Pairs of located offences in the period are binned by distance and by days between
 * their committed-from dates; each cell's observed count is compared with {@code permutations} random
 * reassignments of the dates ({@link Knox}).
 *
 * <p>Parameters: {@code distance_bands} (edges in metres, default 100;200;300;400), {@code time_bands} (edges in
 * days, default 7;14;21;28), {@code metric} = euclidean | manhattan, {@code permutations} (999), {@code seed} (1),
 * {@code threads} (the cores available). police.uk data has only the month of each crime, so the test is refused
 * for it.
 */
public final class NearRepeat implements Analysis {
    static final double[] DEFAULT_DISTANCES = {100, 200, 300, 400};
    static final double[] DEFAULT_DAYS = {7, 14, 21, 28};

    @Override
    public String id() {
        return "near-repeat";
    }

    @Override
    public String title() {
        return "Near-repeat pattern (Knox test)";
    }

    @Override
    public String section() {
        return "beyond the SNA";
    }

    @Override
    public List<String> datasets() {
        return List.of("occurrences");
    }

    @Override
    public Result run(Store store, Scope scope) {
        Params p = new Params(scope);
        double[] dEdges = p.ascending("distance_bands", DEFAULT_DISTANCES, "metres");
        double[] tEdges = p.ascending("time_bands", DEFAULT_DAYS, "days");
        Knox.Metric metric = p.choice("metric", "euclidean", "euclidean", "manhattan").equals("manhattan") ? Knox.Metric.MANHATTAN : Knox.Metric.EUCLIDEAN;
        int permutations = p.integer("permutations", 999, 0, 99_999);
        long seed = p.longValue("seed", 1);
        int threads = p.integer("threads", Runtime.getRuntime().availableProcessors(), 1, 256);
        Records records = Records.of(scope);
        if (records.policeUk()) {
            throw BadInputException.of("source", "police-uk", "occurrences: police.uk data has only the month of each crime, and a near-repeat test"
                    + " needs the day; run it on police occurrences");
        }
        Points pts = Points.load(store, records);
        int n = pts.located();
        double[] x = new double[n], y = new double[n], t = new double[n];
        int k = 0;
        for (int i = 0; i < pts.size(); i++) {
            if (Double.isNaN(pts.x()[i])) continue;
            x[k] = pts.x()[i];
            y[k] = pts.y()[i];
            t[k++] = pts.day()[i];
        }
        Knox.Result r = Knox.run(x, y, t, dEdges, tEdges, metric, permutations, seed, threads, Knox.DEFAULT_MEMORY_BUDGET);

        List<String> dLabels = distanceLabels(dEdges, metric);
        List<String> tLabels = timeLabels(tEdges);
        Table.Builder table = Table.builder("knox", "Pairs of offences by distance and time apart: observed against chance")
                .columns(Column.text("distance_band", "Distance apart"), Column.text("time_band", "Time apart"),
                        Column.count("observed", "Observed pairs"), Column.number("expected", "Expected (mean of permutations)"),
                        Column.number("knox_ratio", "Knox ratio"), Column.number("p_value", "p"), Column.text("reading", "Reading"));
        for (int d = 0; d < dLabels.size(); d++) {
            for (int b = 0; b < tLabels.size(); b++) {
                double ratio = r.ratio()[d][b], pv = r.p()[d][b];
                String reading = permutations == 0 ? "" : pv <= 0.05 && ratio > 1 ? "more pairs than chance (p ≤ 0.05)" : "not more than chance";
                table.row(dLabels.get(d), tLabels.get(b), r.observed()[d][b], Round.of(r.expected()[d][b], 1),
                        Round.of(ratio, 2), Round.of(pv, 3), reading);
            }
        }
        table.note("Bands are half-open [a, b): a pair exactly at an edge is in the band that starts there. 'Same location' is a distance of exactly 0 m;"
                + " days apart = whole days between committed-from dates. Distance: " + metric.name().toLowerCase() + ", metres on the national grid.");
        table.note("Expected = mean over " + permutations + " random permutations of the dates among the offences (seed " + seed
                + "); Knox ratio = observed / expected; p = (permutations with at least the observed count + 1) / (" + permutations + " + 1).");
        table.note("Counts " + records.describe() + "; " + n + " located offences, " + r.totalPairs() + " pairs, " + r.closePairs()
                + " within " + Grid.trim(dEdges[dEdges.length - 1]) + " m" + (r.streamed() ? " (streamed from the spatial grid for each permutation)" : "") + ".");
        if (pts.size() > n) table.note((pts.size() - n) + " offences without coordinates are left out.");
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("events", (long) n);
        figures.put("pairs", r.totalPairs());
        figures.put("close_pairs", r.closePairs());
        figures.put("permutations", (long) permutations);
        figures.put("seed", seed);
        figures.put("closest_band_knox_ratio", Round.of(r.ratio()[1][0], 2));
        figures.put("closest_band_p", Round.of(r.p()[1][0], 3));
        return new Result(id(), title(), scope, List.of(table.build()), figures, new ArrayList<>(List.of(scope.describe())));
    }

    static List<String> distanceLabels(double[] edges, Knox.Metric metric) {
        List<String> out = new ArrayList<>();
        out.add("same location (0 m)");
        out.add("more than 0 m and under " + Grid.trim(edges[0]) + " m");
        for (int i = 1; i < edges.length; i++) out.add(Grid.trim(edges[i - 1]) + " m to under " + Grid.trim(edges[i]) + " m");
        out.add(Grid.trim(edges[edges.length - 1]) + " m or more");
        return out;
    }

    static List<String> timeLabels(double[] edges) {
        List<String> out = new ArrayList<>();
        double from = 0;
        for (double e : edges) {
            out.add(wholeDays(from, e));
            from = e;
        }
        out.add(Grid.trim(from) + " days or more");
        return out;
    }

    private static String wholeDays(double from, double to) {
        boolean whole = from == Math.rint(from) && to == Math.rint(to);
        String exact = Grid.trim(from) + " to under " + Grid.trim(to) + " days";
        return whole ? exact + " (" + Grid.trim(from) + "–" + Grid.trim(to - 1) + " days apart)" : exact;
    }
}
