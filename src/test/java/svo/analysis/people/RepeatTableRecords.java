package svo.analysis.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Expands a printed repeat-people table (SNA §4.4 victims, §4.6 suspects: one column per year and one for
 * the three years together) into people and their occurrences, so that the analysis, run on them, must
 * print every column again — including the three-year column, which is not a sum of the years.
 *
 * <p>Every occurrence gets one person (the printed tables allow it: in each year and in the window,
 * occurrences − repeat occurrences = people − repeat people). The people are:
 * <ul>
 *   <li>within-year repeaters: each year's repeat people, with two or more occurrences in that year; the first
 *       {@code topN} of them (spread over the years) are the "heavy" people whose totals add up to the printed
 *       top-N figure;</li>
 *   <li>cross-year people: one occurrence in each of two or three years — repeat people of the window but of
 *       no single year. There are window repeat people − the years' repeat people of them;</li>
 *   <li>one-timers, who fill the rest.</li>
 * </ul>
 * The window's people count fixes how many extra year-appearances there are; the cross-year people take them,
 * then (when there are more than they can take) within-year repeaters appear once more in another year.
 */
final class RepeatTableRecords {
    /** One printed column: occurrences with a known person, individual people, repeat people, their occurrences. */
    record Column(String period, long occurrences, long people, long repeat, long repeatOccurrences) {}

    private final List<Column> years;
    private final List<List<String>> occurrences = new ArrayList<>();   // per year: the person of each occurrence
    private final List<Long> slots = new ArrayList<>();                   // per year: single appearances still open
    private final Map<String, Long> totals = new HashMap<>();
    private final Map<String, Integer> homeYear = new HashMap<>();
    private final String prefix;
    private int next;

    private RepeatTableRecords(String prefix, List<Column> years) {
        this.prefix = prefix;
        this.years = years;
        for (Column y : years) {
            occurrences.add(new ArrayList<>());
            slots.add(y.people() - y.repeat());
            check(y.occurrences() - y.repeatOccurrences() == y.people() - y.repeat(), y);
        }
    }

    /** The person identifier of each occurrence, year by year, for the printed columns. */
    static List<List<String>> expand(String prefix, List<Column> years, Column window, int topN, long topSum) {
        var b = new RepeatTableRecords(prefix, years);
        b.build(window, topN, topSum);
        return b.occurrences;
    }

    private void build(Column window, int topN, long topSum) {
        int n = years.size();
        check(window.occurrences() == years.stream().mapToLong(Column::occurrences).sum(), window);
        long crossYear = window.repeat() - years.stream().mapToLong(Column::repeat).sum();
        long extra = years.stream().mapToLong(Column::people).sum() - window.people();
        check(crossYear >= 0 && extra >= crossYear, window);

        // Heavy people per year in proportion to the year's repeat people; their in-year occurrences as many as
        // the printed top-N figure allows, the other repeaters two or a few more each.
        long[] heavy = shares(topN, years.stream().mapToLong(Column::repeat).toArray());
        long[] room = new long[n];
        for (int y = 0; y < n; y++) room[y] = years.get(y).repeatOccurrences() - 2 * (years.get(y).repeat() - heavy[y]);
        long roomSum = java.util.Arrays.stream(room).sum();
        long[] heavyIn = roomSum <= topSum ? room : shares(topSum, room);
        List<String> heavies = new ArrayList<>(), others = new ArrayList<>();
        for (int y = 0; y < n; y++) {
            heavies.addAll(repeaters(y, heavy[y], heavyIn[y]));
            others.addAll(repeaters(y, years.get(y).repeat() - heavy[y], years.get(y).repeatOccurrences() - heavyIn[y]));
        }
        // What the heavy people still lack of the top-N figure they get as single occurrences in other years.
        long heavySingles = Math.max(0, topSum - java.util.Arrays.stream(heavyIn).sum());
        for (long i = 0; i < heavySingles; i++) appearElsewhere(heavies.stream().min(Comparator.comparing(totals::get)).orElseThrow());
        extra -= heavySingles;
        List<String> cross = new ArrayList<>();
        for (long i = 0; i < crossYear; i++) {
            String p = newPerson();
            cross.add(p);
            homeYear.put(p, -1);
            appearElsewhere(p);
            appearElsewhere(p);
        }
        extra -= crossYear;
        for (int round = 0; extra > 0 && round < n - 2; round++) {
            for (String p : cross) if (extra > 0) { appearElsewhere(p); extra--; }
        }
        for (int i = 0; extra > 0; i++, extra--) appearElsewhere(others.get(i % others.size()));
        for (int y = 0; y < n; y++) while (slots.get(y) > 0) single(newPerson(), y);
        long minHeavy = heavies.stream().mapToLong(totals::get).min().orElse(0);
        long maxOther = totals.entrySet().stream().filter(e -> !heavies.contains(e.getKey())).mapToLong(Map.Entry::getValue).max().orElse(0);
        check(heavies.stream().mapToLong(totals::get).sum() == topSum && minHeavy >= maxOther, window);
    }

    /** {@code count} repeat people of year {@code y} sharing {@code total} occurrences (two or more each). */
    private List<String> repeaters(int y, long count, long total) {
        List<String> out = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            String p = newPerson();
            long k = total / count + (i < total % count ? 1 : 0);
            check(k >= 2, years.get(y));
            for (long j = 0; j < k; j++) occurrences.get(y).add(p);
            totals.merge(p, k, Long::sum);
            homeYear.put(p, y);
            out.add(p);
        }
        return out;
    }

    /** One occurrence of {@code p} in the year with the most open single appearances it is not yet in. */
    private void appearElsewhere(String p) {
        int best = -1;
        for (int y = 0; y < years.size(); y++) {
            if (homeYear.get(p) == y || occurrences.get(y).contains(p)) continue;
            if (best < 0 || slots.get(y) > slots.get(best)) best = y;
        }
        check(best >= 0, years.get(0));
        single(p, best);
    }

    private void single(String p, int y) {
        check(slots.get(y) > 0, years.get(y));
        slots.set(y, slots.get(y) - 1);
        occurrences.get(y).add(p);
        totals.merge(p, 1L, Long::sum);
    }

    private String newPerson() {
        return prefix + "-" + (++next);
    }

    /** {@code total} split over the weights, largest remainders first. */
    private static long[] shares(long total, long[] weights) {
        long sum = java.util.Arrays.stream(weights).sum();
        long[] out = new long[weights.length];
        double[] rest = new double[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = (double) total * weights[i] / sum;
            out[i] = (long) Math.floor(exact);
            rest[i] = exact - out[i];
            given += out[i];
        }
        while (given < total) {
            int best = 0;
            for (int i = 1; i < rest.length; i++) if (rest[i] > rest[best]) best = i;
            out[best]++;
            rest[best] = -1;
            given++;
        }
        return out;
    }

    /** A day inside the financial year printed "2022/23": 1 October. */
    static java.time.LocalDate dayIn(String financialYear) {
        return java.time.LocalDate.of(Integer.parseInt(financialYear.substring(0, 4)), 10, 1);
    }

    private static void check(boolean ok, Column c) {
        if (!ok) throw new IllegalStateException("the printed repeat table cannot be expanded into people at " + c);
    }
}
