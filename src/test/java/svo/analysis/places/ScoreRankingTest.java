package svo.analysis.places;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScoreRankingTest {
    @Test
    void the_five_steps_reproduce_every_rank_and_score_of_the_published_top_15() {
        var rows = SnaFixtures.read("hotspots_top15.csv");
        long[] total = rows.stream().mapToLong(r -> Long.parseLong(r.get("total"))).toArray();
        long[] population = rows.stream().mapToLong(r -> Long.parseLong(r.get("population"))).toArray();
        ScoreRanking.Ranks r = ScoreRanking.rank(total, population, 0);
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            assertThat(r.volumeRank()[i]).as("SV rank of " + row.get("area_name")).isEqualTo(Integer.parseInt(row.get("sv_rank")));
            assertThat(r.rateRank()[i]).as("rate rank of " + row.get("area_name")).isEqualTo(Integer.parseInt(row.get("per_pop_rank")));
            assertThat(r.score()[i]).as("score of " + row.get("area_name")).isEqualTo(Integer.parseInt(row.get("score")));
            assertThat(r.rank()[i]).as("rank of " + row.get("area_name")).isEqualTo(Integer.parseInt(row.get("rank")));
        }
    }

    @Test
    void ties_on_score_are_broken_by_the_better_rate_rank() {
        // A: most occurrences, lower rate; B: fewer occurrences, higher rate. Both score 3.
        ScoreRanking.Ranks r = ScoreRanking.rank(new long[] {688, 317}, new long[] {21263, 8048}, 0);
        assertThat(r.volumeRank()).containsExactly(1, 2);
        assertThat(r.rateRank()).containsExactly(2, 1);
        assertThat(r.score()).containsExactly(3, 3);
        assertThat(r.rank()).containsExactly(2, 1);
        assertThat(r.order()).containsExactly(1, 0);
    }

    @Test
    void rates_are_compared_unrounded_even_when_they_print_the_same() {
        // 14.026 and 14.025 per 1,000 both print as 14; the first ranks higher.
        ScoreRanking.Ranks r = ScoreRanking.rank(new long[] {14026, 14025}, new long[] {1_000_000, 1_000_000}, 0);
        assertThat(r.rateRank()).containsExactly(1, 2);
        // Exactly equal rates (10/1000 and 20/2000) share a rank, and the next rank is skipped.
        ScoreRanking.Ranks eq = ScoreRanking.rank(new long[] {10, 20, 5}, new long[] {1000, 2000, 1000}, 0);
        assertThat(eq.rateRank()).containsExactly(1, 1, 3);
    }

    @Test
    void equal_volumes_share_a_rank_and_the_next_rank_is_skipped() {
        ScoreRanking.Ranks r = ScoreRanking.rank(new long[] {50, 80, 50, 10}, new long[] {1000, 1000, 2000, 1000}, 0);
        assertThat(r.volumeRank()).containsExactly(2, 1, 2, 4);
    }

    @Test
    void an_area_without_population_keeps_its_volume_rank_but_is_not_scored() {
        ScoreRanking.Ranks r = ScoreRanking.rank(new long[] {100, 60, 40}, new long[] {0, 3000, 1000}, 0);
        assertThat(r.volumeRank()).containsExactly(1, 2, 3);
        assertThat(r.rateRank()).containsExactly(ScoreRanking.NONE, 2, 1);
        assertThat(r.rank()).containsExactly(ScoreRanking.NONE, 2, 1);
        assertThat(r.order()).containsExactly(2, 1, 0);
    }

    @Test
    void a_pool_ranks_rates_only_among_the_largest_areas_by_volume() {
        // The small area C has the highest rate but is outside a pool of 2.
        ScoreRanking.Ranks r = ScoreRanking.rank(new long[] {100, 80, 5}, new long[] {10000, 4000, 10}, 2);
        assertThat(r.rateRank()).containsExactly(2, 1, ScoreRanking.NONE);
        assertThat(r.rank()).containsExactly(2, 1, ScoreRanking.NONE);
        ScoreRanking.Ranks all = ScoreRanking.rank(new long[] {100, 80, 5}, new long[] {10000, 4000, 10}, 0);
        assertThat(all.rateRank()).containsExactly(3, 2, 1);
    }
}
