package svo.report;

import svo.analysis.Analysis;
import svo.analysis.AnalysisCatalog;
import svo.analysis.AnalysisContext;
import svo.analysis.Area;
import svo.analysis.Column;
import svo.analysis.Period;
import svo.analysis.Result;
import svo.analysis.Scope;
import svo.analysis.Table;
import svo.definitions.Definition;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds a {@link Report} from the plan: runs each block's analysis through the {@link AnalysisContext} (never the
 * store itself), passes every table through disclosure control, draws the charts from the published cells,
 * drafts the findings, assembles the definition, data-quality and methods sections, and checks the result for
 * consistency. Results are cached by analysis and scope, so a run of nine district profiles after the main report
 * computes each partnership-wide figure once.
 *
 * <pre>
 * ReportBuilder builder = new ReportBuilder(AnalysisCatalog.standard(), AnalysisContext.of(store, defs::find), ReportPlan.sna());
 * Report report = builder.build(ReportRequest.of(definition, Period.parse("FY2024"), Audience.PUBLIC, now));
 * </pre>
 */
public final class ReportBuilder {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm z", Locale.UK);
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final AnalysisCatalog catalog;
    private final AnalysisContext ctx;
    private final ReportPlan plan;
    private final MapSource maps;
    private final Map<String, Result> cache = new ConcurrentHashMap<>();

    public ReportBuilder(AnalysisCatalog catalog, AnalysisContext ctx, ReportPlan plan) {
        this(catalog, ctx, plan, MapSource.NONE);
    }

    public ReportBuilder(AnalysisCatalog catalog, AnalysisContext ctx, ReportPlan plan, MapSource maps) {
        this.catalog = catalog;
        this.ctx = ctx;
        this.plan = plan;
        this.maps = maps;
    }

    /** Builds one report. Throws {@link ReportCheckException} when the report disagrees with itself. */
    public Report build(ReportRequest req) {
        Report report = new Run(req).build();
        ConsistencyCheck.verify(report);
        return report;
    }

    /** The districts a profile run covers (from the loaded geography). */
    public List<Area> districts() {
        return ctx.districts();
    }

    private Result run(Analysis a, Scope s) {
        String key = a.id() + "|" + (s.definition() == null ? "" : s.definition().label()) + "|" + s.period().spans() + "|"
                + s.area() + "|" + s.comparison() + "|" + new java.util.TreeMap<>(s.parameters());
        return cache.computeIfAbsent(key, k -> ctx.run(a, s));
    }

    /** What one block gave: its tables and parts, or why it gives nothing. */
    private record BlockResult(Block block, Analysis analysis, Scope scope, Result result, List<ShownTable> tables,
                               List<Part> parts, String unavailable) {}

    /** One build. */
    private final class Run {
        private final ReportRequest req;
        private final Period window;
        private final boolean profile;
        private final Map<String, BlockResult> results = new LinkedHashMap<>();
        private final Map<String, Definition> definitionsUsed = new LinkedHashMap<>();
        private final Set<String> rulesUsed = new LinkedHashSet<>();
        private final List<DisclosureRule> rules = new ArrayList<>();
        private final Map<String, String> numbers = new LinkedHashMap<>();

        Run(ReportRequest req) {
            this.req = req;
            this.window = TrendWindow.of(req.period(), req.years());
            this.profile = req.area().kind() == Area.Kind.DISTRICT;
        }

