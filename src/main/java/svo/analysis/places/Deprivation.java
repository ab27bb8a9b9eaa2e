package svo.analysis.places;

import svo.analysis.Analysis;
import svo.analysis.Column;
import svo.analysis.Result;
import svo.analysis.Scope;
import svo.analysis.Table;
import svo.store.Sql;
import svo.store.Store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code deprivation} (beyond the SNA, which only describes IMD): the rate of records per 1,000 population by
 * the IMD 2019 decile of the LSOA where they happened, the rate ratio of the most to the least deprived
 * decile, and the correlation between an LSOA's deprivation and its rate (Spearman, and Pearson, each with a
 * 95% interval). With several periods the rate is the average per period.
 */
public final class Deprivation implements Analysis {
    private static final String SQL = Sql.load(Deprivation.class);

    @Override
    public String id() {
        return "deprivation";
    }

    @Override
    public String title() {
        return "Serious violence by deprivation (IMD 2019 decile)";
    }

    @Override
    public String section() {
        return "beyond the SNA";
    }

    @Override
    public List<String> datasets() {
        return List.of("occurrences", "imd", "population");
    }

    @Override
    public Result run(Store store, Scope scope) {
        Records records = Records.of(scope);
        Records.Fragment f = records.fragment();
        List<Object> filterParams = new ArrayList<>();
        String filter = AreaCounts.parentFilter(scope.area(), filterParams);
        int periods = scope.period().spans().size();
        long[] lsoas = new long[11], pop = new long[11], n = new long[11];
        List<double[]> points = new ArrayList<>();   // {deprivation, rate}
        long[] excluded = new long[2];               // LSOAs without population, their records
        boolean[] scoreMissing = {false};
        TreeSet<Integer> years = new TreeSet<>();
        PlacesQuery q = new PlacesQuery(SQL).with("records", f.sql(), f.params()).with("area_filter", filter, filterParams);
        Populations.with(q, scope.period().latest()).bind().query(store.connection(), rs -> {
            int decile = rs.getInt(2);
            double score = rs.getDouble(3);
            if (rs.wasNull()) {
                scoreMissing[0] = true;
                score = -rs.getInt(4);
            }
            long records1 = rs.getLong(5);
            long population = rs.getLong(6);
            if (rs.wasNull() || population <= 0) {
                excluded[0]++;
                excluded[1] += records1;
                return null;
            }
            years.add(rs.getInt(7));
            lsoas[decile]++;
            pop[decile] += population;
            n[decile] += records1;
            points.add(new double[] {score, records1 * 1000.0 / population / periods});
            return null;
        });

        Table.Builder byDecile = Table.builder("by_decile", "Rate per 1,000 population by IMD 2019 decile of the LSOA")
                .columns(Column.number("decile", "IMD decile (1 = most deprived)"), Column.count("lsoas", "LSOAs"),
                        Column.count("population", "Population"), Column.count("records", "Records"),
                        Column.rate("per_1000", periods > 1 ? "Per 1,000 per period" : "Per 1,000", "records"));
        for (int d = 1; d <= 10; d++) {
            if (lsoas[d] == 0) continue;
            byDecile.row((long) d, lsoas[d], pop[d], n[d], Round.ratio(n[d], 1000, pop[d] * periods, 1));
        }
        byDecile.note("Counts " + records.describe() + " by the LSOA where each happened; population of "
                + (years.isEmpty() ? "no loaded year" : RankedHotspots.years(years)) + ".");
        if (excluded[0] > 0) byDecile.note(excluded[0] + " LSOAs with no population loaded (" + excluded[1]
                + " records) are left out of rates and correlations; LSOA 2011 and 2021 codes differ for a few areas.");
        byDecile.note("IMD 2019 includes a crime domain (9.3% of the index), which is partly built from police recorded crime: some association is built in.");

        double[] dep = points.stream().mapToDouble(p -> p[0]).toArray();
        double[] rate = points.stream().mapToDouble(p -> p[1]).toArray();
        Table.Builder corr = Table.builder("correlation", "Correlation between an LSOA's deprivation and its rate")
                .columns(Column.text("measure", "Measure"), Column.number("coefficient", "Coefficient"),
                        Column.number("lower_95", "95% interval, lower"), Column.number("upper_95", "95% interval, upper"),
                        Column.count("lsoas", "LSOAs"));
        Map<String, Object> figures = new LinkedHashMap<>();
        String depName = scoreMissing[0] ? "IMD rank (reversed, so higher = more deprived)" : "IMD score (higher = more deprived)";
        if (points.size() > 3) {
            Stats.Correlation sp = Stats.spearman(dep, rate);
            Stats.Correlation pe = Stats.pearson(dep, rate);
            corr.row("Spearman rank correlation, " + depName + " vs rate", Round.of(sp.r(), 3), Round.of(sp.lower95(), 3), Round.of(sp.upper95(), 3), (long) sp.n());
            corr.row("Pearson correlation, " + depName + " vs rate", Round.of(pe.r(), 3), Round.of(pe.lower95(), 3), Round.of(pe.upper95(), 3), (long) pe.n());
            figures.put("spearman_rho", Round.of(sp.r(), 3));
            figures.put("spearman_lower_95", Round.of(sp.lower95(), 3));
            figures.put("spearman_upper_95", Round.of(sp.upper95(), 3));
        }
        corr.note("Intervals from Fisher's z transformation (Spearman with the Fieller–Hartley–Pearson standard error √(1.06/(n−3))). "
                + "A positive coefficient means more deprived LSOAs have higher rates. Correlation across areas says nothing about individuals.");

        int most = 0, least = 0;
        for (int d = 1; d <= 10 && most == 0; d++) if (pop[d] > 0) most = d;
        for (int d = 10; d >= 1 && least == 0; d--) if (pop[d] > 0) least = d;
        if (most > 0 && least > most && n[least] > 0 && n[most] > 0) {
            double rr = ((double) n[most] / pop[most]) / ((double) n[least] / pop[least]);
            double se = Math.sqrt(1.0 / n[most] + 1.0 / n[least]);
            corr.row("Rate ratio, decile " + most + " vs decile " + least, Round.of(rr, 2),
                    Round.of(Math.exp(Math.log(rr) - 1.959963984540054 * se), 2), Round.of(Math.exp(Math.log(rr) + 1.959963984540054 * se), 2),
                    lsoas[most] + lsoas[least]);
            figures.put("rate_ratio_most_vs_least_deprived", Round.of(rr, 2));
            corr.note("The rate ratio's interval treats counts as Poisson: exp(ln RR ± 1.96 √(1/a + 1/b)).");
        }
        return new Result(id(), title(), scope, List.of(byDecile.build(), corr.build()), figures, List.of(scope.describe()));
    }
}
