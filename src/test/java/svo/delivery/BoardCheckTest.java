package svo.delivery;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import svo.analysis.AnalysisCatalog;
import svo.analysis.Rounding;
import svo.delivery.board.BoardHtml;
import svo.delivery.board.BoardPdf;
import svo.ingest.delivery.Quarter;
import svo.store.Jdbc;
import svo.store.Store;
import svo.testing.PublishedTables;
import svo.testing.Records;
import svo.testing.SnaRecords;
import svo.testing.TestGeography;
import svo.testing.TestImports;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The board's check for January to March 2025 over records that add up to the SNA 2025's §3.2 tables: the 12 months
 * to March 2025 are 2024/25 and the year before 2023/24, so the check must reproduce the strategy summary's
 * "14% reduction in serious violence and 7% reduction in knife crime", and say whether each is more than chance.
 */
class BoardCheckTest {
    static Store store;
    static BoardPack pack;

    @BeforeAll
    static void check() {
        store = Store.inMemory();
        TestGeography.districts(store);
        SnaRecords.seriousViolence(new Records()).load(store);
        TestImports.load(store, "interventions", ReturnsTest.REGISTER.replace("ongoing,2025-04,", "ongoing,2024-10,"));
        Jdbc.update(store.connection(), "UPDATE batch SET loaded_at = TIMESTAMP '2024-12-01 09:00:00' WHERE dataset = 'interventions'");
        TestImports.load(store, "intervention-returns", """
                intervention,quarter,measure,value
                outreach,2025Q1,sessions_delivered,26
                outreach,2025Q1,attendance,300
                outreach,2025Q1,participants_24_and_under,80
                """);
        TestImports.load(store, "actions", """
                action,owner_organisation,objective,due_date,status
                Agree ED data sharing,Integrated Care Board,data,2025-02-28,in_progress
                Publish the dashboard,VRU,data,2025-02-28,done
                """);
        Clock clock = Clock.fixed(Instant.parse("2025-05-20T09:00:00Z"), ZoneId.of("Europe/London"));
        pack = new BoardCheck(AnalysisCatalog.standard(), AnalysisCatalog.standardDefinitions(), Strategy.derbyAndDerbyshire2026(), clock)
                .run(store, Quarter.parse("2025Q1"), "svb-2024");
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static BoardPack.IndicatorLine line(String id) {
        return java.util.stream.Stream.of(pack.headline().stream(), pack.objectives().stream().flatMap(b -> b.indicators().stream()),
                        pack.vruMeasures().stream()).flatMap(s -> s).filter(l -> l.indicator().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void reproduces_the_strategy_summarys_14_percent_fall_in_serious_violence_and_finds_it_significant() {
        BoardPack.IndicatorLine sv = line("serious-violence");
        assertThat(pack.latest().label()).isEqualTo("YE Mar 25");
        assertThat(sv.latest().numerator()).isEqualTo(2179);
        assertThat(sv.yearEarlier().numerator()).isEqualTo(2523);
        assertThat(sv.yearOnYear().change()).isEqualByComparingTo("-344");
        assertThat(sv.yearOnYear().changePercent()).isEqualByComparingTo("-13.6");
        assertThat(Rounding.changePercent(2523, 2179, 0)).isEqualByComparingTo(published("sv_change_pct", "April 2024 to March 2025"));
        assertThat(sv.yearOnYear().mark()).isEqualTo("down");
        assertThat(sv.status()).isEqualTo(BoardPack.IMPROVING);
    }

    @Test
    void the_7_percent_fall_in_knife_crime_the_strategy_quotes_is_within_chance() {
        BoardPack.IndicatorLine knife = line("knife-crime");
        assertThat(knife.latest().numerator()).isEqualTo(644);
        assertThat(knife.yearEarlier().numerator()).isEqualTo(691);
        assertThat(Rounding.changePercent(691, 644, 0)).isEqualByComparingTo(published("knife_crime_change_pct", "April 2024 to March 2025"));
        assertThat(knife.yearOnYear().mark()).isEqualTo("no significant change");
        assertThat(knife.yearOnYear().low()).isLessThan(BigDecimal.ONE);
        assertThat(knife.yearOnYear().high()).isGreaterThan(BigDecimal.ONE);
        assertThat(knife.status()).isEqualTo(BoardPack.NO_CHANGE);
        BoardPack.IndicatorLine share = line("knife-share");
        assertThat(share.shown()).isEqualByComparingTo("29.6");
        assertThat(share.yearOnYear().change()).as("percentage points, 27.4% to 29.6%").isEqualByComparingTo("2.2");
    }

    @Test
    void young_peoples_indicators_count_occurrences_with_a_victim_or_suspect_under_25() {
        var sv = PublishedTables.sna2025("sv_yearly").where("category", "Serious Violence").where("period", "2024/25");
        assertThat(line("victims-under-25").latest().numerator()).isEqualTo(sv.where("cohort", "victims_18_and_under").sum("count"));
        assertThat(line("suspects-under-25").latest().numerator()).isEqualTo(sv.where("cohort", "suspects_18_and_under").sum("count"));
    }

    @Test
    void shares_read_from_the_people_analyses_count_over_the_same_occurrences() {
        // Every §3.2 record has a suspect of its own, no qualifier and no ethnicity recorded.
        assertThat(line("repeat-suspect-share").latest()).satisfies(m -> {
            assertThat(m.numerator()).isZero();
            assertThat(m.denominator()).isEqualTo(2179);
        });
        assertThat(line("alcohol-drugs-share").latest().denominator()).isEqualTo(2179);
        assertThat(line("suspect-ethnicity-not-recorded").latest()).satisfies(m -> {
            assertThat(m.denominator()).isEqualTo(2179);
            assertThat(m.numerator()).isEqualTo(2179);
        });
    }

    @Test
    void the_vru_knife_measure_counts_under_the_home_office_definition() {
        var knife = PublishedTables.sna2025("sv_yearly").where("category", "Knife Crime").where("period", "2024/25")
                .where("cohort", "victims_18_and_under");
        long expected = knife.sum("count") - knife.where("offence_type", "Possession of weapons").sum("count")
                + 2; // SnaRecords' domestic GBH with a knife and common assault with a knife, both with a victim of 15
        assertThat(line("vru-knife-sv-under-25").latest().numerator()).isEqualTo(expected);
        assertThat(line("vru-ed-knife-under-25").status()).isEqualTo(BoardPack.NOT_AVAILABLE);
        assertThat(line("vru-ed-knife-under-25").reason()).contains("ED assault attendances are not loaded");
    }

    @Test
    void an_indicator_whose_data_are_not_loaded_says_what_is_missing() {
        BoardPack.IndicatorLine nte = line("nte-walk-away-towns");
        assertThat(nte.status()).isEqualTo(BoardPack.NOT_AVAILABLE);
        assertThat(nte.reason()).contains("Derby City Centre").contains("is loaded");
        assertThat(line("most-deprived-share").reason()).contains("no IMD deciles are loaded");
    }

    @Test
    void each_indicator_has_eight_quarter_ends_of_trend_with_the_earliest_outside_the_records_marked_missing() {
        BoardPack.IndicatorLine sv = line("serious-violence");
        assertThat(sv.trend()).hasSize(8).extracting(m -> m.span().label())
                .containsExactly("YE Jun 23", "YE Sep 23", "YE Dec 23", "YE Mar 24", "YE Jun 24", "YE Sep 24", "YE Dec 24", "YE Mar 25");
        assertThat(sv.trend().get(3).numerator()).as("YE Mar 24 is 2023/24").isEqualTo(2523);
    }

    @Test
    void the_interventions_panel_shows_delivery_against_plan_and_overdue_returns() {
        BoardPack.InterventionLine outreach = pack.interventions().stream().filter(l -> l.intervention().id().equals("outreach"))
                .findFirst().orElseThrow();
        assertThat(outreach.quarterReturn()).isEqualTo("received");
        assertThat(outreach.delivery().status()).isEqualTo(Returns.Delivery.ON_PLAN);
        BoardPack.InterventionLine mentoring = pack.interventions().stream().filter(l -> l.intervention().id().equals("mentoring"))
                .findFirst().orElseThrow();
        assertThat(mentoring.overdue()).as("it started in January 2025").extracting(Quarter::toString).containsExactly("2025Q1");
        assertThat(pack.actions()).extracting(ActionPlan.Action::overdue).containsExactly(true, false);
    }

    @Test
    void the_pdf_pack_is_a_real_pdf_with_every_section_and_the_figures() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BoardPdf.write(pack, bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes.toByteArray())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Serious Violence Board quarterly check: Jan–Mar 2025", "Serious violence, all ages", "2,179", "2,523",
                    "-344 (-13.6%)", "Knife crime, all ages", "644", "691", "no significant change", "Home Office VRU success measures",
                    "Early warning", "Interventions", "Action plan", "OVERDUE", "Town centre outreach", "on plan");
            assertThat(text).doesNotContain("SYNTHETIC");
        }
        assertThat(BoardHtml.document(pack)).contains("<svg").contains("role=\"img\"");
    }

    private static BigDecimal published(String measure, String period) {
        return PublishedTables.sna2025("strategy_key_figures").where("measure", measure).where("period", period).decimal("value");
    }
}
