package svo.report.html;

import svo.analysis.AnalysisContext;
import svo.analysis.Column;
import svo.report.Audience;
import svo.report.Cell;
import svo.report.Chart;
import svo.report.DisclosureControl;
import svo.report.Finding;
import svo.report.KeyFigure;
import svo.report.Methods;
import svo.report.Part;
import svo.report.Report;
import svo.report.Section;
import svo.report.ShownTable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a report as one self-contained XHTML file: styles inline, charts as inline SVG, no script, font or image
 * from anywhere else, so it reads offline and prints. The same markup, with print CSS (A4, running header and
 * page numbers, contents with page references), is what the PDF renderer lays out; {@link Target#PDF} only adds
 * the PDF's bookmarks.
 *
 * <pre>
 * Files.writeString(dir.resolve("sna.html"), HtmlReport.render(report, HtmlReport.Target.BROWSER));
 * </pre>
 */
public final class HtmlReport {
    /** Where the markup is going. */
    public enum Target { BROWSER, PDF }

    private static final String CSS = resource("/svo/report/html/report.css");

    private final StringBuilder out = new StringBuilder(256 * 1024);
    private final Report report;

    private HtmlReport(Report report) {
        this.report = report;
    }

    /** The whole document. */
    public static String render(Report report, Target target) {
        return new HtmlReport(report).document(target);
    }

    private String document(Target target) {
        Report.Meta m = report.meta();
        out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\">\n<head>\n")
                .append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(esc(m.title() + " — " + m.subtitle())).append("</title>\n")
                .append("<meta name=\"author\" content=\"").append(esc(m.partnership())).append("\"/>\n")
                .append("<meta name=\"subject\" content=\"").append(esc(m.line())).append("\"/>\n")
                .append("<meta name=\"generator\" content=\"").append(esc(m.software())).append("\"/>\n")
                .append("<style>\n").append(CSS).append("\n</style>\n");
        if (target == Target.PDF) bookmarks();
        out.append("</head>\n<body>\n");
        running(m);
        out.append("<div class=\"page\">\n");
        cover(m);
        contents();
        for (Section s : report.sections()) section(s);
        out.append("</div>\n</body>\n</html>\n");
        return out.toString();
    }

    private void bookmarks() {
        out.append("<bookmarks>\n");
        for (Section s : report.sections()) {
            out.append("<bookmark name=\"").append(esc(s.number() + " " + s.title())).append("\" href=\"#").append(s.anchor()).append("\">");
            for (ShownTable t : tablesOf(s)) {
                out.append("<bookmark name=\"").append(esc(t.label() + " " + t.title())).append("\" href=\"#").append(t.anchor()).append("\"/>");
            }
            out.append("</bookmark>\n");
        }
        out.append("</bookmarks>\n");
    }

    private void running(Report.Meta m) {
        String flag = flag(m);
        if (flag != null) {
            out.append("<div class=\"banner").append(m.synthetic() ? "" : " restricted").append("\">").append(esc(flag)).append("</div>\n");
        }
        out.append("<div class=\"running\">");
        if (flag != null) out.append("<span class=\"flag").append(m.synthetic() ? "" : " restricted").append("\">").append(esc(flag)).append("</span> ");
        out.append(esc(m.districtOf() != null ? m.title() : "Strategic Needs Assessment")).append(" · ").append(esc(m.periodLabel()))
                .append(m.districtOf() != null ? "" : " · " + esc(m.areaLabel())).append("</div>\n");
        out.append("<div class=\"footline\">").append(esc(m.definitionLabel() + " · " + m.audience().label() + " · generated "
                + m.generatedAt() + " by " + m.software())).append("</div>\n");
    }

    /** The flag every page carries: synthetic data first, else a restricted marking. */
    private static String flag(Report.Meta m) {
        if (m.synthetic()) return "SYNTHETIC DATA: not real crimes or people"
                + (m.audience() == Audience.RESTRICTED ? " · RESTRICTED" : "");
        if (m.audience() == Audience.RESTRICTED) return "RESTRICTED: partnership analysts only, not for publication";
        return null;
    }

    private void cover(Report.Meta m) {
        out.append("<header class=\"cover\">\n<div class=\"band\"><span></span></div>\n<div class=\"kicker\">").append(esc(m.partnership())).append("</div>\n")
                .append("<h1>").append(esc(m.title())).append("</h1>\n")
                .append("<div class=\"subtitle\">").append(esc(m.subtitle())).append("</div>\n");
        if (m.synthetic()) {
            out.append("<p class=\"notice\">Synthetic data. Every figure in this report is computed from a synthetic data set "
                    + "made for demonstration. It describes no real crime, victim or suspect and must not be quoted as fact.</p>\n");
        } else if (m.audience() == Audience.RESTRICTED) {
            out.append("<p class=\"notice restricted\">Restricted. This report shows every figure, including small numbers. "
                    + "It is for partnership analysts and must not be published; publish the public version.</p>\n");
        }
        out.append("<table class=\"meta\">\n");
        meta("Definition", m.definitionLabel() + (m.definitionTitle().isEmpty() ? "" : " — " + m.definitionTitle()));
        meta("Period", m.periodLabel() + " (" + m.periodDates() + ")");
        meta("Changes", "measured " + m.comparison());
        meta("Area", m.areaLabel());
        meta("Audience", m.audience() == Audience.PUBLIC ? "public: small numbers withheld under the rules in section "
                + sectionNumber("definition") : "restricted: every figure shown");
        meta("Generated", m.generatedAt() + " by " + m.software());
        out.append("</table>\n</header>\n");
    }

    private String sectionNumber(String id) {
        return report.sections().stream().filter(s -> s.id().equals(id)).map(Section::number).findFirst().orElse("");
    }

    private void meta(String k, String v) {
        out.append("<tr><th scope=\"row\">").append(esc(k)).append("</th><td>").append(esc(v)).append("</td></tr>\n");
    }

    private void contents() {
        out.append("<nav class=\"contents\" aria-label=\"Contents\">\n<h2>Contents</h2>\n<ol>\n");
        for (Section s : report.sections()) {
            out.append("<li").append(s.unavailable() ? " class=\"na\"" : "").append("><a href=\"#").append(s.anchor()).append("\">")
                    .append("<span class=\"num\">").append(esc(s.number())).append("</span>").append(esc(s.title()));
            out.append("</a>");
            if (s.unavailable()) out.append("<span class=\"state\">not available</span>");
            out.append("</li>\n");
        }
        out.append("</ol>\n</nav>\n");
    }

    private void section(Section s) {
        out.append("<section class=\"section").append(brief(s) ? " brief" : s.id().equals("key-findings") ? " flow" : "").append("\" id=\"").append(s.anchor()).append("\">\n<h2><span class=\"num\">")
                .append(esc(s.number())).append("</span>").append(esc(s.title())).append("</h2>\n");
        if (s.intro() != null && !s.intro().isBlank()) out.append("<p class=\"intro\">").append(esc(s.intro())).append("</p>\n");
        for (Part p : s.parts()) part(p);
        out.append("</section>\n");
    }

    /** A section that shows nothing but a line or two runs on from the one before instead of taking a page. */
    private boolean brief(Section s) {
        int i = report.sections().indexOf(s);
        boolean previousBrief = i > 0 && report.sections().get(i - 1).unavailable();
        return s.unavailable() && (previousBrief || i > 0);
    }

    private void part(Part p) {
        if (p instanceof Part.Heading h) {
            out.append("<h3>").append(esc(h.text()));
            if (h.source() != null) out.append("<span class=\"source\">").append(esc(h.source())).append("</span>");
            out.append("</h3>\n");
        } else if (p instanceof Part.Text t) {
            out.append("<p>").append(esc(t.text())).append("</p>\n");
        } else if (p instanceof Part.Unavailable u) {
            out.append("<p class=\"unavailable\">").append(esc(u.text())).append("</p>\n");
        } else if (p instanceof Part.TablePart t) {
            table(t.table(), t.printRows());
        } else if (p instanceof Part.ChartPart c) {
            chart(c.chart());
        } else if (p instanceof Part.Findings f) {
            findings(f.findings());
        } else if (p instanceof Part.KeyFigures k) {
            keyFigures(k.figures());
        } else if (p instanceof Part.Facts f) {
            facts(f.rows());
        } else if (p instanceof Part.Appendix a) {
            methods(a.methods());
        }
    }

    private void findings(List<Finding> findings) {
        out.append("<ul class=\"findings\">\n");
        for (Finding f : findings) {
            out.append("<li>").append(esc(f.text())).append(" <a class=\"ref\" href=\"#").append(f.tableAnchor()).append("\">")
                    .append(esc(f.tableLabel())).append("</a></li>\n");
        }
        out.append("</ul>\n");
    }

    private void keyFigures(List<KeyFigure> figures) {
        out.append("<div class=\"keyfigures\">\n");
        for (KeyFigure k : figures) {
            out.append("<div class=\"keyfigure\"><div class=\"value\">").append(esc(k.value())).append("</div>")
                    .append("<div class=\"label\">").append(esc(k.label())).append("</div>")
                    .append("<div class=\"detail\">").append(esc(k.detail())).append("</div>")
                    .append("<a class=\"ref\" href=\"#").append(k.tableAnchor()).append("\">").append(esc(k.tableLabel())).append("</a></div>\n");
        }
        out.append("</div>\n");
    }

    private void facts(List<String[]> rows) {
        out.append("<table class=\"facts\">\n");
        for (String[] r : rows) out.append("<tr><th scope=\"row\">").append(esc(r[0])).append("</th><td>").append(esc(r[1])).append("</td></tr>\n");
        out.append("</table>\n");
    }

    private void chart(Chart c) {
        out.append("<figure class=\"chart\" id=\"").append(c.anchor()).append("\">\n").append(c.svg()).append('\n')
                .append("<figcaption><span class=\"label\">").append(esc(c.label())).append("</span>").append(esc(c.title()))
                .append(". <span class=\"muted\">").append(esc(c.caption())).append(" </span>");
        if (c.tableAnchor() != null) out.append("<a class=\"ref\" href=\"#").append(c.tableAnchor()).append("\">Data</a>");
        out.append("</figcaption>\n</figure>\n");
    }

    private void table(ShownTable t, int printRows) {
        if (printRows < 0) {
            out.append("<p class=\"unavailable\" id=\"").append(t.anchor()).append("\">").append(esc(t.label() + " " + t.title()
                    + " (" + t.rows().size() + (t.rows().size() == 1 ? " row" : " rows") + ") is in the workbook, sheet " + "T" + t.number() + ", and in the CSV zip."))
                    .append("</p>\n");
            return;
        }
        boolean spark = t.sparklines() != null;
        int columns = t.columns().size() - t.hidden().size() + (spark ? 1 : 0);
        out.append("<figure class=\"table\" id=\"").append(t.anchor()).append("\">\n<figcaption><span class=\"label\">")
                .append(esc(t.label())).append("</span>").append(esc(t.title())).append("<span class=\"scope\">").append(esc(t.scope()))
                .append(t.rule().active() ? " · disclosure control: " + t.rule().id() : "").append("</span></figcaption>\n")
                .append("<table class=\"data").append(columns > 8 ? " wide" : "").append("\">\n<thead>");
        header(t, spark);
        out.append("</thead>\n<tbody>\n");
        int key = t.firstText();
        int shownRows = printRows > 0 ? Math.min(printRows, t.rows().size()) : t.rows().size();
        for (int r = 0; r < shownRows; r++) {
            List<Cell> row = t.rows().get(r);
            boolean total = key >= 0 && DisclosureControl.isTotalLabel(row.get(key).text());
            out.append(total ? "<tr class=\"total\">" : "<tr>");
            for (int c = 0; c < row.size(); c++) {
                if (t.hidden().contains(c)) continue;
                Cell cell = row.get(c);
                boolean num = t.columns().get(c).kind() != Column.Kind.TEXT;
                String cls = (num ? "num" : "") + (cell.withheld() ? (num ? " " : "") + "withheld" : "");
                out.append("<td").append(cls.isEmpty() ? "" : " class=\"" + cls + "\"").append('>').append(esc(cell.text())).append("</td>");
            }
            if (spark) {
                String svg = t.sparklines().get(r);
                out.append("<td class=\"spark\">").append(svg == null ? "" : svg).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        boolean cut = shownRows < t.rows().size();
        if (!t.notes().isEmpty() || t.anyWithheld() || cut) {
            out.append("<div class=\"notes\">");
            if (cut) {
                out.append("<p>").append(esc("The first " + shownRows + " of " + t.rows().size() + " rows; every row is in the workbook, sheet T"
                        + t.number() + ", and in the CSV zip.")).append("</p>");
            }
            for (String n : t.notes()) out.append("<p>").append(esc(n)).append("</p>");
            if (t.anyWithheld()) {
                out.append("<p>").append(esc(t.rule().primaryMark() + ": a small number, withheld"
                        + (t.rule().secondaryMark().equals(t.rule().primaryMark()) ? " (or withheld so that one cannot be worked out)"
                        : "; " + t.rule().secondaryMark() + ": withheld so that a small number cannot be worked out from a total")
                        + ". Rule: " + t.rule().id() + ", section " + sectionNumber("definition") + ".")).append("</p>");
            }
            out.append("</div>\n");
        }
        out.append("</figure>\n");
    }

    /**
     * The header row; when labels are "Group: item" ("Victims 18 and under: 2024/25") a first row names each group
     * over its columns, as the SNA's own tables do.
     */
    private void header(ShownTable t, boolean spark) {
        List<Column> cols = new ArrayList<>();
        for (int i = 0; i < t.columns().size(); i++) if (!t.hidden().contains(i)) cols.add(t.columns().get(i));
        boolean grouped = cols.stream().anyMatch(c -> c.label().contains(": "));
        if (grouped) {
            out.append("<tr class=\"groups\">");
            int i = 0;
            while (i < cols.size()) {
                String g = group(cols.get(i).label());
                int span = 1;
                while (i + span < cols.size() && g != null && g.equals(group(cols.get(i + span).label()))) span++;
                out.append("<th scope=\"colgroup\"").append(span > 1 ? " colspan=\"" + span + "\"" : "").append(g == null ? "" : " class=\"group\"")
                        .append('>').append(esc(g == null ? "" : g)).append("</th>");
                i += span;
            }
            if (spark) out.append("<th></th>");
            out.append("</tr>");
        }
        out.append("<tr>");
        for (Column c : cols) {
            String label = grouped && group(c.label()) != null ? c.label().substring(c.label().indexOf(": ") + 2) : c.label();
            out.append("<th scope=\"col\"").append(c.kind() == Column.Kind.TEXT ? "" : " class=\"num\"").append('>').append(esc(label)).append("</th>");
        }
        if (spark) out.append("<th scope=\"col\">Trend</th>");
        out.append("</tr>");
    }

    private static String group(String label) {
        int i = label.indexOf(": ");
        return i > 0 ? label.substring(0, i) : null;
    }

    private void methods(Methods m) {
        out.append("<h3>Definitions</h3>\n<table class=\"data\"><thead><tr><th scope=\"col\">Definition</th><th scope=\"col\">Title</th>"
                + "<th scope=\"col\">In force</th><th scope=\"col\">What it counts</th></tr></thead><tbody>\n");
        for (Methods.DefinitionUsed d : m.definitions()) {
            out.append("<tr><td>").append(esc(d.label())).append("</td><td>").append(esc(d.title())).append("</td><td>")
                    .append(esc(d.inForce())).append("</td><td>").append(esc(d.statement())).append("</td></tr>\n");
        }
        if (m.definitions().isEmpty()) out.append("<tr><td colspan=\"4\">none</td></tr>\n");
        out.append("</tbody></table>\n<h3>Parameters</h3>\n");
        facts(m.parameters());
        for (var r : m.rules()) out.append("<p>").append(esc(r.describe())).append("</p>\n");
        out.append("<h3>Analyses</h3>\n");
        if (m.analyses().isEmpty()) {
            out.append("<p class=\"unavailable\">No analysis ran for this report.</p>\n");
        } else {
            out.append("<table class=\"data\"><thead><tr><th scope=\"col\">Analysis</th><th scope=\"col\">What</th><th scope=\"col\">SNA</th>"
                    + "<th scope=\"col\">Definition</th><th scope=\"col\">Parameters</th><th scope=\"col\">Data sets</th></tr></thead><tbody>\n");
            for (Methods.AnalysisUsed a : m.analyses()) {
                out.append("<tr><td><code>").append(esc(a.id())).append("</code></td><td>").append(esc(a.title())).append("</td><td>")
                        .append(esc(a.snaSection())).append("</td><td>").append(esc(a.definition())).append("</td><td>")
                        .append(esc(a.parameters())).append("</td><td>").append(esc(String.join(", ", a.datasets()))).append("</td></tr>\n");
            }
            out.append("</tbody></table>\n");
        }
        out.append("<h3>Data batches</h3>\n");
        if (m.batches().isEmpty()) {
            out.append("<p class=\"unavailable\">No data batch is behind these figures.</p>\n");
        } else {
            out.append("<table class=\"data\"><thead><tr><th scope=\"col\">Batch</th><th scope=\"col\">Data set and file</th>"
                    + "<th scope=\"col\" class=\"num\">Rows loaded</th><th scope=\"col\" class=\"num\">Rejected</th><th scope=\"col\">Covers</th>"
                    + "<th scope=\"col\">Loaded</th></tr></thead><tbody>\n");
            for (AnalysisContext.Batch b : m.batches()) {
                out.append("<tr><td class=\"num\">").append(b.id()).append("</td><td>").append(esc(b.dataset())).append(" · ")
                        .append(esc(b.fileName())).append(b.synthetic() ? " (synthetic)" : "")
                        .append("<br/><span class=\"hash\">SHA-256 ").append(esc(b.sha256())).append("</span></td><td class=\"num\">")
                        .append(svo.report.Formats.count(b.rowsLoaded())).append("</td><td class=\"num\">")
                        .append(svo.report.Formats.count(b.rowsRejected())).append("</td><td>")
                        .append(b.periodFrom() == null ? "" : esc(svo.report.Formats.date(b.periodFrom()) + " to " + svo.report.Formats.date(b.periodTo())))
                        .append("</td><td>").append(b.loadedAt() == null ? "" : esc(b.loadedAt().toLocalDate().toString())).append("</td></tr>\n");
            }
            out.append("</tbody></table>\n");
        }
        if (m.commandLine() != null) {
            out.append("<h3>To reproduce</h3>\n<p>Against a store holding the batches above (same checksums):</p>\n<pre>")
                    .append(esc(m.commandLine())).append("</pre>\n");
        }
    }

    private static List<ShownTable> tablesOf(Section s) {
        return s.parts().stream().filter(p -> p instanceof Part.TablePart).map(p -> ((Part.TablePart) p).table()).toList();
    }

    /** XML escaping for text and attributes; control characters dropped (they are not allowed in XML). */
    public static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') continue;
                    b.append(c);
                }
            }
        }
        return b.toString();
    }

    private static String resource(String path) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
