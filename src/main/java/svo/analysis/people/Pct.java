package svo.analysis.people;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percentages as the product prints them: half-up to one decimal place, computed exactly from the counts. */
final class Pct {
    private Pct() {}

    /** {@code 100 × part / whole} to one decimal, or null when there is nothing to take a share of. */
    static BigDecimal of(long part, long whole) {
        if (whole == 0) return null;
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