        Report build() {
            if (req.definition() != null) definitionsUsed.put(req.definition().name(), req.definition());
            int n = 0;
            for (SectionPlan sp : plan.sections()) {
                if (sp.kind() == SectionPlan.Kind.COMPARISON && !profile) continue;
                numbers.put(sp.id(), Integer.toString(++n));
            }
            Map<String, Section> built = new LinkedHashMap<>();
            for (SectionPlan sp : plan.sections()) {
                if (!numbers.containsKey(sp.id())) continue;
                if (sp.kind() == SectionPlan.Kind.ANALYSES) built.put(sp.id(), analyses(sp, numbers.get(sp.id()), req.area(), results, true));
            }
            List<Finding> findings = new ArrayList<>();
            List<KeyFigure> keyFigures = new ArrayList<>();
            Findings.Lookup lookup = lookup(results);
            for (SectionPlan sp : plan.sections()) {
                for (FindingSpec spec : sp.findings()) {
                    Findings.draft(spec, lookup, window, req.comparison(), req.area().label()).ifPresent(d -> {
                        findings.add(d.finding());
                        if (d.keyFigure() != null) keyFigures.add(d.keyFigure());
                    });
                }
            }
            for (SectionPlan sp : plan.sections()) {
                if (!numbers.containsKey(sp.id())) continue;
                String num = numbers.get(sp.id());
                switch (sp.kind()) {
                    case SUMMARY -> built.put(sp.id(), summary(sp, num, findings));
                    case KEY_FINDINGS -> built.put(sp.id(), keyFindings(sp, num, findings, keyFigures));
                    case COMPARISON -> built.put(sp.id(), comparison(sp, num, findings));
                    case DEFINITION -> built.put(sp.id(), definition(sp, num));
                    case DATA_QUALITY -> built.put(sp.id(), dataQuality(sp, num));
                    default -> { }
                }
            }
            Methods methods = methods();
            for (SectionPlan sp : plan.sections()) {
                if (sp.kind() == SectionPlan.Kind.METHODS && numbers.containsKey(sp.id())) {
                    built.put(sp.id(), new Section(sp.id(), numbers.get(sp.id()), sp.title(), sp.intro(), List.of(new Part.Appendix(methods))));
                }
            }
            List<Section> ordered = new ArrayList<>();
            for (SectionPlan sp : plan.sections()) if (built.containsKey(sp.id())) ordered.add(built.get(sp.id()));
            return new Report(meta(), ordered, findings, methods);
        }

        // ---------------------------------------------------------------- analyses

        private Section analyses(SectionPlan sp, String num, Area area, Map<String, BlockResult> into, boolean record) {
            List<Part> parts = new ArrayList<>();
            List<String> reasons = new ArrayList<>();
            int[] counters = {0, 0};
            for (Block b : sp.blocks()) {
                BlockResult br = block(b, num, area, counters, record);
                into.put(key(b.analysisId(), b.definition()), br);
                if (br.unavailable() != null) reasons.add(br.unavailable());
                parts.addAll(br.parts());
            }
            boolean none = parts.stream().allMatch(p -> p instanceof Part.Unavailable);
            if (none && !sp.blocks().isEmpty()) parts = List.of(new Part.Unavailable(oneLine(reasons)));
            return new Section(sp.id(), num, sp.title(), sp.intro(), parts);
        }

