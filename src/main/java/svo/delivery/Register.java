package svo.delivery;

import svo.BadInputException;
import svo.analysis.Column;
import svo.analysis.Table;
import svo.ingest.delivery.DeliveryVocabulary;
import svo.ingest.delivery.ReturnMeasure;
import svo.store.Jdbc;
import svo.store.Sql;
import svo.store.Store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The interventions register as people read it: each intervention with its evidence strand's published impact, the
 * figures the documents state about it, and what its quarterly return reports. Every read takes a {@link Viewer}: a
 * provider sees only the interventions it owns and is refused any other.
 *
 * <pre>
 * Register register = new Register();
 * List&lt;Register.Intervention&gt; all = register.list(store, Viewer.OPERATOR);
 * Table t = Register.table(all);          // ./svo interventions list
 * </pre>
 */
public final class Register {
    private static final String LIST = Sql.load(Register.class, "RegisterList");
    private static final String FIGURES = Sql.load(Register.class, "RegisterFigures");

    /** A Youth Endowment Fund Toolkit strand and what the YEF publishes about it (reference data, V041). */
    public record EvidenceStrand(String strand, String toolkitTitle, String impactRating, String headlineEffect,
                                 Double headlineEffectPct, String evidenceNote, String sourceUrl, String figureSourceUrl,
                                 LocalDate checked) {
        /** The page to cite for the figure: the page that states it, else the Toolkit page. */
        public String citation() {
            return figureSourceUrl != null ? figureSourceUrl : sourceUrl;
        }

        /** "moderate impact: an average 21% reduction in violence …", "insufficient evidence of impact", or what is missing. */
        public String summary() {
            if (headlineEffect != null && headlineEffect.startsWith("insufficient evidence")) return headlineEffect;
            String rating = impactRating == null ? "rating not found" : impactRating.equals("insufficient evidence") ? impactRating
                    : impactRating + " impact";
            return headlineEffect == null ? rating : rating + ": " + headlineEffect;
        }
    }

    /** One intervention of the register. */
    public record Intervention(String id, String name, String provider, String owner, String leadOrganisation, String funder,
                               String fundingStream, String area, List<String> districts, String tier, String tierBasis,
                               List<String> objectives, List<String> priorities, String targetGroup, String ageRange,
                               Integer ageMin, Integer ageMax, LocalDate start, String startText, LocalDate end, String endText,
                               String periodText, String status, List<EvidenceStrand> strands, String strandBasis,
                               long publishedFigures, long returnsReceived, String latestReturn, Double costGbp, String sources,
                               String notes, LocalDate registered) {
        /** True while it delivers (pilot, ongoing, reduced capacity): its quarterly returns are expected. */
        public boolean delivering() {
            return DeliveryVocabulary.DELIVERING.contains(status);
        }

        /** "2025-04 to 2026-09", "from 2025-10", or the period in words. */
        public String period() {
            if (startText != null && endText != null) return startText + " to " + endText;
            if (startText != null) return "from " + startText;
            if (endText != null) return "until " + endText;
            return periodText;
        }
    }

    /** One figure a document states about an intervention. */
    public record Figure(String interventionId, String intervention, String owner, String measure, double value,
                         String qualifier, String unit, String period, String source, String quote, String note) {
        /** What was counted, in words: "young people reached", "mental health issues" (for a percentage). */
        public String label() {
            String m = unit.equals("pct") && measure.endsWith("_pct") ? measure.substring(0, measure.length() - 4) : measure;
            return m.replace('_', ' ');
        }

        /** The figure as stated: "over 400", "approximately 16", "61%". */
        public String stated() {
            String v = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
            String n = unit.equals("pct") ? v + "%" : v;
            return switch (qualifier) {
                case "approx" -> "approximately " + n;
                case "more_than" -> "over " + n;
                case "nearly" -> "nearly " + n;
                case "at_least" -> "at least " + n;
                default -> n;
            };
        }
    }

    /** The interventions the viewer may see, in register order. */
    public List<Intervention> list(Store store, Viewer viewer) {
        Connection c = store.connection();
        Map<String, EvidenceStrand> strands = new LinkedHashMap<>();
        for (EvidenceStrand s : strands(store)) strands.put(s.strand().toLowerCase(Locale.ROOT), s);
        List<Intervention> out = new ArrayList<>();
        for (Intervention i : Jdbc.query(c, LIST, rs -> row(rs, strands))) {
            if (viewer.owns(i.owner())) out.add(i);
        }
        return out;
    }

