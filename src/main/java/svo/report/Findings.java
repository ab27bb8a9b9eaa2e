package svo.report;

import svo.analysis.Column;
import svo.analysis.Comparison;
import svo.analysis.Period;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Drafts the sentences of the executive summary and key findings from published cells, for the analyst to edit.
 * Percentages in sentences are whole numbers rounded half-up; counts are printed exactly as their table prints
 * them; a sentence is not drafted when a figure it needs is withheld. Every figure a sentence quotes is recorded
 * with its table cell, for {@link ConsistencyCheck}.
 */
final class Findings {
    private Findings() {}

    /** Where the drafting finds tables: by analysis id and definition name (null for the report's own). */
    interface Lookup {
        List<ShownTable> tables(String analysisId, String definition);

        String definitionLabel(String definition);

        /**
         * A named figure of the analysis's result (a share the analysis computed without a table cell), or empty:
         * in a public report only when none of the analysis's cells is withheld, since such a figure has no cell
         * for disclosure control to judge.
         */
        Optional<Object> figure(String analysisId, String definition, String name);
    }

    /** A drafted sentence, and the key figure it gives when the spec asks for one. */
    record Drafted(Finding finding, KeyFigure keyFigure) {}

    static Optional<Drafted> draft(FindingSpec spec, Lookup lookup, Period window, Comparison comparison, String area) {
        List<ShownTable> tables = lookup.tables(spec.analysisId(), spec.definition());
        if (tables.isEmpty()) return Optional.empty();
        String def = lookup.definitionLabel(spec.definition());
        if (spec instanceof FindingSpec.Share s && s.column() != null && s.column().startsWith("figure:")) {
            return shareOfFigure(s, tables, lookup, window, def, area);
        }
        if (spec instanceof FindingSpec.Change c) return change(c, tables, window, comparison, def, area);
        if (spec instanceof FindingSpec.Peak p) return peak(p, tables, window, def, area);
        if (spec instanceof FindingSpec.Largest l) return largest(l, tables, window, comparison, def, area);
        return share((FindingSpec.Share) spec, tables, window, def, area);
    }

    static String key(String subject, String definition, String period, String area) {
        return subject + "|" + definition + "|" + period + "|" + area;
    }

    private static Optional<Drafted> change(FindingSpec.Change c, List<ShownTable> tables, Period window, Comparison comparison,
                                           String def, String area) {
        List<String> periods = window.labels();
        if (periods.size() < 2) return Optional.empty();
        for (ShownTable t : pick(tables, c.table())) {
            List<Series.Point> pts = Series.row(t, periods, c.row(), null);
            if (pts.isEmpty()) continue;
            Series.Point latest = pts.get(pts.size() - 1);
            Series.Point base = comparison == Comparison.FIRST ? pts.get(0) : pts.get(pts.size() - 2);
            if (latest.cell().withheld() || base.cell().withheld() || latest.cell().number() == null || base.cell().number() == null) {
                return Optional.empty();
            }
            double a = base.cell().number(), b = latest.cell().number();
            Figure fa = new Figure(key(c.subject(), def, base.period(), area), base.cell().text(), t.anchor(), base.row(), base.column());
            Figure fb = new Figure(key(c.subject(), def, latest.period(), area), latest.cell().text(), t.anchor(), latest.row(), latest.column());
            String sentence, detail;
            List<Figure> figures = new ArrayList<>(List.of(fa, fb));
            if (a == 0) {
                sentence = b == 0 ? capital(c.subject()) + " was zero in both " + base.period() + " and " + latest.period() + "."
                        : capital(c.subject()) + " rose from 0 in " + base.period() + " to " + fb.text() + " in " + latest.period() + ".";
                detail = b == 0 ? "none in " + base.period() : "up from 0 in " + base.period();
            } else {
                double pct = (b - a) / a * 100;
                long whole = Formats.wholePercent(Math.abs(pct));
                String change = whole + "%";
                figures.add(Figure.derived(key("change in " + c.subject(), def, base.period() + " to " + latest.period(), area),
                        (pct < 0 ? "-" : "+") + change, t.anchor()));
                if (whole == 0) {
                    sentence = capital(c.subject()) + " was almost unchanged compared with " + base.period() + " (" + fa.text()
                            + " to " + fb.text() + ").";
                    detail = "about the same as " + base.period();
                } else {
                    sentence = "Compared with " + base.period() + ", " + c.subject() + " " + (pct < 0 ? "fell" : "rose") + " by "
                            + change + " (" + fa.text() + " to " + fb.text() + ").";
                    detail = (pct < 0 ? "down " : "up ") + change + " on " + base.period();
                }
            }
            Finding f = new Finding(sentence, figures, t.anchor(), t.label(), c.placement());
            KeyFigure k = c.keyFigure() ? new KeyFigure(fb.text(), c.subject() + " in " + latest.period(), detail, fb, t.anchor(), t.label()) : null;
            return Optional.of(new Drafted(f, k));
        }
        return Optional.empty();
    }