        private BlockResult block(Block b, String num, Area area, int[] counters, boolean record) {
            Optional<Analysis> found = catalog.find(b.analysisId());
            String name = b.heading() != null ? b.heading() : b.analysisId();
            if (found.isEmpty()) {
                return unavailable(b, "Not available in this version: " + name + " needs the analysis " + b.analysisId()
                        + ", which is not in the catalogue yet.", "analysis:" + b.analysisId());
            }
            Analysis a = found.get();
            String title = b.heading() != null ? b.heading() : a.title();
            for (String ds : a.datasets()) {
                if (!ctx.loaded(ds)) {
                    return new BlockResult(b, a, null, null, List.of(), List.of(new Part.Unavailable(title
                            + ": not shown because the " + ds + " data set is not loaded (see ./svo import --help).")),
                            "dataset:" + ds);
                }
            }
            Definition def = req.definition();
            if (b.definition() != null) {
                Optional<Definition> d = ctx.definition(b.definition());
                if (d.isEmpty()) {
                    return new BlockResult(b, a, null, null, List.of(), List.of(new Part.Unavailable(title
                            + ": not shown because the definition " + b.definition() + " is not loaded.")),
                            "definition:" + b.definition());
                }
                def = d.get();
            }
            if (record && def != null) definitionsUsed.putIfAbsent(def.name(), def);
            Period p = b.periodShift() == Block.PeriodShift.YEARS_ENDING_DECEMBER ? TrendWindow.yearsEndingDecember(window) : window;
            // A variant (the knife definition) is applied throughout; the report's own as the request says.
            Scope scope = new Scope(def, b.definition() == null && req.asInForce(), p, area, req.comparison(), b.parameters());
            Result result;
            try {
                result = run(a, scope);
            } catch (svo.BadInputException e) {
                // An analysis that refuses this input (stray coordinates, a parameter out of range) costs its block, not the report.
                return new BlockResult(b, a, scope, null, List.of(), List.of(new Part.Heading(title, a.section() + " · analysis " + a.id()),
                        new Part.Unavailable("Not shown: " + e.getMessage())), "refused:" + e.getMessage());
            }
            // The plan may name a rule; otherwise the analysis says which its data call for (nhs-hes for health).
            DisclosureRule rule = req.ruleFor(b.rule() != null ? b.rule() : a.disclosureRule());
            if (record && rulesUsed.add(rule.toString())) rules.add(rule);

            List<Part> parts = new ArrayList<>();
            parts.add(new Part.Heading(title, a.section() + " · analysis " + a.id()));
            // Every table carries its scope line in its caption: a note that only repeats it is left out.
            for (String note : result.notes()) if (!note.equals(scope.describe())) parts.add(new Part.Text(note));
            List<ShownTable> tables = new ArrayList<>();
            for (Table t : result.tables()) {
                if (!b.tables().isEmpty() && !b.tables().contains(t.id())) continue;
                DisclosureControl.requireAggregate(t);
                List<List<Cell>> cells = DisclosureControl.apply(t, rule, b.layoutOf(t.id()));
                String number = num + "." + (++counters[0]);
                String anchor = "t" + number.replace('.', '-') + "--" + t.id().replaceAll("[^A-Za-z0-9_-]", "-");
                cells = humanise(t.columns(), cells);
                ShownTable longForm = null;
                List<Column> columns = t.columns();
                Pivot.Pivoted turned = Pivot.of(t.columns(), cells, b.hiddenIn(t.id()));
                if (turned != null) {
                    longForm = new ShownTable(anchor, number, t.title(), scope.describe(), a.id(), columns, cells, t.notes(), rule, null);
                    columns = turned.columns();
                    cells = turned.rows();
                }
                List<String> notes = t.notes().stream().filter(n -> !n.equals(scope.describe())).toList();
                ShownTable shown = new ShownTable(anchor, number, t.title(), scope.describe(), a.id(), columns, cells,
                        notes, rule, ChartMaker.sparklines(columns, cells, p.labels()), null, longForm);
                shown = shown.hiding(b.hiddenIn(t.id()));
                tables.add(shown);
                for (ChartSpec spec : b.charts()) {
                    boolean mine = spec.table() == null ? tables.size() == 1 : spec.table().equals(t.id());
                    if (!mine) continue;
                    String svg = ChartMaker.draw(spec, shown, p.labels(), area.kind() == Area.Kind.DISTRICT ? area.name() : null);
                    if (svg == null) continue;
                    String fnum = num + "." + (++counters[1]);
                    String caption = "Source: " + shown.label() + " (" + scope.describe() + ")."
                            + (shown.anyWithheld() ? " Withheld figures are not plotted." : "");
                    parts.add(new Part.ChartPart(new Chart("f" + fnum.replace('.', '-'), fnum, t.title(), svg, caption, anchor)));
                }
                parts.add(new Part.TablePart(shown, b.printRowsOf(t.id())));
            }
            for (ChartSpec spec : b.charts()) {
                if (!(spec instanceof ChartSpec.Map m)) continue;
                if (req.audience() == Audience.PUBLIC && MapSource.placesIndividuals(m.map())) {
                    parts.add(new Part.Unavailable("The " + m.map() + " map is in the restricted report only: it places individual offences."));
                    continue;
                }
                Optional<String> svg = maps.draw(m.map(), scope, req.audience());
                if (svg.isEmpty()) continue;
                String fnum = num + "." + (++counters[1]);
                String drawn = req.audience() == Audience.PUBLIC ? MapSource.forPublic(svg.get()) : svg.get();
                String source = tables.isEmpty() ? null : tables.get(0).anchor();
                parts.add(new Part.ChartPart(new Chart("f" + fnum.replace('.', '-'), fnum, MapSource.title(m.map()), drawn,
                        "Drawn from the records in scope (" + scope.describe() + ").", source)));
            }
            if (tables.isEmpty()) parts.add(new Part.Text("No table for this scope."));
            return new BlockResult(b, a, scope, result, tables, parts, null);
        }

        private BlockResult unavailable(Block b, String line, String reason) {
            return new BlockResult(b, null, null, null, List.of(), List.of(new Part.Unavailable(line)), reason);
        }

