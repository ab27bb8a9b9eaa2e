package svo.report.xlsx;

import svo.analysis.AnalysisCatalog;
import svo.analysis.AnalysisContext;
import svo.analysis.Area;
import svo.analysis.Column;
import svo.analysis.Period;
import svo.analysis.Result;
import svo.analysis.Scope;
import svo.analysis.Table;
import svo.report.Audience;
import svo.report.Block;
import svo.report.Report;
import svo.report.ReportBuilder;
import svo.report.ReportPlan;
import svo.report.ReportRequest;
import svo.report.SectionPlan;
import svo.report.TestReports;

import java.util.List;
import java.util.Map;

/** A report whose one table holds text from data that a spreadsheet could take for a formula. */
public final class SpreadsheetSafetyFixture {
    public static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1+2", "-3+4", "@SUM(A1)", "Investigation complete");

    private SpreadsheetSafetyFixture() {}

    public static Report reportWithHostileText() {
        Table.Builder b = Table.builder("other_outcomes", "Other outcome types").columns(Column.text("outcome", "Outcome"),
                Column.count("count", "Occurrences"));
        long n = 100;
        for (String h : HOSTILE) b.row(h, n++);
        Table t = b.build();
        svo.analysis.Analysis a = new svo.analysis.Analysis() {
            public String id() { return "outcomes"; }
            public String title() { return "Outcomes"; }
            public String section() { return "SNA 2025 §11"; }
            public List<String> datasets() { return List.of(); }
            public Result run(svo.store.Store store, Scope scope) { return new Result("outcomes", "Outcomes", scope, List.of(t), Map.of(), List.of()); }
        };
        AnalysisContext ctx = new AnalysisContext() {
            public Result run(svo.analysis.Analysis x, Scope s) { return x.run(null, s); }
            public boolean loaded(String dataset) { return true; }
            public List<Batch> batches(java.util.Collection<String> datasets) { return List.of(); }
            public boolean synthetic() { return false; }
            public java.util.Optional<svo.definitions.Definition> definition(String name) { return java.util.Optional.empty(); }
            public List<Area> districts() { return List.of(); }
            public java.util.Optional<String> setting(String key) { return java.util.Optional.empty(); }
        };
        ReportPlan plan = new ReportPlan(List.of(SectionPlan.of("outcomes", "Outcomes", "", Block.of("outcomes"))));
        return new ReportBuilder(AnalysisCatalog.of(List.of(a)), ctx, plan)
                .build(ReportRequest.of(null, Period.parse("FY2024"), Audience.PUBLIC, TestReports.NOW));
    }
}