    private static Optional<Drafted> peak(FindingSpec.Peak p, List<ShownTable> tables, Period window, String def, String area) {
        for (ShownTable printed : pick(tables, p.table())) {
            ShownTable t = printed.unpivoted() != null ? printed.unpivoted() : printed;
            int key = t.indexOf("label") >= 0 ? t.indexOf("label") : Series.keyColumn(t), value = Series.firstCount(t);
            if (key < 0 || value < 0 || t.rows().size() < 3) continue;
            int best = -1, n = 0;
            double sum = 0;
            for (int r = 0; r < t.rows().size(); r++) {
                if (DisclosureControl.isTotalLabel(t.rows().get(r).get(key).text())) continue;
                Cell cell = t.rows().get(r).get(value);
                if (cell.mark() == Cell.Mark.SECONDARY || cell.mark() == Cell.Mark.PRIMARY) return Optional.empty();
                if (cell.number() == null) continue;
                n++;
                sum += cell.number();
                if (best < 0 || cell.number() > t.rows().get(best).get(value).number()) best = r;
            }
            if (best < 0 || n < 3) continue;
            Cell top = t.rows().get(best).get(value);
            String month = t.rows().get(best).get(key).text();
            String average = Formats.count(Math.round(sum / n));
            int[] at = printed.locate(top);
            if (at == null) at = new int[]{best, value};
            Figure peak = new Figure(key("peak month of " + p.subject(), def, window.label(), area), top.text(), t.anchor(), at[0], at[1]);
            Figure avg = Figure.derived(key("monthly average of " + p.subject(), def, window.label(), area), average, t.anchor());
            String sentence = "Over the " + n + " months from " + window.spans().get(0).label() + " to " + window.latest().label()
                    + ", " + p.subject() + " averaged " + average + " a month, with a peak of " + top.text() + " in " + month + ".";
            return Optional.of(new Drafted(new Finding(sentence, List.of(peak, avg), t.anchor(), t.label(), p.placement()), null));
        }
        return Optional.empty();
    }

    private static Optional<Drafted> largest(FindingSpec.Largest l, List<ShownTable> tables, Period window, Comparison comparison,
                                             String def, String area) {
        List<String> periods = window.labels();
        for (ShownTable t : pick(tables, l.table())) {
            List<String> labels = Series.labels(t);
            if (labels.size() < 2) continue;
            String latestP = periods.get(periods.size() - 1);
            Series.Point best = null;
            String bestLabel = null;
            int falls = 0, compared = 0;
            boolean anyWithheld = false;
            double sum = 0;
            for (String label : labels) {
                List<Series.Point> pts = Series.row(t, periods, label, null);
                if (pts.isEmpty()) return Optional.empty();
                Series.Point last = pts.get(pts.size() - 1);
                if (last.cell().withheld() || last.cell().number() == null) {
                    anyWithheld = true;
                    continue;
                }
                sum += last.cell().number();
                if (best == null || last.cell().number() > best.cell().number()) {
                    best = last;
                    bestLabel = label;
                }
                if (periods.size() > 1) {
                    Series.Point base = comparison == Comparison.FIRST ? pts.get(0) : pts.get(pts.size() - 2);
                    if (!base.cell().withheld() && base.cell().number() != null) {
                        compared++;
                        if (last.cell().number() < base.cell().number()) falls++;
                    }
                }
            }
            if (best == null) continue;
            List<Series.Point> total = Series.row(t, periods, "Total", null);
            Double denominator = null;
            if (!total.isEmpty() && !total.get(total.size() - 1).cell().withheld()) denominator = total.get(total.size() - 1).cell().number();
            else if (!anyWithheld) denominator = sum;
            Figure fb = new Figure(key(l.subject() + " in " + bestLabel, def, latestP, area), best.cell().text(), t.anchor(), best.row(), best.column());
            List<Figure> figures = new ArrayList<>(List.of(fb));
            StringBuilder s = new StringBuilder(bestLabel + " recorded the most " + l.subject() + " in " + latestP + " (" + fb.text());
            if (denominator != null && denominator > 0) {
                String share = Formats.wholePercent(best.cell().number() / denominator * 100) + "%";
                figures.add(Figure.derived(key("share of " + l.subject() + " in " + bestLabel, def, latestP, area), share, t.anchor()));
                s.append(", ").append(share).append(" of the total");
            }
            s.append(')');
            if (compared > 1) {
                String base = comparison == Comparison.FIRST ? periods.get(0) : periods.get(periods.size() - 2);
                String unit = "district".equals(l.analysisId()) ? "districts" : "groups";
                String who = falls == compared ? "all " + compared + " " + unit : falls == 0 ? "none of the " + compared + " " + unit
                        : falls + " of the " + compared + " " + unit;
                s.append("; ").append(who).append(" saw a fall").append(" compared with ").append(base);
            }
            s.append('.');
            return Optional.of(new Drafted(new Finding(s.toString(), figures, t.anchor(), t.label(), l.placement()), null));
        }
        return Optional.empty();
    }