        /** Why a whole section shows nothing, in one line. */
        private String oneLine(List<String> reasons) {
            List<String> analyses = new ArrayList<>(), datasets = new ArrayList<>(), definitions = new ArrayList<>();
            for (String r : new LinkedHashSet<>(reasons)) {
                String v = r.substring(r.indexOf(':') + 1);
                if (r.startsWith("analysis:")) analyses.add(v);
                else if (r.startsWith("dataset:")) datasets.add(v);
                else if (r.startsWith("definition:")) definitions.add(v);
            }
            List<String> parts = new ArrayList<>();
            for (String r : new LinkedHashSet<>(reasons)) if (r.startsWith("refused:")) parts.add("Not shown: " + r.substring(8).replaceAll("\\.$", ""));
            if (!datasets.isEmpty()) parts.add("Not shown: the " + and(datasets) + (datasets.size() == 1 ? " data set is" : " data sets are") + " not loaded");
            if (!definitions.isEmpty()) parts.add((parts.isEmpty() ? "Not shown: the " : "the ") + (definitions.size() == 1 ? "definition " : "definitions ")
                    + and(definitions) + (definitions.size() == 1 ? " is" : " are") + " not loaded");
            if (!analyses.isEmpty()) parts.add((parts.isEmpty() ? "Not available in this version: " : "and ")
                    + (analyses.size() == 1 ? "the analysis " + analyses.get(0) + ", which this section needs, is"
                    : "the analyses this section needs (" + and(analyses) + ") are") + " not in the catalogue yet");
            return String.join("; ", parts) + ".";
        }

        private String and(List<String> items) {
            if (items.size() == 1) return items.get(0);
            return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
        }

        private Findings.Lookup lookup(Map<String, BlockResult> from) {
            return new Findings.Lookup() {
                @Override
                public List<ShownTable> tables(String analysisId, String definition) {
                    BlockResult br = from.get(key(analysisId, definition));
                    return br == null ? List.of() : br.tables();
                }

                @Override
                public Optional<Object> figure(String analysisId, String definition, String name) {
                    BlockResult br = from.get(key(analysisId, definition));
                    if (br == null || br.result() == null) return Optional.empty();
                    if (req.audience() == Audience.PUBLIC && br.tables().stream().anyMatch(ShownTable::anyWithheld)) return Optional.empty();
                    return Optional.ofNullable(br.result().figure(name));
                }

                @Override
                public String definitionLabel(String definition) {
                    if (definition == null) return req.definition() == null ? "no definition" : req.definition().label();
                    Definition d = definitionsUsed.get(definition);
                    return d == null ? definition : d.label();
                }
            };
        }

        // ---------------------------------------------------------------- the sections the report writes itself

        private Section summary(SectionPlan sp, String num, List<Finding> findings) {
            List<Part> parts = new ArrayList<>();
            String def = req.definition() == null ? "no definition" : req.definition().title() + " (" + req.definition().label() + ")";
            parts.add(new Part.Text("This assessment describes serious violence in " + areaName() + " from "
                    + window.spans().get(0).label() + " to " + window.latest().label() + ", counted under the " + def
                    + ". Every figure is computed from the records loaded into the Serious Violence Observatory"
                    + (ctx.synthetic() ? "; these records are synthetic, made for demonstration, not real crimes or people." : ".")
                    + (req.audience() == Audience.PUBLIC ? " Small numbers are withheld (see the definition section)." : "")));
            List<Finding> mine = findings.stream().filter(f -> f.placement() == Finding.Placement.SUMMARY).toList();
            if (mine.isEmpty()) parts.add(new Part.Unavailable("No findings could be drafted: the analyses they come from are not available yet."));
            else parts.add(new Part.Findings(mine));
            return new Section(sp.id(), num, sp.title(), sp.intro(), parts);
        }

        private Section keyFindings(SectionPlan sp, String num, List<Finding> findings, List<KeyFigure> keys) {
            List<Part> parts = new ArrayList<>();
            if (!keys.isEmpty()) parts.add(new Part.KeyFigures(keys));
            List<Finding> mine = findings.stream().filter(f -> f.placement() == Finding.Placement.KEY).toList();
            if (!mine.isEmpty()) parts.add(new Part.Findings(mine));
            if (parts.isEmpty()) parts.add(new Part.Unavailable("No key findings yet: the analyses they come from are not available."));
            return new Section(sp.id(), num, sp.title(), sp.intro(), parts);
        }

