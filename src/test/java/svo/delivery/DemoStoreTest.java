package svo.delivery;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import svo.analysis.AnalysisCatalog;
import svo.definitions.DefinitionRegistry;
import svo.delivery.board.BoardHtml;
import svo.delivery.board.BoardPdf;
import svo.ingest.Datasets;
import svo.ingest.ImportOptions;
import svo.ingest.ImportProgress;
import svo.ingest.ImportReport;
import svo.ingest.ImportRunner;
import svo.ingest.SourceFile;
import svo.ingest.delivery.Quarter;
import svo.store.Jdbc;
import svo.store.Store;
import svo.testing.PublishedTables;
import svo.testing.Records;
import svo.testing.TestGeography;
import svo.testing.TestImports;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the demo does with this part (docs/delivery.md, "For the demo"): a store marked synthetic, four years of
 * generated records, the real register and its published figures loaded through the importers with the calls the
 * demo makes, then the board's check for the latest quarter (page and PDF pack) and the early warning for its last
 * month.
 */
class DemoStoreTest {
    static Store store;
    static BoardPack pack;
    static Map<String, ImportReport> loaded = new java.util.HashMap<>();

    @BeforeAll
    static void demo() {
        store = Store.inMemory();
        Jdbc.update(store.connection(), "INSERT INTO store_setting VALUES ('synthetic', 'true')");
        TestGeography.districts(store);
        Random random = new Random(20251231L);
        Records r = new Records();
        String[] districts = {"Derby", "Chesterfield", "Erewash"};
        String[] offences = {"robbery_personal", "gbh_with_intent"};
        for (YearMonth m = YearMonth.of(2022, 1); !m.isAfter(YearMonth.of(2025, 12)); m = m.plusMonths(1)) {
            for (String district : districts) {
                for (String offence : offences) {
                    int n = 6 + random.nextInt(5);
                    YearMonth month = m;
                    r.times(n, o -> o.offence(offence).on(month.atDay(1 + random.nextInt(28))).district(district)
                            .victim(14 + random.nextInt(40)).suspect(16 + random.nextInt(30)));
                }
            }
        }
        // The rise the early warning must see: 25 more robberies in Erewash in December 2025.
        r.times(25, o -> o.offence("robbery_personal").on(LocalDate.of(2025, 12, 12)).district("Erewash").victim(17).suspect(19));
        r.load(store);

        // The demo's calls, as docs/delivery.md gives them (the register is real, so not marked synthetic).
        ImportRunner runner = TestImports.runner(store);
        Datasets datasets = Datasets.standard();
        ImportOptions options = ImportOptions.strict().withUser("demo").withSource("sna2025-interventions");
        for (String[] f : new String[][] {{"interventions", "interventions.csv"}, {"intervention-measures", "intervention_measures.csv"}}) {
            loaded.put(f[0], runner.run(datasets.get(f[0]), SourceFile.inspect(PublishedTables.FOLDER.resolve(f[1])), options, ImportProgress.NONE));
        }
        Clock clock = Clock.systemDefaultZone(); // the register entered the store today, as in the demo
        Quarter latest = BoardCheck.latestQuarter(store);
        pack = new BoardCheck(AnalysisCatalog.standard(), AnalysisCatalog.standardDefinitions(), Strategy.derbyAndDerbyshire2026(), clock)
                .run(store, latest, "svb-2024");
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void the_real_register_and_its_published_figures_load_whole_through_the_importers() {
        assertThat(loaded.get("interventions").rowsLoaded()).isEqualTo(PublishedTables.sna2025("interventions").size());
        assertThat(loaded.get("interventions").rowsRejected()).isZero();
        assertThat(loaded.get("intervention-measures").rowsLoaded()).isEqualTo(PublishedTables.sna2025("intervention_measures").size());
        assertThat(loaded.get("intervention-measures").rowsRejected()).isZero();
    }

    @Test
    void the_board_checks_the_latest_quarter_of_the_synthetic_records_and_says_they_are_synthetic() {
        assertThat(pack.quarter()).isEqualTo(Quarter.parse("2025Q4"));
        assertThat(pack.synthetic()).isTrue();
        assertThat(pack.notes().get(0)).startsWith("SYNTHETIC DATA");
        BoardPack.IndicatorLine sv = pack.headline().get(0);
        assertThat(sv.latest().numerator()).as("every generated occurrence of 2025 is serious violence under svb-2024")
                .isEqualTo(Jdbc.count(store.connection(), "SELECT count(*) FROM occurrence WHERE year(committed_from) = 2025"));
        assertThat(sv.status()).isIn(BoardPack.IMPROVING, BoardPack.WORSENING, BoardPack.NO_CHANGE);
    }

    @Test
    void every_real_intervention_is_on_the_board_and_none_is_overdue_for_quarters_before_it_entered_the_register() {
        assertThat(pack.interventions()).hasSize(PublishedTables.sna2025("interventions").size());
        assertThat(pack.interventions()).allSatisfy(i -> {
            assertThat(i.overdue()).as(i.intervention().name()).isEmpty();
            assertThat(i.quarterReturn()).as(i.intervention().name()).isEqualTo("not expected");
        });
        assertThat(pack.interventions()).filteredOn(i -> i.intervention().name().startsWith("Active Bystander Training"))
                .singleElement().satisfies(i -> assertThat(i.published()).isNotEmpty());
    }

    @Test
    void the_early_warning_flags_the_december_rise_in_erewash_robbery_on_the_board_and_on_its_own() {
        assertThat(pack.warnings()).anyMatch(s -> s.month().equals(YearMonth.of(2025, 12)) && s.districtName().equals("Erewash")
                && s.cell().offence().equals("Robbery") && s.cell().age().equals(EarlyWarning.ALL));
        EarlyWarning.Assessment a = EarlyWarning.assess(EarlyWarning.load(store,
                DefinitionRegistry.standard().resolve("svb-2024", false), YearMonth.of(2025, 12)), YearMonth.of(2025, 12), "svb-2024");
        assertThat(a.flagged()).anyMatch(s -> s.districtName().equals("Erewash") && s.cell().offence().equals("Robbery"));
    }

    @Test
    void the_pdf_pack_and_the_page_carry_the_synthetic_mark_and_the_real_interventions() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BoardPdf.write(pack, bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("SYNTHETIC DATA", "Oct–Dec 2025", "Erewash", "Active Bystander Training");
        }
        assertThat(BoardHtml.body(pack)).contains("SYNTHETIC DATA").contains("Active Bystander Training");
    }
}
