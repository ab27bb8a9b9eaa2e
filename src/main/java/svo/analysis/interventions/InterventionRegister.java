package svo.analysis.interventions;

import svo.analysis.Analysis;
import svo.analysis.Column;
import svo.analysis.Period;
import svo.analysis.Result;
import svo.analysis.Scope;
import svo.analysis.Table;
import svo.store.Jdbc;
import svo.store.Sql;
import svo.store.Store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The report's interventions section (SNA 2025 §21): the register with each approach's published evidence, and every
 * figure the documents state about what an intervention delivered, as stated and with its source. Published figures
 * are the providers' own and public: they are shown as numbers, not counts of records, so disclosure control leaves
 * them as printed.
 */
public final class InterventionRegister implements Analysis {
    private static final String REGISTER = Sql.load(InterventionRegister.class);
    private static final String FIGURES = Sql.load(InterventionRegister.class, "InterventionFigures");

    @Override public String id() { return "interventions"; }
    @Override public String title() { return "Interventions"; }
    @Override public String section() { return "SNA 2025 §21"; }
    @Override public List<String> datasets() { return List.of("interventions", "intervention-measures"); }
    @Override public String defaultDefinition() { return null; }
    @Override public Period defaultPeriod(LocalDate today) { return Period.parse("CY" + today.getYear()); }

    @Override
    public Result run(Store store, Scope scope) {
        Table.Builder register = Table.builder("register", "Interventions").columns(Column.text("intervention", "Intervention"),
                Column.text("provider", "Provider"), Column.text("lead_organisation", "Lead"), Column.text("funding_stream", "Funding"),
                Column.text("tier", "Tier"), Column.text("tier_basis", "Tier basis"), Column.text("target_group", "For whom"),
                Column.text("age_range", "Ages"), Column.text("area", "Area"), Column.text("period", "Period"),
                Column.text("status", "Status"), Column.text("evidence", "Evidence for the approach (YEF Toolkit)"),
                Column.number("published_figures", "Published figures"), Column.number("quarters_returned", "Quarterly returns"),
                Column.text("latest_return", "Latest return"));
        Jdbc.query(store.connection(), REGISTER, rs -> {
            register.row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getString(5) == null ? null : rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                    rs.getString(11), rs.getString(12), rs.getLong(13), rs.getLong(14), rs.getString(15));
            return null;
        });
        register.note("The register as it stands. Tier: 'inferred' where the register's author judged it from the description. "
                + "Evidence: the Youth Endowment Fund Toolkit's rating of the approach, not an evaluation of the intervention.");
        Table.Builder figures = Table.builder("published_figures", "What the interventions delivered, as published").columns(
                Column.text("intervention", "Intervention"), Column.text("figure", "Figure"), Column.text("measure", "Measure"),
                Column.number("value", "Value"), Column.text("period", "Period"), Column.text("source", "Source"));
        int[] n = {0};
        Jdbc.query(store.connection(), FIGURES, rs -> {
            String unit = rs.getString(3);
            String measure = rs.getString(2);
            if (unit.equals("pct") && measure.endsWith("_pct")) measure = measure.substring(0, measure.length() - 4);
            BigDecimal value = BigDecimal.valueOf(rs.getDouble(4)).stripTrailingZeros();
            figures.row(rs.getString(1), stated(value, unit, rs.getString(5)), measure.replace('_', ' '), value, rs.getString(6), rs.getString(7));
            n[0]++;
            return null;
        });
        figures.note("As the documents state them, each with its own period and source: the providers' figures, not computed from "
                + "records. Where two documents give different figures for the same thing, both are shown.");
        return new Result(id(), title(), scope, List.of(register.build(), figures.build()), Map.of("published_figures", (long) n[0]),
                List.of("The interventions register and the figures published about it (documents: the interventions report "
                        + "2024-2026, the PA report May 2026, SNA 2025 §21)."));
    }

    private static String stated(BigDecimal v, String unit, String qualifier) {
        String n = unit.equals("pct") ? v.toPlainString() + "%" : v.toPlainString();
        return switch (qualifier) {
            case "approx" -> "approximately " + n;
            case "more_than" -> "over " + n;
            case "nearly" -> "nearly " + n;
            case "at_least" -> "at least " + n;
            default -> n;
        };
    }
}