        /** A district profile: this district beside the whole partnership, from the published cells of both. */
        private Section comparison(SectionPlan sp, String num, List<Finding> findings) {
            Map<String, BlockResult> partnership = new LinkedHashMap<>();
            List<Part> parts = new ArrayList<>();
            Set<String> needed = new LinkedHashSet<>(List.of(key("district", null)));
            for (SectionPlan other : plan.sections()) {
                for (FindingSpec f : other.findings()) {
                    if (f instanceof FindingSpec.Change c && c.keyFigure()) needed.add(key(c.analysisId(), c.definition()));
                }
            }
            for (SectionPlan other : plan.sections()) {
                if (other.kind() != SectionPlan.Kind.ANALYSES) continue;
                List<Block> blocks = other.blocks().stream().filter(b -> needed.contains(key(b.analysisId(), b.definition()))).toList();
                if (blocks.isEmpty()) continue;
                analyses(new SectionPlan(other.id(), other.title(), other.intro(), other.kind(), blocks, List.of()), num + ".p",
                        Area.ALL, partnership, false);
            }
            List<String> periods = window.labels();
            List<List<Cell>> rows = new ArrayList<>();
            String base = periods.size() > 1 ? (req.comparison() == svo.analysis.Comparison.FIRST ? periods.get(0) : periods.get(periods.size() - 2)) : null;
            String latest = periods.get(periods.size() - 1);
            Findings.Lookup here = lookup(results), all = lookup(partnership);
            for (SectionPlan other : plan.sections()) {
                for (FindingSpec f : other.findings()) {
                    if (!(f instanceof FindingSpec.Change c) || !c.keyFigure() || base == null) continue;
                    Cell[] d = pair(here.tables(c.analysisId(), c.definition()), periods, c.row(), base, latest);
                    Cell[] p = pair(all.tables(c.analysisId(), c.definition()), periods, c.row(), base, latest);
                    if (d == null || p == null) continue;
                    Cell share = (d[1].withheld() || p[1].withheld() || p[1].number() == null || p[1].number() == 0)
                            ? new Cell(null, d[1].withheld() ? d[1].text() : "", d[1].withheld() ? Cell.Mark.DERIVED : Cell.Mark.NONE)
                            : percentCell(d[1].number() / p[1].number() * 100);
                    int n = Math.max(1, ctx.districts().size());
                    Cell average = p[1].withheld() || p[1].number() == null ? new Cell(null, p[1].text(), p[1].withheld() ? Cell.Mark.DERIVED : Cell.Mark.NONE)
                            : new Cell(Math.round(p[1].number() / n), Formats.count(Math.round(p[1].number() / n)), Cell.Mark.NONE);
                    rows.add(List.of(new Cell(capital(c.subject()), capital(c.subject()), Cell.Mark.NONE), d[0], d[1], p[0], p[1], average, share));
                }
            }
            if (!rows.isEmpty()) {
                List<Column> cols = List.of(Column.text("measure", "Measure"),
                        Column.count("district_base", req.area().name() + " " + base), Column.count("district_latest", req.area().name() + " " + latest),
                        Column.count("partnership_base", "Partnership " + base), Column.count("partnership_latest", "Partnership " + latest),
                        Column.number("district_average", "Average per district " + latest),
                        Column.percent("share", "Share of partnership", "district_latest"));
                String number = num + ".1";
                DisclosureRule rule = req.ruleFor(null);
                parts.add(new Part.TablePart(new ShownTable("t" + number.replace('.', '-') + "--comparison", number,
                        req.area().name() + " compared with the partnership", describeScope(req.area()) + "; partnership: all areas",
                        "comparison", cols, rows, List.of("Figures as published in this profile's own tables and in the partnership report; "
                                + "the average per district is the partnership figure divided by the " + Math.max(1, ctx.districts().size()) + " districts."),
                        rule, null)));
            }
            BlockResult districts = partnership.get(key("district", null));
            if (districts != null && !districts.tables().isEmpty()) {
                ShownTable t = districts.tables().get(0);
                String number = num + "." + (rows.isEmpty() ? 1 : 2);
                ShownTable renamed = new ShownTable("t" + number.replace('.', '-') + "--all-districts", number,
                        t.title() + ": all districts", t.scope(), t.analysisId(), t.columns(), t.rows(), t.notes(), t.rule(), t.sparklines(),
                        t.hidden());
                String rateCol = null;
                for (Column c : t.columns()) if (c.kind() == Column.Kind.RATE) rateCol = c.name();
                String svg = ChartMaker.draw(new ChartSpec.Bars(null, rateCol), renamed, periods, req.area().name());
                if (svg != null) {
                    parts.add(new Part.ChartPart(new Chart("f" + num + "-1", num + ".1", renamed.title(), svg,
                            "Source: " + renamed.label() + ". " + req.area().name() + " is highlighted"
                                    + (rateCol != null ? "; the dashed line is the partnership rate." : "."), renamed.anchor())));
                }
                parts.add(new Part.TablePart(renamed));
            }
            if (parts.isEmpty()) parts.add(new Part.Unavailable("Not available yet: the comparison needs the headline and district analyses."));
            return new Section(sp.id(), num, sp.title(), req.area().name() + " beside the whole partnership area.", parts);
        }