    private static Optional<Drafted> share(FindingSpec.Share s, List<ShownTable> tables, Period window, String def, String area) {
        String latest = window.latest().label();
        for (ShownTable t : pick(tables, s.table())) {
            int col = -1;
            if (s.column() != null) col = t.indexOf(s.column());
            if (col < 0) {
                for (int c = 0; c < t.columns().size() && col < 0; c++) {
                    Column cc = t.columns().get(c);
                    String label = cc.label().strip();
                    if (cc.kind() == Column.Kind.PERCENT && (label.equals(latest) || label.endsWith(": " + latest))) col = c;
                }
            }
            if (col < 0) {
                for (int c = 0; c < t.columns().size() && col < 0; c++) if (t.columns().get(c).kind() == Column.Kind.PERCENT) col = c;
            }
            if (col < 0) continue;
            int row = -1;
            int pc = Series.periodColumn(t), key = Series.keyColumn(t);
            for (int r = 0; r < t.rows().size() && row < 0; r++) {
                boolean periodOk = pc < 0 || t.rows().get(r).get(pc).text().equals(latest);
                boolean labelOk = s.row() == null || (key >= 0 && t.rows().get(r).get(key).text().equalsIgnoreCase(s.row()));
                if (periodOk && labelOk) row = r;
            }
            if (row < 0) continue;
            Cell cell = t.rows().get(row).get(col);
            if (cell.withheld() || cell.number() == null) return Optional.empty();
            String value = Formats.wholePercent(cell.number()) + "%";
            String text = s.template().replace("{value}", value).replace("{period}", latest);
            text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
            Figure fig = new Figure(key(s.key(), def, latest, area), cell.text(), t.anchor(), row, col);
            return Optional.of(new Drafted(new Finding(text, List.of(fig), t.anchor(), t.label(), s.placement()), null));
        }
        return Optional.empty();
    }

    private static Optional<Drafted> shareOfFigure(FindingSpec.Share s, List<ShownTable> tables, Lookup lookup, Period window,
                                                   String def, String area) {
        Optional<Object> v = lookup.figure(s.analysisId(), s.definition(), s.column().substring("figure:".length()));
        if (v.isEmpty() || !(v.get() instanceof Number n)) return Optional.empty();
        ShownTable t = pick(tables, s.table()).stream().findFirst().orElse(tables.get(0));
        String latest = window.latest().label();
        String text = s.template().replace("{value}", Formats.wholePercent(n.doubleValue()) + "%").replace("{period}", latest)
                .replace("{window}", window.label());
        text = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        Figure fig = Figure.derived(key(s.key(), def, window.label(), area), Formats.format(n, Column.Kind.PERCENT), t.anchor());
        return Optional.of(new Drafted(new Finding(text, List.of(fig), t.anchor(), t.label(), s.placement()), null));
    }

    private static List<ShownTable> pick(List<ShownTable> tables, String id) {
        if (id == null) return tables;
        return tables.stream().filter(t -> t.anchor().endsWith("--" + id) || t.title().equalsIgnoreCase(id)).toList();
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
