package svo.report;

import svo.analysis.Period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The years a report shows. Asked for one year (FY2024), a report shows it with the years before it, as the SNA
 * does (2022/23 to 2024/25), so that every change has a year to be measured against; asked for several, it shows
 * those. A date range that is not a whole year stands alone.
 */
final class TrendWindow {
    private TrendWindow() {}

    /** The report period widened to {@code years} years when it is one whole financial, calendar or rolling year. */
    static Period of(Period period, int years) {
        if (period.spans().size() > 1 || years <= 1) return period;
        Period.Span s = period.latest();
        LocalDate start = s.start(), end = s.endExclusive();
        if (!end.equals(start.plusYears(1)) || start.getDayOfMonth() != 1) return period;
        List<Period.Span> spans = new ArrayList<>();
        String text;
        if (start.getMonthValue() == 4 && s.label().contains("/")) {
            for (int y = start.getYear() - years + 1; y <= start.getYear(); y++) spans.add(Period.financialYear(y));
            text = "FY" + (start.getYear() - years + 1) + "-FY" + start.getYear();
        } else if (start.getMonthValue() == 1 && s.label().matches("\\d{4}")) {
            for (int y = start.getYear() - years + 1; y <= start.getYear(); y++) spans.add(Period.calendarYear(y));
            text = "CY" + (start.getYear() - years + 1) + "-CY" + start.getYear();
        } else {
            YearMonth last = YearMonth.from(end.minusDays(1));
            for (int k = years - 1; k >= 0; k--) spans.add(Period.yearEnding(last.minusYears(k)));
            text = "YE" + last.minusYears(years - 1) + "-YE" + last;
        }
        return new Period(text, spans);
    }

    /** The same number of years, ending with the last December inside the period (Home Office tables). */
    static Period yearsEndingDecember(Period window) {
        LocalDate lastDay = window.endExclusive().minusDays(1);
        YearMonth dec = lastDay.getMonthValue() == 12 ? YearMonth.of(lastDay.getYear(), 12) : YearMonth.of(lastDay.getYear() - 1, 12);
        int n = window.spans().size();
        List<Period.Span> spans = new ArrayList<>();
        for (int k = n - 1; k >= 0; k--) spans.add(Period.yearEnding(dec.minusYears(k)));
        return new Period("YE" + dec.minusYears(n - 1) + "-YE" + dec, spans);
    }
}