        private Cell[] pair(List<ShownTable> tables, List<String> periods, String row, String base, String latest) {
            for (ShownTable t : tables) {
                List<Series.Point> pts = Series.row(t, periods, row, null);
                if (pts.isEmpty()) continue;
                Cell b = null, l = null;
                for (Series.Point pt : pts) {
                    if (pt.period().equals(base)) b = pt.cell();
                    if (pt.period().equals(latest)) l = pt.cell();
                }
                if (b != null && l != null) return new Cell[]{b, l};
            }
            return null;
        }

        private Cell percentCell(double pct) {
            double v = java.math.BigDecimal.valueOf(pct).setScale(1, java.math.RoundingMode.HALF_UP).doubleValue();
            return new Cell(v, Formats.format(v, Column.Kind.PERCENT), Cell.Mark.NONE);
        }

        private Section definition(SectionPlan sp, String num) {
            List<Part> parts = new ArrayList<>();
            Definition d = req.definition();
            List<String[]> facts = new ArrayList<>();
            if (d != null) {
                facts.add(new String[]{"Definition", d.title() + " (" + d.label() + ")"});
                facts.add(new String[]{"What it counts", d.statement()});
                facts.add(new String[]{"In force", inForce(d)});
            } else {
                facts.add(new String[]{"Definition", "none given"});
            }
            facts.add(new String[]{"How it is applied", req.asInForce() ? "as in force: each occurrence judged by the definition in force on its date"
                    : "one definition throughout the period (not as in force on each date)"});
            for (Definition other : definitionsUsed.values()) {
                if (d != null && other.name().equals(d.name())) continue;
                facts.add(new String[]{"Also used", other.title() + " (" + other.label() + "): " + other.statement()});
            }
            facts.add(new String[]{"Period", window.label() + " (" + periodDates() + ")"});
            facts.add(new String[]{"Changes", "each change is measured " + req.comparison().wording()});
            facts.add(new String[]{"Area", areaName()});
            facts.add(new String[]{"Audience", req.audience() == Audience.PUBLIC ? "public: small numbers withheld"
                    : "restricted: partnership analysts; every figure shown"});
            parts.add(new Part.Facts(facts));
            if (req.audience() == Audience.PUBLIC) {
                parts.add(new Part.Heading("Disclosure control", "rules applied to the tables of this report"));
                List<DisclosureRule> shown = rules.isEmpty() ? List.of(req.ruleFor(null)) : rules;
                for (DisclosureRule r : shown) parts.add(new Part.Text(r.describe()));
            }
            return new Section(sp.id(), num, sp.title(), sp.intro(), parts);
        }

        private Section dataQuality(SectionPlan sp, String num) {
            Section fromBlocks = analyses(sp, num, req.area(), results, true);
            List<Part> parts = new ArrayList<>(fromBlocks.parts().stream().filter(p -> !(p instanceof Part.Unavailable)).toList());
            for (Part p : fromBlocks.parts()) if (p instanceof Part.Unavailable) parts.add(p);
            int next = (int) parts.stream().filter(p -> p instanceof Part.TablePart).count();
            // Rows rejected at import, per data set.
            List<AnalysisContext.Batch> batches = ctx.batches(datasetsOfCatalogue());
            parts.add(new Part.Heading("Rows rejected at import", "batch records of the data sets the report reads"));
            if (batches.isEmpty()) {
                parts.add(new Part.Unavailable("No data set is loaded yet, so nothing was rejected."));
            } else {
                Map<String, long[]> by = new LinkedHashMap<>();
                for (AnalysisContext.Batch b : batches) {
                    long[] acc = by.computeIfAbsent(b.dataset(), k -> new long[4]);
                    acc[0]++;
                    acc[1] += b.rowsRead();
                    acc[2] += b.rowsLoaded();
                    acc[3] += b.rowsRejected();
                }
                List<List<Cell>> rows = new ArrayList<>();
                for (var e : by.entrySet()) {
                    long[] a = e.getValue();
                    rows.add(List.of(text(e.getKey()), count(a[0]), count(a[1]), count(a[2]), count(a[3]),
                            a[1] == 0 ? text("") : percentCell(a[3] * 100.0 / a[1])));
                }
                String number = num + "." + (++next);
                parts.add(new Part.TablePart(new ShownTable("t" + number.replace('.', '-') + "--rejects", number,
                        "Rows rejected at import, by data set", "active batches; " + areaName(), "batches",
                        List.of(Column.text("dataset", "Data set"), Column.count("batches", "Batches"), Column.count("rows_read", "Rows read"),
                                Column.count("rows_loaded", "Rows loaded"), Column.count("rows_rejected", "Rows rejected"),
                                Column.percent("rejected_pct", "Rejected", "rows_rejected")),
                        rows, List.of("Counts of file rows, not of people: not subject to disclosure control. Each rejected "
                                + "row is listed with its line, column and reason by ./svo rejects."), DisclosureRule.NONE, null)));
            }
            // Totals that should agree.
            parts.add(new Part.Heading("Totals that should agree", "yearly totals of serious violence from each table that gives one"));
            ShownTable rec = reconciliation(num + "." + (++next));
            if (rec == null) parts.add(new Part.Unavailable("Fewer than two tables in this report give yearly totals: nothing to reconcile yet."));
            else parts.add(new Part.TablePart(rec));
            return new Section(sp.id(), num, sp.title(), sp.intro(), parts);
        }

