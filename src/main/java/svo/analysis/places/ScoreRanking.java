package svo.analysis.places;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The SNA's five-step hotspot ranking (SNA 2025 §5) over any set of areas:
 * <ol>
 *   <li>rank by volume (most occurrences = 1);</li>
 *   <li>rate per 1,000 population;</li>
 *   <li>rank by rate (highest = 1), compared exactly on the unrounded rate;</li>
 *   <li>score = volume rank + rate rank;</li>
 *   <li>rank by score (lowest = 1), ties broken by the better rate rank, then the better volume rank.</li>
 * </ol>
 * Equal values share a rank and the next rank is skipped ("1, 2, 2, 4"), as a spreadsheet's RANK does.
 * Two areas that are equal on score, rate rank and volume rank share their final rank too.
 * Areas without a population (0 or unknown) have no rate: they keep their volume rank but get no rate
 * rank, score or final rank. With a pool of N, rates are ranked only among the N largest by volume
 * (areas tied with the N-th are kept in the pool), as a top-N table computed within itself would be.
 *
 * <pre>
 * ScoreRanking.Ranks r = ScoreRanking.rank(new long[] {317, 688}, new long[] {8048, 21263}, 0);
 * r.rank()[0];   // 1: Rose Hill scores 2 + 1 = 3, Derby City 1 + 2 = 3, and Rose Hill has the better rate rank
 * </pre>
 */
public final class ScoreRanking {
    /** Marks "no rank" in the int arrays of {@link Ranks}. */
    public static final int NONE = 0;

    private ScoreRanking() {}

    /**
     * Ranks of each area, indexed like the input. {@code order} lists area indices in display order: ranked
     * areas by final rank, then unranked ones by volume.
     */
    public record Ranks(int[] volumeRank, int[] rateRank, int[] score, int[] rank, int[] order) {}

    /**
     * @param volume     occurrences per area
     * @param population population per area (0 or negative = unknown)
     * @param pool       0 to rank rates among all areas; N to rank them only among the N largest by volume
     */
    public static Ranks rank(long[] volume, long[] population, int pool) {
        int n = volume.length;
        if (population.length != n) throw new IllegalArgumentException("volume and population differ in length");
        Integer[] all = java.util.stream.IntStream.range(0, n).boxed().toArray(Integer[]::new);
        int[] volumeRank = competitionRanks(all, (a, b) -> Long.compare(volume[b], volume[a]), n);
        boolean[] inPool = new boolean[n];
        for (int i = 0; i < n; i++) {
            inPool[i] = population[i] > 0 && (pool <= 0 || volumeRank[i] <= pool);
        }
        Integer[] pooled = java.util.stream.IntStream.range(0, n).filter(i -> inPool[i]).boxed().toArray(Integer[]::new);
        int[] rateRank = competitionRanks(pooled, (a, b) -> compareRates(volume[b], population[b], volume[a], population[a]), n);
        int[] score = new int[n];
        for (int i = 0; i < n; i++) score[i] = inPool[i] ? volumeRank[i] + rateRank[i] : NONE;

        Comparator<Integer> byScore = Comparator.<Integer>comparingInt(i -> score[i])
                .thenComparingInt(i -> rateRank[i])
                .thenComparingInt(i -> volumeRank[i]);
        Integer[] ranked = java.util.stream.IntStream.range(0, n).filter(i -> inPool[i]).boxed().toArray(Integer[]::new);
        Arrays.sort(ranked, byScore);
        int[] rank = new int[n];
        for (int k = 0; k < ranked.length; k++) {
            int i = ranked[k];
            boolean tiedWithPrevious = k > 0 && byScore.compare(ranked[k - 1], i) == 0;
            rank[i] = tiedWithPrevious ? rank[ranked[k - 1]] : k + 1;
        }
        Integer[] rest = java.util.stream.IntStream.range(0, n).filter(i -> !inPool[i]).boxed().toArray(Integer[]::new);
        Arrays.sort(rest, Comparator.comparingInt(i -> volumeRank[i]));
        int[] order = new int[n];
        int k = 0;
        for (int i : ranked) order[k++] = i;
        for (int i : rest) order[k++] = i;
        return new Ranks(volumeRank, rateRank, score, rank, order);
    }

    /** Ranks 1.. of {@code items} in comparator order; items that compare equal share the lower rank. */
    private static int[] competitionRanks(Integer[] items, Comparator<Integer> better, int n) {
        Integer[] sorted = items.clone();
        Arrays.sort(sorted, better);
        int[] rank = new int[n];
        for (int k = 0; k < sorted.length; k++) {
            boolean tied = k > 0 && better.compare(sorted[k - 1], sorted[k]) == 0;
            rank[sorted[k]] = tied ? rank[sorted[k - 1]] : k + 1;
        }
        return rank;
    }

    /** Compares a/pa with b/pb exactly (no rounding): cross-multiplied in 128 bits' worth of care. */
    static int compareRates(long a, long pa, long b, long pb) {
        return Math.multiplyHigh(a, pb) != Math.multiplyHigh(b, pa)
                ? Long.compare(Math.multiplyHigh(a, pb), Math.multiplyHigh(b, pa))
                : Long.compareUnsigned(a * pb, b * pa);
    }

    /** The rate per 1,000 as a double (for printing; ranking never uses it). */
    public static double per1000(long count, long population) {
        return population > 0 ? count * 1000.0 / population : Double.NaN;
    }
}
