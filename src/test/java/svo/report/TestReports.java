package svo.report;

import svo.analysis.AnalysisCatalog;
import svo.analysis.Area;
import svo.analysis.Period;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

/** Reports built from the SNA 2025's published tables, for the tests of each renderer. */
public final class TestReports {
    public static final ZonedDateTime NOW = ZonedDateTime.of(2025, 10, 21, 9, 30, 0, 0, ZoneId.of("Europe/London"));

    private TestReports() {}

    /** The SNA report over the published tables, for the given audience. */
    public static Report publishedSna(Audience audience) {
        return builder(false).build(ReportRequest.of(Fakes.SVB_2024, Period.parse("FY2024"), audience, NOW)
                .withCommandLine("./svo report sna --period FY2024 --definition svb-2024 --audience " + audience.label() + " --out out", "svo 0.1.0"));
    }

    /** The same, marked synthetic. */
    public static Report syntheticSna(Audience audience) {
        return builder(true).build(ReportRequest.of(Fakes.SVB_2024, Period.parse("FY2024"), audience, NOW));
    }

    /** A district profile over the published tables. */
    public static Report derbyProfile(Audience audience) {
        return builder(false).build(ReportRequest.of(Fakes.SVB_2024, Period.parse("FY2024"), audience, NOW)
                .withArea(Area.district("E06000015", "Derby")));
    }

    private static ReportBuilder builder(boolean synthetic) {
        Fakes.Context ctx = new Fakes.Context(Set.of("occurrences", "persons"), synthetic, List.of(Area.district("E06000015", "Derby")));
        return new ReportBuilder(AnalysisCatalog.of(Fakes.publishedSna()), ctx, ReportPlan.sna());
    }
}