        /** Yearly totals from every table that gives one, side by side, and whether they agree. */
        private ShownTable reconciliation(String number) {
            record Source(String label, String analysisId, boolean columnSum) {}
            List<Source> sources = List.of(new Source("Offence types (Total row)", "trend.offence-type", false),
                    new Source("Districts (sum of rows)", "district", true),
                    new Source("Outcomes (Total row)", "outcomes", false));
            List<String> periods = window.labels();
            List<Source> present = new ArrayList<>();
            List<List<Cell>> values = new ArrayList<>();
            for (Source s : sources) {
                BlockResult br = results.get(key(s.analysisId(), null));
                if (br == null || br.tables().isEmpty()) continue;
                ShownTable t = br.tables().get(0);
                List<Cell> col = new ArrayList<>();
                for (String p : periods) col.add(s.columnSum() ? columnSum(t, periods, p) : at(Series.row(t, periods, "Total", null), p));
                if (col.stream().allMatch(c -> c.number() == null)) continue;
                present.add(s);
                values.add(col);
            }
            if (present.size() < 2) return null;
            List<Column> cols = new ArrayList<>();
            cols.add(Column.text("period", "Year"));
            for (int i = 0; i < present.size(); i++) cols.add(Column.count("source_" + (i + 1), present.get(i).label()));
            cols.add(Column.text("agree", "Agree?"));
            List<List<Cell>> rows = new ArrayList<>();
            for (int r = 0; r < periods.size(); r++) {
                List<Cell> row = new ArrayList<>();
                row.add(text(periods.get(r)));
                TreeSet<Double> distinct = new TreeSet<>();
                boolean unknown = false;
                for (List<Cell> v : values) {
                    row.add(v.get(r));
                    if (v.get(r).number() == null) unknown = true;
                    else distinct.add(v.get(r).number());
                }
                String verdict = unknown ? "cannot tell (withheld or missing)" : distinct.size() <= 1 ? "yes"
                        : "no: they differ by " + Formats.count(distinct.last() - distinct.first());
                row.add(text(verdict));
                rows.add(row);
            }
            return new ShownTable("t" + number.replace('.', '-') + "--reconciliation", number, "Yearly totals of serious violence, by source table",
                    describeScope(req.area()), "reconciliation", cols, rows,
                    List.of("Outcomes can legitimately differ from occurrence counts when an occurrence has more than one outcome record."),
                    req.ruleFor(null), null);
        }

        private Cell at(List<Series.Point> pts, String period) {
            for (Series.Point p : pts) if (p.period().equals(period)) return p.cell();
            return text("");
        }

        private Cell columnSum(ShownTable t, List<String> periods, String period) {
            double sum = 0;
            for (String label : Series.labels(t)) {
                Cell c = at(Series.row(t, periods, label, null), period);
                if (c.withheld()) return new Cell(null, "[c]", Cell.Mark.DERIVED);
                if (c.number() != null) sum += c.number();
            }
            return count((long) sum);
        }

        // ---------------------------------------------------------------- methods and metadata

