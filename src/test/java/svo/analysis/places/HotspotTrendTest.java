package svo.analysis.places;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static svo.analysis.places.HotspotTrend.Kind.*;

class HotspotTrendTest {
    @Test
    void each_run_of_periods_falls_in_exactly_one_class() {
        assertThat(HotspotTrend.classify(new int[] {2, 3, 2}, 2)).isEqualTo(PERSISTENT);
        assertThat(HotspotTrend.classify(new int[] {0, 2, 3}, 2)).isEqualTo(EMERGING);
        assertThat(HotspotTrend.classify(new int[] {0, 0, 2}, 2)).isEqualTo(EMERGING);
        assertThat(HotspotTrend.classify(new int[] {2, 0, 2}, 2)).isEqualTo(INTERMITTENT);
        assertThat(HotspotTrend.classify(new int[] {3, 1, 1, 3}, 2)).isEqualTo(INTERMITTENT);
        assertThat(HotspotTrend.classify(new int[] {3, 0}, 2)).isEqualTo(FORMER);
        assertThat(HotspotTrend.classify(new int[] {0, 3, 0}, 2)).isEqualTo(FORMER);
        assertThat(HotspotTrend.classify(new int[] {1, 1, -3}, 2)).isEqualTo(NEVER);
    }

    @Test
    void the_confidence_level_decides_what_counts_as_hot() {
        assertThat(HotspotTrend.classify(new int[] {1, 1}, 1)).isEqualTo(PERSISTENT);
        assertThat(HotspotTrend.classify(new int[] {1, 1}, 3)).isEqualTo(NEVER);
    }
}