    /**
     * One intervention by id or name. Unknown: bad input naming what exists. Not the viewer's: {@link AccessDeniedException}.
     */
    public Intervention find(Store store, Viewer viewer, String idOrName) {
        String key = idOrName == null ? "" : idOrName.strip().toLowerCase(Locale.ROOT);
        List<Intervention> all = list(store, Viewer.OPERATOR);
        for (Intervention i : all) {
            if (i.id().equals(key) || i.name().toLowerCase(Locale.ROOT).equals(key)) {
                if (!viewer.owns(i.owner())) {
                    throw new AccessDeniedException("the intervention '" + i.id() + "' is not one of "
                            + viewer.organisation() + "'s interventions");
                }
                return i;
            }
        }
        throw new BadInputException(null, 0, "intervention", idOrName, "an intervention id or name from the register",
                all.isEmpty() ? "The register is empty: import it first (./svo import --dataset interventions FILE)."
                        : "./svo interventions list shows them.");
    }

    /** Published figures about the interventions the viewer may see; {@code interventionId} null for all of them. */
    public List<Figure> figures(Store store, Viewer viewer, String interventionId) {
        List<Figure> out = new ArrayList<>();
        for (Figure f : Jdbc.query(store.connection(), FIGURES, rs -> new Figure(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getDouble(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10), rs.getString(11)))) {
            if (viewer.owns(f.owner()) && (interventionId == null || f.interventionId().equals(interventionId))) out.add(f);
        }
        return out;
    }