        private Methods methods() {
            List<Methods.DefinitionUsed> defs = new ArrayList<>();
            for (Definition d : definitionsUsed.values()) defs.add(new Methods.DefinitionUsed(d.label(), d.title(), d.statement(), inForce(d)));
            List<String[]> params = new ArrayList<>();
            for (Period.Span s : window.spans()) params.add(new String[]{"Year " + s.label(), Formats.date(s.start()) + " to " + Formats.date(s.endInclusive())});
            params.add(new String[]{"Comparison", req.comparison().wording()});
            params.add(new String[]{"Area", areaName() + (req.area().code() != null ? " (" + req.area().code() + ")" : "")});
            params.add(new String[]{"Audience", req.audience().label()});
            List<DisclosureRule> shown = rules.isEmpty() ? List.of(req.ruleFor(null)) : rules;
            for (DisclosureRule r : shown) {
                params.add(new String[]{"Disclosure rule", r.id() + (r.kind() == DisclosureRule.Kind.SMALL_COUNTS ? " (threshold " + r.threshold() + ")"
                        : r.kind() == DisclosureRule.Kind.NHS_HES ? " (minimum denominator " + r.minDenominator() + ")" : "")});
            }
            params.add(new String[]{"Rounding", "percentages and rates to one decimal place, half-up; sentences to whole numbers"});
            List<Methods.AnalysisUsed> used = new ArrayList<>();
            Set<String> datasets = new TreeSet<>();
            for (BlockResult br : results.values()) {
                if (br.analysis() == null || br.scope() == null) continue;
                Scope s = br.scope();
                String p = s.parameters().isEmpty() ? "defaults" : new java.util.TreeMap<>(s.parameters()).toString();
                if (!s.period().equals(window)) p = p + "; period " + s.period().label();
                used.add(new Methods.AnalysisUsed(br.analysis().id(), br.analysis().title(), br.analysis().section(),
                        s.definition() == null ? "none" : s.definition().label(), p, br.analysis().datasets()));
                datasets.addAll(br.analysis().datasets());
            }
            return new Methods(defs, params, used, ctx.batches(datasets), shown, req.commandLine());
        }

        private Report.Meta meta() {
            String partnership = ctx.setting("partnership_name").orElse("Partnership area");
            String title = profile ? "District profile: " + req.area().name() : "Serious Violence Strategic Needs Assessment";
            String subtitle = profile ? "Serious violence in " + req.area().name() + ", " + window.label()
                    : partnership + ", " + window.label();
            Definition d = req.definition();
            return new Report.Meta(title, subtitle, partnership, d == null ? "no definition" : d.label(),
                    d == null ? "" : d.title(), window.label(), periodDates(), req.comparison().wording(), areaName(),
                    req.audience(), STAMP.format(req.generatedAt()), req.software(), ctx.synthetic(),
                    profile ? req.area().name() : null);
        }

        // ---------------------------------------------------------------- small helpers

        private Set<String> datasetsOfCatalogue() {
            Set<String> out = new TreeSet<>();
            for (SectionPlan sp : plan.sections()) for (Block b : sp.blocks()) catalog.find(b.analysisId()).ifPresent(a -> out.addAll(a.datasets()));
            return out;
        }

        private String areaName() {
            return req.area().kind() == Area.Kind.ALL ? ctx.setting("partnership_name").orElse("the partnership area") : req.area().name();
        }

        private String describeScope(Area area) {
            return (req.definition() == null ? "no definition" : req.definition().label()) + ", " + window.label() + ", " + area.label();
        }

        private String periodDates() {
            return LONG_DATE.format(window.start()) + " to " + LONG_DATE.format(window.endExclusive().minusDays(1));
        }

        private String inForce(Definition d) {
            return "from " + Formats.date(d.effectiveFrom()) + (d.effectiveTo() == null ? " (still in force)" : " to " + Formats.date(d.effectiveTo()));
        }
    }

    private static final java.util.regex.Pattern MACHINE_LABEL = java.util.regex.Pattern.compile("[a-z][a-z0-9_ ]*");

    /**
     * Labels as a reader expects them: machine labels from the data ("total", "victims_18_and_under",
     * "not_recorded") become "Total", "Victims 18 and under", "Not recorded"; any label with capitals is left alone.
     */
    static List<List<Cell>> humanise(List<Column> columns, List<List<Cell>> cells) {
        List<List<Cell>> out = new ArrayList<>(cells.size());
        for (List<Cell> row : cells) {
            List<Cell> r = new ArrayList<>(row);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = r.get(c);
                if (columns.get(c).kind() != Column.Kind.TEXT || cell.withheld() || !MACHINE_LABEL.matcher(cell.text()).matches()) continue;
                String t = cell.text().replace('_', ' ');
                r.set(c, new Cell(cell.value(), Character.toUpperCase(t.charAt(0)) + t.substring(1), cell.mark()));
            }
            out.add(r);
        }
        return out;
    }

    static String key(String analysisId, String definition) {
        return analysisId + "|" + (definition == null ? "" : definition);
    }

    private static Cell text(String s) {
        return new Cell(s, s, Cell.Mark.NONE);
    }

    private static Cell count(long n) {
        return new Cell(n, Formats.count(n), Cell.Mark.NONE);
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
