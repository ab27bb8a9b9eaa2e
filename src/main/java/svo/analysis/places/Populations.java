package svo.analysis.places;

import svo.analysis.Period;
import svo.store.Sql;

import java.time.LocalDate;
import java.util.List;

/**
 * Which population a rate uses: that of the same area and of the year the span describes, taken as the
 * calendar year holding the middle of the span (FY2024 → 2024, YE Dec 25 → 2025, June 2024–May 2025 → 2024).
 * When that year is not loaded, the latest earlier year is used, else the earliest later one, and the
 * year actually used is printed with the rate.
 */
final class Populations {
    private Populations() {}

    /** The year a span describes. */
    static int yearOf(Period.Span span) {
        LocalDate mid = span.start().plusDays(span.days() / 2);
        return mid.getYear();
    }

    /** The {@code {{population}}} fragment (columns area_code, year, population) for the span. */
    static PlacesQuery with(PlacesQuery q, Period.Span span) {
        int year = yearOf(span);
        return q.with("population", Sql.load(Populations.class, "population"), List.of(year, year));
    }
}
