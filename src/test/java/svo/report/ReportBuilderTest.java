package svo.report;

import org.junit.jupiter.api.Test;
import svo.analysis.AnalysisCatalog;
import svo.analysis.Area;
import svo.analysis.Column;
import svo.analysis.Period;
import svo.analysis.Table;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportBuilderTest {
    static final ZonedDateTime NOW = ZonedDateTime.of(2025, 10, 21, 9, 30, 0, 0, ZoneId.of("Europe/London"));

    static Report publishedSna(Audience audience) {
        Fakes.Context ctx = new Fakes.Context(Set.of("occurrences", "persons"), false, List.of());
        ReportBuilder b = new ReportBuilder(AnalysisCatalog.of(Fakes.publishedSna()), ctx, ReportPlan.sna());
        return b.build(ReportRequest.of(Fakes.SVB_2024, Period.parse("FY2024"), audience, NOW));
    }

    private static List<String> findings(Report r) {
        return r.findings().stream().map(Finding::text).toList();
    }

    @Test
    void drafts_the_sna_headline_sentences_from_the_published_offence_type_tables() {
        Report r = publishedSna(Audience.RESTRICTED);
        assertThat(findings(r)).contains(
                "Compared with 2023/24, serious violence fell by 14% (2,523 to 2,179).",
                "Compared with 2023/24, knife crime fell by 7% (691 to 644).");
    }

    @Test
    void each_sentence_links_to_the_table_it_came_from() {
        Report r = publishedSna(Audience.RESTRICTED);
        Finding sv = r.findings().stream().filter(f -> f.text().contains("serious violence fell")).findFirst().orElseThrow();
        ShownTable t = r.tables().stream().filter(x -> x.anchor().equals(sv.tableAnchor())).findFirst().orElseThrow();
        assertThat(t.title()).isEqualTo("Serious violence by offence type");
        assertThat(sv.tableLabel()).isEqualTo(t.label());
        assertThat(sv.figures()).extracting(Figure::text).contains("2,523", "2,179");
    }

    @Test
    void key_findings_quote_the_largest_district_and_the_knife_share_rounded_to_a_whole_number() {
        Report r = publishedSna(Audience.RESTRICTED);
        assertThat(findings(r)).contains("Derby recorded the most serious violence in 2024/25 (959, 44% of the total); "
                + "all 9 districts saw a fall compared with 2023/24.");
        assertThat(findings(r)).contains("30% of serious violence involved a knife or bladed article in 2024/25.");
    }

    @Test
    void sections_follow_the_sna_order_and_a_section_without_its_analyses_says_so_in_one_line() {
        Report r = publishedSna(Audience.RESTRICTED);
        assertThat(r.sections()).extracting(Section::title).startsWith("Executive summary", "Key findings", "Definition used",
                "Headline trends", "Serious violence by district", "When serious violence happens", "Victims");
        assertThat(r.sections().get(r.sections().size() - 1).title()).isEqualTo("Appendix: methods and data");
        Section yjs = r.sections().stream().filter(s -> s.id().equals("youth-justice")).findFirst().orElseThrow();
        assertThat(yjs.parts()).hasSize(1).first().isInstanceOf(Part.Unavailable.class);
        assertThat(((Part.Unavailable) yjs.parts().get(0)).text()).contains("yjs").contains("not in the catalogue");
    }

    @Test
    void a_section_whose_data_set_is_not_loaded_names_the_data_set_in_one_line() {
        Fakes.Context ctx = new Fakes.Context(Set.of("occurrences"), false, List.of());
        Report r = new ReportBuilder(AnalysisCatalog.of(Fakes.publishedSna()), ctx, ReportPlan.sna())
                .build(ReportRequest.of(Fakes.SVB_2024, Period.parse("FY2024"), Audience.RESTRICTED, NOW));
        Section rel = r.sections().stream().filter(s -> s.id().equals("relationships")).findFirst().orElseThrow();
        assertThat(rel.parts()).hasSize(1);
        assertThat(((Part.Unavailable) rel.parts().get(0)).text()).isEqualTo("Not shown: the persons data set is not loaded.");
    }

    @Test
    void the_knife_block_is_the_offence_type_analysis_under_the_knife_definition() {
        Report r = publishedSna(Audience.RESTRICTED);
        ShownTable knife = r.tables().stream().filter(t -> t.title().equals("Knife crime by offence type")).findFirst().orElseThrow();
        assertThat(knife.scope()).startsWith("svb-knife v1.0, 2022/23 to 2024/25");
        assertThat(r.methods().definitions()).extracting(Methods.DefinitionUsed::label).containsExactly("svb-2024 v1.0", "svb-knife v1.0");
    }

    @Test
    void a_trend_table_has_a_sparkline_beside_each_row() {
        Report r = publishedSna(Audience.RESTRICTED);
        ShownTable t = r.tables().stream().filter(x -> x.title().equals("Serious violence by district")).findFirst().orElseThrow();
        assertThat(t.sparklines()).hasSize(t.rows().size()).allMatch(s -> s != null && s.startsWith("<svg"));
    }

    @Test
    void the_methods_appendix_lists_the_batches_behind_the_figures_with_their_checksums() {
        Report r = publishedSna(Audience.RESTRICTED);
        assertThat(r.methods().batches()).extracting(b -> b.dataset()).containsExactly("occurrences", "persons");
        assertThat(r.methods().batches().get(0).sha256()).hasSize(64);
        assertThat(r.methods().analyses()).extracting(Methods.AnalysisUsed::id).contains("trend.offence-type", "district", "hour-weekday");
    }

    @Test
    void a_figure_quoted_twice_with_two_values_fails_the_report_with_both_sources_named() {
        Table a = Table.builder("totals", "Serious violence").columns(Column.text("offence_type", "Offence type"),
                Column.count("y1", "2023/24"), Column.count("y2", "2024/25")).row("Total", 2523L, 2179L).build();
        Table b = Table.builder("totals", "Serious violence (second table)").columns(Column.text("offence_type", "Offence type"),
                Column.count("y1", "2023/24"), Column.count("y2", "2024/25")).row("Total", 2523L, 2180L).build();
        ReportPlan plan = new ReportPlan(List.of(
                SectionPlan.special("summary", "Executive summary", "", SectionPlan.Kind.SUMMARY),
                SectionPlan.of("one", "One", "", Block.of("one"))
                        .finding(new FindingSpec.Change("serious violence", "one", null, null, "Total", Finding.Placement.SUMMARY, false)),
                SectionPlan.of("two", "Two", "", Block.of("two"))
                        .finding(new FindingSpec.Change("serious violence", "two", null, null, "Total", Finding.Placement.SUMMARY, false))));
        Fakes.Context ctx = new Fakes.Context(Set.of("occurrences"), false, List.of());
        ReportBuilder builder = new ReportBuilder(AnalysisCatalog.of(List.of(Fakes.analysis("one", "One", a), Fakes.analysis("two", "Two", b))), ctx, plan);
        assertThatThrownBy(() -> builder.build(ReportRequest.of(Fakes.SVB_2024, Period.parse("FY2023-FY2024"), Audience.RESTRICTED, NOW)))
                .isInstanceOf(ReportCheckException.class)
                .hasMessageContaining("serious violence svb-2024 v1.0 2024/25 all areas")
                .hasMessageContaining("2,179").hasMessageContaining("2,180")
                .hasMessageContaining("Table 2.1").hasMessageContaining("Table 3.1");
    }

    @Test
    void a_district_profile_compares_the_district_with_the_partnership() {
        Fakes.Context ctx = new Fakes.Context(Set.of("occurrences", "persons"), false, List.of(Area.district("E06000015", "Derby")));
        ReportBuilder b = new ReportBuilder(AnalysisCatalog.of(Fakes.publishedSna()), ctx, ReportPlan.sna());
        Report r = b.build(ReportRequest.of(Fakes.SVB_2024, Period.parse("FY2024"), Audience.RESTRICTED, NOW)
                .withArea(Area.district("E06000015", "Derby")));
        assertThat(r.meta().title()).isEqualTo("District profile: Derby");
        Section cmp = r.sections().stream().filter(s -> s.id().equals("comparison")).findFirst().orElseThrow();
        assertThat(cmp.number()).isEqualTo("3");
        assertThat(cmp.parts()).anyMatch(p -> p instanceof Part.ChartPart c && c.chart().svg().contains("font-weight=\"bold\""));
        ShownTable t = ((Part.TablePart) cmp.parts().stream().filter(p -> p instanceof Part.TablePart).findFirst().orElseThrow()).table();
        assertThat(t.columns()).extracting(Column::label).contains("Derby 2024/25", "Partnership 2024/25", "Share of partnership");
        assertThat(t.rows()).extracting(row -> row.get(0).text()).containsExactly("Serious violence", "Knife crime");
    }

    @Test
    void maps_come_through_the_map_source_and_a_public_report_drops_their_tooltips_and_the_school_map() {
        Table ranked = Table.builder("ranking", "Top neighbourhood areas").columns(Column.text("area_name", "Area"),
                Column.count("total", "Total")).row("Rose Hill", 317L).row("Abbey", 206L).build();
        Table schools = Table.builder("by_period", "Near schools").columns(Column.text("period", "Period"), Column.count("n", "Offences"))
                .row("2024/25", 47L).build();
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>Rates</title><path d=\"M0 0\"><title>Rose Hill (3 records): 12.3</title></path></svg>";
        MapSource maps = (name, scope, audience) -> java.util.Optional.of(svg.replace("Rates", name));
        Fakes.Context ctx = new Fakes.Context(Set.of("occurrences"), false, List.of());
        ReportBuilder b = new ReportBuilder(AnalysisCatalog.of(List.of(Fakes.analysis("hotspots.ranked", "Ranked", ranked),
                Fakes.analysis("schools.proximity", "Schools", schools))), ctx, ReportPlan.sna(), maps);
        Report pub = b.build(ReportRequest.of(Fakes.SVB_2024, Period.parse("FY2024"), Audience.PUBLIC, NOW));
        assertThat(pub.charts()).extracting(Chart::title).containsExactly("Serious violence per 1,000 population, by area");
        assertThat(pub.charts().get(0).svg()).contains("<title>rates</title>").doesNotContain("3 records");
        Section near = pub.sections().stream().filter(s -> s.id().equals("schools-proximity")).findFirst().orElseThrow();
        assertThat(near.parts()).anyMatch(p -> p instanceof Part.Unavailable u && u.text().contains("restricted report only"));
        Report restricted = b.build(ReportRequest.of(Fakes.SVB_2024, Period.parse("FY2024"), Audience.RESTRICTED, NOW));
        assertThat(restricted.charts()).extracting(Chart::title).containsExactly("Serious violence per 1,000 population, by area",
                "Schools and the offences at or near them");
        assertThat(restricted.charts().get(0).svg()).contains("Rose Hill (3 records)");
    }

    @Test
    void an_analysis_that_refuses_its_input_costs_its_block_not_the_report() {
        svo.analysis.Analysis refusing = new Fakes.FakeAnalysis("hotspots.statistical", "Statistical hot spots", "beyond the SNA",
                List.of("occurrences"), s -> { throw svo.BadInputException.of("coordinates", "0,0", "points inside the area"); });
        Fakes.Context ctx = new Fakes.Context(Set.of("occurrences"), false, List.of());
        Report r = new ReportBuilder(AnalysisCatalog.of(List.of(refusing)), ctx, ReportPlan.sna())
                .build(ReportRequest.of(Fakes.SVB_2024, Period.parse("FY2024"), Audience.RESTRICTED, NOW));
        Section hot = r.sections().stream().filter(s -> s.id().equals("hotspots")).findFirst().orElseThrow();
        assertThat(hot.parts()).anyMatch(p -> p instanceof Part.Unavailable u && u.text().startsWith("Not shown: coordinates"));
    }
}
