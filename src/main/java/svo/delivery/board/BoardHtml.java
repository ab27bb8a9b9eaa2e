package svo.delivery.board;

import svo.delivery.ActionPlan;
import svo.delivery.BoardPack;
import svo.delivery.EarlyWarning;
import svo.delivery.Indicator;
import svo.delivery.Register;
import svo.delivery.Returns;
import svo.analysis.Rounding;
import svo.ingest.delivery.Quarter;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The board's quarterly check as HTML: {@link #body} for the web page (inside the application's layout) and
 * {@link #document} for the PDF pack (a complete XHTML page with print CSS, A4 landscape). Every value is escaped.
 */
public final class BoardHtml {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private BoardHtml() {}

    /** A complete XHTML document for the PDF. */
    public static String document(BoardPack p) {
        return "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\"><head><meta charset=\"UTF-8\"/>"
                + "<title>" + escape(title(p)) + "</title><style>" + CSS + "</style></head><body>" + body(p) + "</body></html>";
    }

    /** "Quarterly check: Oct–Dec 2025". */
    public static String title(BoardPack p) {
        return "Serious Violence Board quarterly check: " + p.quarter().label();
    }

    /** The check's content, for a page of the web application or the PDF. */
    public static String body(BoardPack p) {
        StringBuilder h = new StringBuilder();
        h.append("<div class=\"board\">");
        if (p.synthetic()) h.append("<p class=\"synthetic\">SYNTHETIC DATA: generated demo records, not real people or crimes.</p>");
        h.append("<h1>").append(escape(title(p))).append("</h1>");
        h.append("<p class=\"meta\">").append(escape(p.strategyTitle())).append(". Quarter ").append(escape(p.quarter().toString()))
                .append(" (").append(escape(p.quarter().start().format(DAY))).append(" to ").append(escape(p.quarter().end().format(DAY)))
                .append("). Definition ").append(escape(p.definitionLabel())).append(". Records from ")
                .append(escape(String.valueOf(p.recordsFrom()))).append(" to ").append(escape(String.valueOf(p.recordsTo())))
                .append(". Produced ").append(escape(p.generatedOn().format(DAY))).append(".</p>");
        summary(h, p);
        h.append("<div class=\"block\"><h2>Serious violence overall</h2>");
        h.append("<p class=\"note\">Each figure counts the 12 months to the end of the quarter (").append(escape(p.latest().label()))
                .append(") and compares them with the same 12 months a year earlier (").append(escape(p.yearEarlier().label()))
                .append("). The line shows the same 12-month figure at each of the last eight quarter-ends. Baseline: ")
                .append(escape(p.baselineNote())).append("</p>");
        indicators(h, p, p.headline());
        h.append("</div>");
        h.append("<h2>1. Strategy objectives</h2>");
        for (BoardPack.ObjectiveBlock b : p.objectives()) {
            h.append("<div class=\"block\"><h3>").append(b.objective().number()).append(". ").append(escape(b.objective().title())).append("</h3>");
            h.append("<p class=\"tags\">").append(escape(String.join(" · ", b.objective().priorities()))).append("</p>");
            indicators(h, p, b.indicators());
            h.append("</div>");
        }
        h.append("<div class=\"block\"><h2>2. Home Office VRU success measures</h2>");
        indicators(h, p, p.vruMeasures());
        h.append("</div>");
        h.append("<h2>3. Early warning</h2>");
        warnings(h, p);
        h.append("<h2>4. Interventions</h2>");
        interventions(h, p);
        h.append("<h2>5. Action plan</h2>");
        actions(h, p);
        h.append("<h2>Notes</h2><ul class=\"notes\">");
        for (String n : p.notes()) h.append("<li>").append(escape(n)).append("</li>");
        h.append("<li>Shares are tested the same way, with the number counted over the number it is a share of as the exposure. ")
                .append("Values are computed from the records in the store; nothing on this page is typed in.</li></ul>");
        return h.append("</div>").toString();
    }

    private static void summary(StringBuilder h, BoardPack p) {
        int improving = 0, worsening = 0, flat = 0, missing = 0;
        List<BoardPack.IndicatorLine> all = new ArrayList<>(p.headline());
        for (BoardPack.ObjectiveBlock b : p.objectives()) all.addAll(b.indicators());
        all.addAll(p.vruMeasures());
        for (BoardPack.IndicatorLine l : all) {
            switch (l.status()) {
                case BoardPack.IMPROVING -> improving++;
                case BoardPack.WORSENING -> worsening++;
                case BoardPack.NO_CHANGE -> flat++;
                default -> missing++;
            }
        }
        long overdueReturns = p.interventions().stream().mapToLong(i -> i.overdue().size()).sum();
        long overdueActions = p.actions().stream().filter(ActionPlan.Action::overdue).count();
        h.append("<table class=\"summary\"><tr>")
                .append(cell("Improving", improving, "good")).append(cell("Worsening", worsening, worsening > 0 ? "bad" : ""))
                .append(cell("No significant change", flat, "")).append(cell("Not available", missing, ""))
                .append(cell("Early-warning flags", p.warnings().size(), p.warnings().isEmpty() ? "" : "bad"))
                .append(cell("Returns overdue", overdueReturns, overdueReturns > 0 ? "bad" : ""))
                .append(cell("Actions overdue", overdueActions, overdueActions > 0 ? "bad" : ""))
                .append("</tr></table>");
    }

    private static String cell(String label, long n, String cls) {
        return "<td class=\"" + cls + "\"><span class=\"big\">" + n + "</span><br/>" + escape(label) + "</td>";
    }

    private static void indicators(StringBuilder h, BoardPack p, List<BoardPack.IndicatorLine> lines) {
        h.append("<table class=\"indicators\"><thead><tr><th class=\"name\">Indicator</th><th>").append(escape(p.latest().label()))
                .append("</th><th>").append(escape(p.yearEarlier().label())).append("</th><th>Change</th><th>Trend</th><th>Baseline ")
                .append(escape(p.baseline().label())).append("</th><th>Status</th></tr></thead><tbody>");
        for (BoardPack.IndicatorLine l : lines) {
            Indicator ind = l.indicator();
            String unit = ind.kind() == Indicator.Kind.SHARE ? "%" : "";
            h.append("<tr><td class=\"name\">").append(escape(ind.title())).append("<br/><span class=\"small\">")
                    .append(escape(ind.note())).append(" ").append(escape(ind.good().wording())).append(".</span></td>");
            h.append("<td class=\"num\">").append(value(ind, l.latest(), unit)).append("</td>");
            h.append("<td class=\"num\">").append(value(ind, l.yearEarlier(), unit)).append("</td>");
            h.append("<td class=\"num\">");
            if (l.yearOnYear() != null) {
                h.append(escape(l.yearOnYear().text())).append("<br/><span class=\"small\">").append(escape(l.yearOnYear().mark())).append("</span>");
            }
            h.append("</td><td class=\"trend\">");
            List<Double> points = new ArrayList<>();
            for (Indicator.Measure m : l.trend()) points.add(m.value());
            h.append(Sparkline.svg(points, ind.title() + ": " + sparkLabel(l)));
            h.append("</td><td class=\"num\">").append(value(ind, l.baseline(), unit));
            if (l.sinceBaseline() != null) {
                h.append("<br/><span class=\"small\">now ").append(escape(l.sinceBaseline().text())).append("</span>");
            }
            h.append("</td><td class=\"status ").append(l.status().replace(' ', '-')).append("\">").append(escape(l.status()));
            if (l.reason() != null) h.append("<br/><span class=\"small\">").append(escape(l.reason())).append("</span>");
            h.append("</td></tr>");
        }
        h.append("</tbody></table>");
    }

    private static String sparkLabel(BoardPack.IndicatorLine l) {
        List<String> parts = new ArrayList<>();
        for (Indicator.Measure m : l.trend()) {
            BigDecimal v = shown(l.indicator(), m);
            parts.add(m.span().label() + " " + (v == null ? "n/a" : v.toPlainString()));
        }
        return String.join(", ", parts);
    }

    private static String value(Indicator ind, Indicator.Measure m, String unit) {
        BigDecimal v = shown(ind, m);
        if (v == null) return "<span class=\"na\">n/a</span>";
        String text = ind.kind() == Indicator.Kind.COUNT ? String.format(Locale.UK, "%,d", v.longValue()) : v.toPlainString() + unit;
        if (ind.kind() == Indicator.Kind.SHARE) {
            text += "<br/><span class=\"small\">" + String.format(Locale.UK, "%,d of %,d", m.numerator(), m.denominator()) + "</span>";
        }
        return text;
    }

    private static BigDecimal shown(Indicator ind, Indicator.Measure m) {
        if (m == null || !m.available()) return null;
        if (ind.kind() == Indicator.Kind.COUNT) return BigDecimal.valueOf(m.numerator());
        return m.denominator() == null || m.denominator() == 0 ? null : Rounding.percent(m.numerator(), m.denominator());
    }

    private static void warnings(StringBuilder h, BoardPack p) {
        h.append("<p class=\"note\">Every district × offence type × age group of the youngest victim (and their totals) is checked "
                + "each month against its expected count: its level over the previous 12 months, adjusted for the season from the "
                + "three years before. A cell is flagged above its upper limit, or when the last three months together are "
                + "significantly up and each is above expectation. Limits allow for the number of cells checked, so in a month "
                + "where nothing has changed there is a 1 in 20 chance of any flag at all.</p>");
        if (p.warnings().isEmpty()) {
            h.append("<p><strong>No cell is flagged in ").append(escape(p.quarter().label())).append(".</strong></p>");
        } else {
            h.append("<table class=\"warnings\"><thead><tr><th>Month</th><th>District</th><th>Offence type</th><th>Youngest victim</th>"
                    + "<th>Observed</th><th>Expected</th><th>Upper limit</th><th>Rise</th><th>Times expected (95% CI)</th><th>Flag</th>"
                    + "</tr></thead><tbody>");
            for (EarlyWarning.Signal s : p.warnings()) {
                h.append("<tr><td>").append(escape(s.month().toString())).append("</td><td>").append(escape(s.districtName()))
                        .append("</td><td>").append(escape(s.cell().offence().equals(EarlyWarning.ALL) ? "All serious violence" : s.cell().offence()))
                        .append("</td><td>").append(escape(s.cell().age().equals(EarlyWarning.ALL) ? "All ages" : s.cell().age()))
                        .append("</td><td class=\"num\">").append(s.observed()).append("</td><td class=\"num\">")
                        .append(Rounding.decimals(s.expected(), 1)).append("</td><td class=\"num\">").append(s.upperLimit())
                        .append("</td><td class=\"num\">+").append(Rounding.decimals(s.excess(), 1)).append("</td><td class=\"num\">")
                        .append(ratio(s.ratio())).append(" (").append(ratio(s.ratioLow())).append(" to ").append(ratio(s.ratioHigh()))
                        .append(")</td><td>").append(escape(s.flag())).append("</td></tr>");
            }
            h.append("</tbody></table>");
        }
        h.append("<ul class=\"small\">");
        for (String n : p.warningNotes()) h.append("<li>").append(escape(n)).append("</li>");
        h.append("</ul>");
    }

    private static String ratio(double r) {
        return Double.isFinite(r) ? Rounding.decimals(r, 2).toPlainString() : "no baseline";
    }

    private static void interventions(StringBuilder h, BoardPack p) {
        if (p.interventions().isEmpty()) {
            h.append("<p>The interventions register is empty (./svo import --dataset interventions FILE).</p>");
            return;
        }
        java.time.LocalDate registered = p.interventions().stream().map(l -> l.intervention().registered())
                .min(java.util.Comparator.naturalOrder()).orElse(null);
        h.append("<p class=\"note\">Returns are due one month after each quarter, from the quarter an intervention starts or enters "
                + "the register (this register from ").append(escape(String.valueOf(registered))).append("). Delivery against plan "
                + "compares the quarter's return with the planned value of each measure that has one (on plan: at least 90% of it). "
                + "Published: what the documents say the intervention delivered, with their own periods; the providers' figures, not "
                + "checked against records. Evidence: the Youth Endowment Fund Toolkit's rating of the approach the intervention "
                + "belongs to, not an evaluation of the intervention itself.</p>");
        h.append("<table class=\"interventions\"><thead><tr><th class=\"iname\">Intervention</th><th>Owner</th><th>Tier</th><th>Status</th>"
                + "<th>Return for ").append(escape(p.quarter().toString())).append("</th><th>Overdue returns</th><th>Against plan</th>"
                + "<th class=\"published\">Published figures</th><th class=\"published\">Evidence (YEF Toolkit)</th></tr></thead><tbody>");
        for (BoardPack.InterventionLine l : p.interventions()) {
            Register.Intervention i = l.intervention();
            h.append("<tr><td class=\"iname\">").append(escape(i.name())).append("</td><td>").append(escape(i.owner())).append("</td><td>")
                    .append(escape(i.tier() == null ? "" : i.tier())).append("</td><td>").append(escape(i.status().replace('_', ' ')))
                    .append("</td><td class=\"").append(l.quarterReturn().equals("overdue") ? "bad" : "").append("\">")
                    .append(escape(l.quarterReturn())).append("</td><td>")
                    .append(escape(l.overdue().isEmpty() ? "none" : String.join(", ", l.overdue().stream().map(Quarter::toString).toList())))
                    .append("</td><td>").append(escape(delivery(l.delivery()))).append("</td><td class=\"small\">")
                    .append(escape(published(l.published()))).append("</td><td class=\"small\">")
                    .append(escape(i.strands().isEmpty() ? "no strand recorded"
                            : String.join("; ", i.strands().stream().map(s -> s.strand() + ": " + s.summary()).toList())))
                    .append("</td></tr>");
        }
        h.append("</tbody></table>");
    }

    /** The first three published figures, "2991 young people reached (to the end of 2025)", and how many more. */
    private static String published(List<Register.Figure> figures) {
        if (figures.isEmpty()) return "none published";
        List<String> parts = new ArrayList<>();
        for (Register.Figure f : figures.stream().limit(3).toList()) {
            parts.add(f.stated() + " " + f.label() + (f.period() == null ? "" : " (" + f.period() + ")"));
        }
        return String.join("; ", parts) + (figures.size() > 3 ? "; and " + (figures.size() - 3) + " more" : "");
    }

    private static String delivery(Returns.Delivery d) {
        if (!d.status().equals(Returns.Delivery.ON_PLAN) && !d.status().equals(Returns.Delivery.BELOW_PLAN)) return d.status();
        List<String> parts = new ArrayList<>();
        for (Returns.PlanCheck c : d.checks()) {
            parts.add(c.measure().replace('_', ' ') + " " + (c.actual() == null ? "not returned" : fmt(c.actual()) + " of " + fmt(c.plan())));
        }
        return d.status() + ": " + String.join("; ", parts);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.format(Locale.UK, "%,.0f", v) : BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static void actions(StringBuilder h, BoardPack p) {
        if (p.actions().isEmpty()) {
            h.append("<p>No action plan is loaded (./svo import --dataset actions FILE).</p>");
            return;
        }
        h.append("<table class=\"actions\"><thead><tr><th class=\"name\">Action</th><th>Owner</th><th>Objective</th><th>Due</th>"
                + "<th>Status</th><th>Notes</th></tr></thead><tbody>");
        for (ActionPlan.Action a : p.actions()) {
            h.append("<tr class=\"").append(a.overdue() ? "overdue" : "").append("\"><td class=\"name\">").append(escape(a.action()))
                    .append("</td><td>").append(escape(a.owner())).append("</td><td>").append(escape(a.objective())).append("</td><td>")
                    .append(escape(a.due() == null ? "" : a.due().toString())).append("</td><td>")
                    .append(escape(a.status().replace('_', ' '))).append(a.overdue() ? " <strong>OVERDUE</strong>" : "")
                    .append("</td><td class=\"small\">").append(escape(a.notes() == null ? "" : a.notes())).append("</td></tr>");
        }
        h.append("</tbody></table>");
    }

    /** Escapes text for HTML and XHTML. */
    public static String escape(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Print CSS of the PDF pack; the web page uses the same classes in the application's stylesheet. */
    static final String CSS = """
            @page { size: A4 landscape; margin: 12mm 12mm 14mm 12mm;
                    @bottom-right { content: "Page " counter(page) " of " counter(pages); font-size: 8pt; color: #555; } }
            body { font-family: sans-serif; font-size: 9pt; color: #111; }
            h1 { font-size: 16pt; margin: 0 0 4pt 0; }
            h2 { font-size: 12.5pt; margin: 14pt 0 4pt 0; border-bottom: 1px solid #1d3557; page-break-after: avoid; }
            h3 { font-size: 10.5pt; margin: 9pt 0 1pt 0; page-break-after: avoid; }
            p { margin: 2pt 0 5pt 0; }
            .meta, .note, .small, .tags { color: #444; }
            .small { font-size: 7.5pt; }
            .tags { font-size: 8pt; font-style: italic; margin: 0 0 3pt 0; }
            .synthetic { background: #fff3cd; border: 1px solid #c9a227; padding: 4pt; font-weight: bold; }
            table { border-collapse: collapse; width: 100%; margin: 3pt 0 6pt 0; page-break-inside: auto; }
            tr { page-break-inside: avoid; }
            th { background: #e9eef5; text-align: left; font-weight: bold; padding: 3pt; border-bottom: 1px solid #999; }
            td { padding: 3pt; border-bottom: 1px solid #ddd; vertical-align: top; }
            td.num { text-align: right; white-space: nowrap; }
            td.name, th.name { width: 30%; }
            td.iname, th.iname { width: 16%; }
            th.published { width: 20%; }
            div.block { page-break-inside: avoid; }
            thead { display: table-header-group; }
            table { -fs-table-paginate: paginate; }
            td.trend { width: 90px; }
            td.trend svg { width: 84px; height: 20px; }
            .summary td { text-align: center; border: 1px solid #ccc; width: 14%; }
            .summary .big { font-size: 15pt; font-weight: bold; }
            .good { color: #1b6e35; }
            .bad { color: #a4161a; font-weight: bold; }
            .status.improving { color: #1b6e35; font-weight: bold; }
            .status.worsening { color: #a4161a; font-weight: bold; }
            .na { color: #888; }
            tr.overdue td { background: #fde8e8; }
            ul.notes li { margin-bottom: 2pt; }
            """;
}