    /** What the intervention's quarterly return reports. */
    public List<ReturnMeasure> measures(Store store, String interventionId) {
        return Jdbc.query(store.connection(), "SELECT measure, unit, kind, required, plan_per_quarter FROM return_measure "
                        + "WHERE intervention_id = ? ORDER BY position",
                rs -> new ReturnMeasure(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), (Double) rs.getObject(5)),
                interventionId);
    }

    /** The evidence strands (reference data). */
    public List<EvidenceStrand> strands(Store store) {
        return Jdbc.query(store.connection(), "SELECT strand, toolkit_title, impact_rating, headline_effect, headline_effect_pct, "
                + "evidence_note, source_url, figure_source_url, checked FROM evidence_strand ORDER BY strand", rs -> new EvidenceStrand(
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), (Double) rs.getObject(5), rs.getString(6),
                rs.getString(7), rs.getString(8), rs.getObject(9, LocalDate.class)));
    }

    private static Intervention row(ResultSet rs, Map<String, EvidenceStrand> strands) throws SQLException {
        List<EvidenceStrand> mine = new ArrayList<>();
        String strandText = rs.getString("evidence_strand");
        if (strandText != null) {
            for (String s : strandText.split(";")) {
                EvidenceStrand e = strands.get(s.strip().toLowerCase(Locale.ROOT));
                if (e != null) mine.add(e);
            }
        }
        return new Intervention(rs.getString("intervention_id"), rs.getString("name"), rs.getString("provider"), rs.getString("owner"),
                rs.getString("lead_organisation"), rs.getString("funder"), rs.getString("funding_stream"), rs.getString("area"),
                DeliveryVocabulary.list(rs.getString("districts")).stream().map(d -> d.toUpperCase(Locale.ROOT)).toList(),
                rs.getString("tier"), rs.getString("tier_basis"), DeliveryVocabulary.list(rs.getString("objectives")),
                DeliveryVocabulary.list(rs.getString("priorities")), rs.getString("target_group"), rs.getString("age_range"),
                (Integer) rs.getObject("age_min"), (Integer) rs.getObject("age_max"), rs.getObject("period_start", LocalDate.class),
                rs.getString("period_start_text"), rs.getObject("period_end", LocalDate.class), rs.getString("period_end_text"),
                rs.getString("period_text"), rs.getString("status"), mine, rs.getString("evidence_strand_basis"),
                rs.getLong("published"), rs.getLong("returned"), rs.getString("latest"), (Double) rs.getObject("cost_gbp"),
                rs.getString("sources"), rs.getString("notes"), rs.getObject("registered", LocalDate.class));
    }

    /** The register as a table: one row per intervention (the {@code ./svo interventions list} columns). */
    public static Table table(List<Intervention> interventions) {
        Table.Builder t = Table.builder("register", "Interventions register").columns(
                Column.text("intervention_id", "Id"), Column.text("name", "Intervention"), Column.text("provider", "Provider"),
                Column.text("owner", "Owner"), Column.text("lead_organisation", "Lead"), Column.text("funder", "Funder"),
                Column.text("funding_stream", "Funding stream"), Column.text("tier", "Tier"), Column.text("tier_basis", "Tier basis"),
                Column.text("objectives", "Objectives"), Column.text("priorities", "5Cs / 4Ps"),
                Column.text("target_group", "Target group"), Column.text("age_range", "Ages"), Column.text("area", "Area"),
                Column.text("period", "Period"), Column.text("status", "Status"), Column.text("evidence_strand", "Evidence strand"),
                Column.text("evidence_strand_basis", "Strand basis"), Column.text("strand_impact", "Strand impact (YEF Toolkit)"),
                Column.text("strand_source", "Strand source"), Column.count("published_figures", "Published figures"),
                Column.count("returns_received", "Returns"), Column.text("latest_return", "Latest return"));
        for (Intervention i : interventions) {
            t.row(i.id(), i.name(), i.provider(), i.owner(), i.leadOrganisation(), i.funder(), i.fundingStream(), i.tier(),
                    i.tier() == null ? null : i.tierBasis(), i.objectives().isEmpty() ? null : String.join("; ", i.objectives()),
                    i.priorities().isEmpty() ? null : String.join("; ", i.priorities()), i.targetGroup(), i.ageRange(), i.area(),
                    i.period(), i.status(), i.strands().isEmpty() ? null : String.join("; ", i.strands().stream().map(EvidenceStrand::strand).toList()),
                    i.strands().isEmpty() ? null : i.strandBasis() == null ? "not stated" : i.strandBasis(),
                    i.strands().isEmpty() ? null : String.join("; ", i.strands().stream().map(EvidenceStrand::summary).toList()),
                    i.strands().isEmpty() ? null : String.join(" ", i.strands().stream().map(EvidenceStrand::citation).toList()),
                    i.publishedFigures(), i.returnsReceived(), i.latestReturn());
        }
        return t.note("Tier and evidence strand: 'stated' where the source says so, 'inferred' where the register's author "
                + "judged it, 'not stated' where the register does not say which.")
                .note("Strand impact: the Youth Endowment Fund Toolkit's rating and headline figure for the strand as a whole, "
                        + "not an evaluation of this intervention.").build();
    }

    /** Published figures as a table. */
    public static Table figuresTable(List<Figure> figures) {
        Table.Builder t = Table.builder("published_figures", "Figures published about the interventions").columns(
                Column.text("intervention_id", "Id"), Column.text("intervention", "Intervention"), Column.text("measure", "Measure"),
                Column.number("value", "Value"), Column.text("value_qualifier", "Qualifier"), Column.text("stated", "As stated"),
                Column.text("unit", "Unit"), Column.text("period", "Period"), Column.text("source", "Source"));
        for (Figure f : figures) {
            t.row(f.interventionId(), f.intervention(), f.measure(), f.value(), f.qualifier(), f.stated(), f.unit(), f.period(), f.source());
        }
        return t.note("As the documents state them, with their own periods; the providers' own figures, not verified against records.").build();
    }

    /** The evidence strands as a table. */
    public static Table strandsTable(List<EvidenceStrand> strands) {
        Table.Builder t = Table.builder("evidence_strands", "Evidence strands (Youth Endowment Fund Toolkit)").columns(
                Column.text("strand", "Strand"), Column.text("toolkit_title", "Toolkit title"), Column.text("impact_rating", "Impact"),
                Column.text("headline_effect", "Headline figure"), Column.text("evidence_note", "About the evidence"),
                Column.text("source", "Source"), Column.date("checked", "Checked"));
        for (EvidenceStrand s : strands) {
            t.row(s.strand(), s.toolkitTitle(), s.impactRating(), s.headlineEffect(), s.evidenceNote(), s.citation(), s.checked());
        }
        return t.note("Copied from the Youth Endowment Fund's pages on the date shown; blank where the rating or figure was not found.").build();
    }
}
