package svo.report.xlsx;

import org.dhatim.fastexcel.HyperLink;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import svo.analysis.AnalysisContext;
import svo.analysis.Column;
import svo.report.Cell;
import svo.report.Finding;
import svo.report.Formats;
import svo.report.Methods;
import svo.report.Report;
import svo.report.Section;
import svo.report.ShownTable;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes every table of a report as a sheet of one .xlsx workbook, behind a contents sheet that says what the
 * report covers and links to each table, plus the drafted findings and the methods (batches with checksums).
 * Figures are the published cells: numbers as numbers at the precision the report prints, withheld cells as their
 * mark. Text is always written with {@code Worksheet.value(String)}, which FastExcel stores as a shared string
 * ({@code t="s"}) — a type a spreadsheet never evaluates — so "=HYPERLINK(…)" from data stays text; this writer
 * never calls {@code formula()}.
 *
 * <pre>
 * try (OutputStream out = Files.newOutputStream(dir.resolve("sna.xlsx"))) { XlsxWorkbook.write(report, out); }
 * </pre>
 */
public final class XlsxWorkbook {
    private XlsxWorkbook() {}

    /** The sheet name of a table: "T3.1" (short, unique, within Excel's 31 characters and allowed characters). */
    public static String sheetName(ShownTable t) {
        return "T" + t.number();
    }

    public static void write(Report report, OutputStream out) {
        try {
            Workbook wb = new Workbook(out, "Serious Violence Observatory", "1.0");
            contents(wb, report);
            findings(wb, report);
            for (ShownTable t : report.tables()) table(wb, t);
            methods(wb, report);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook: " + e.getMessage(), e);
        }
    }

    private static void contents(Workbook wb, Report report) {
        Report.Meta m = report.meta();
        Worksheet ws = wb.newWorksheet("Contents");
        ws.value(0, 0, m.title());
        ws.style(0, 0).bold().fontSize(14).set();
        ws.value(1, 0, m.subtitle());
        int r = 3;
        String[][] meta = {
                {"Definition", m.definitionLabel() + (m.definitionTitle().isEmpty() ? "" : " — " + m.definitionTitle())},
                {"Period", m.periodLabel() + " (" + m.periodDates() + ")"},
                {"Area", m.areaLabel()},
                {"Audience", m.audience().label() + (m.audience() == svo.report.Audience.PUBLIC ? ": small numbers withheld" : ": every figure shown; not for publication")},
                {"Disclosure rules", String.join("; ", report.methods().rules().stream().map(x -> x.describe()).toList())},
                {"Generated", m.generatedAt() + " by " + m.software()},
        };
        for (String[] kv : meta) {
            ws.value(r, 0, kv[0]);
            ws.style(r, 0).bold().set();
            ws.value(r, 1, kv[1]);
            r++;
        }
        if (m.synthetic()) {
            ws.value(r, 0, "SYNTHETIC DATA");
            ws.style(r, 0).bold().fontColor("B34700").set();
            ws.value(r, 1, "Every figure is computed from a synthetic data set made for demonstration: not real crimes or people.");
            r++;
        }
        r++;
        String[] head = {"Sheet", "Table", "Title", "Section", "Scope"};
        for (int c = 0; c < head.length; c++) {
            ws.value(r, c, head[c]);
            ws.style(r, c).bold().borderStyle(org.dhatim.fastexcel.BorderSide.BOTTOM, "thin").set();
        }
        r++;
        for (Section s : report.sections()) {
            for (ShownTable t : tablesOf(s)) {
                ws.hyperlink(r, 0, HyperLink.internal("'" + sheetName(t) + "'!A1", sheetName(t)));
                ws.value(r, 1, t.label());
                ws.value(r, 2, t.title());
                ws.value(r, 3, s.number() + " " + s.title());
                ws.value(r, 4, t.scope());
                r++;
            }
        }
        ws.value(r + 1, 0, "Findings");
        ws.hyperlink(r + 1, 0, HyperLink.internal("'Findings'!A1", "Findings"));
        ws.hyperlink(r + 2, 0, HyperLink.internal("'Methods'!A1", "Methods"));
        ws.width(0, 10);
        ws.width(1, 12);
        ws.width(2, 60);
        ws.width(3, 34);
        ws.width(4, 48);
    }

    private static void findings(Workbook wb, Report report) {
        Worksheet ws = wb.newWorksheet("Findings");
        ws.value(0, 0, "Drafted findings");
        ws.style(0, 0).bold().fontSize(12).set();
        ws.value(1, 0, "Sentences drafted from the tables, for the analyst to edit. Each names the table it comes from.");
        String[] head = {"Where", "Finding", "Table"};
        for (int c = 0; c < head.length; c++) {
            ws.value(3, c, head[c]);
            ws.style(3, c).bold().set();
        }
        int r = 4;
        for (Finding f : report.findings()) {
            ws.value(r, 0, f.placement() == Finding.Placement.SUMMARY ? "Executive summary" : "Key findings");
            ws.value(r, 1, f.text());
            ws.value(r, 2, f.tableLabel());
            r++;
        }
        ws.width(0, 18);
        ws.width(1, 100);
        ws.width(2, 12);
    }

    private static void table(Workbook wb, ShownTable t) {
        Worksheet ws = wb.newWorksheet(sheetName(t));
        ws.value(0, 0, t.label() + " " + t.title());
        ws.style(0, 0).bold().fontSize(12).set();
        ws.value(1, 0, t.scope() + (t.rule().active() ? "; disclosure control: " + t.rule().id() : ""));
        int head = 3;
        for (int c = 0; c < t.columns().size(); c++) {
            Column col = t.columns().get(c);
            ws.value(head, c, col.label());
            ws.style(head, c).bold().wrapText(true).borderStyle(org.dhatim.fastexcel.BorderSide.BOTTOM, "thin")
                    .horizontalAlignment(col.kind() == Column.Kind.TEXT ? "left" : "right").set();
            ws.width(c, col.kind() == Column.Kind.TEXT ? 28 : 13);
        }
        int r = head + 1;
        for (List<Cell> row : t.rows()) {
            for (int c = 0; c < row.size(); c++) {
                Cell cell = row.get(c);
                Column col = t.columns().get(c);
                BigDecimal number = cell.withheld() ? null : Formats.plain(cell.value(), col.kind());
                if (number != null && col.kind() != Column.Kind.TEXT) {
                    ws.value(r, c, number);
                    String fmt = switch (col.kind()) {
                        case COUNT -> "#,##0";
                        case PERCENT, RATE -> "0.0";
                        case MONEY -> "£#,##0";
                        default -> null;
                    };
                    if (fmt != null) ws.style(r, c).format(fmt).set();
                } else if (cell.value() instanceof java.time.LocalDate d && !cell.withheld()) {
                    ws.value(r, c, d);
                    ws.style(r, c).format("d mmm yyyy").set();
                } else if (!cell.text().isEmpty()) {
                    ws.value(r, c, cell.text());
                    if (cell.withheld()) ws.style(r, c).horizontalAlignment("right").italic().set();
                }
            }
            r++;
        }
        ws.freezePane(1, head + 1);
        r++;
        for (String n : t.notes()) ws.value(r++, 0, n);
        if (t.anyWithheld()) {
            ws.value(r++, 0, t.rule().primaryMark() + " a small number, withheld; " + t.rule().secondaryMark()
                    + " withheld so that a small number cannot be worked out from a total (" + t.rule().id() + ").");
        }
    }

    private static void methods(Workbook wb, Report report) {
        Methods m = report.methods();
        Worksheet ws = wb.newWorksheet("Methods");
        ws.value(0, 0, "Methods and data");
        ws.style(0, 0).bold().fontSize(12).set();
        int r = 2;
        ws.value(r++, 0, "Definitions");
        for (Methods.DefinitionUsed d : m.definitions()) {
            ws.value(r, 0, d.label());
            ws.value(r, 1, d.title());
            ws.value(r, 2, d.inForce());
            ws.value(r, 3, d.statement());
            r++;
        }
        r++;
        ws.value(r++, 0, "Parameters");
        for (String[] p : m.parameters()) {
            ws.value(r, 0, p[0]);
            ws.value(r, 1, p[1]);
            r++;
        }
        r++;
        ws.value(r++, 0, "Analyses");
        for (Methods.AnalysisUsed a : m.analyses()) {
            ws.value(r, 0, a.id());
            ws.value(r, 1, a.title());
            ws.value(r, 2, a.snaSection());
            ws.value(r, 3, a.definition());
            ws.value(r, 4, a.parameters());
            ws.value(r, 5, String.join(", ", a.datasets()));
            r++;
        }
        r++;
        ws.value(r++, 0, "Data batches");
        String[] head = {"Batch", "Data set", "File", "SHA-256", "Rows loaded", "Rows rejected", "Loaded"};
        for (int c = 0; c < head.length; c++) ws.value(r, c, head[c]);
        r++;
        for (AnalysisContext.Batch b : m.batches()) {
            ws.value(r, 0, b.id());
            ws.value(r, 1, b.dataset());
            ws.value(r, 2, b.fileName());
            ws.value(r, 3, b.sha256());
            ws.value(r, 4, b.rowsLoaded());
            ws.value(r, 5, b.rowsRejected());
            if (b.loadedAt() != null) ws.value(r, 6, b.loadedAt().toString());
            r++;
        }
        if (m.commandLine() != null) {
            r++;
            ws.value(r, 0, "Command");
            ws.value(r, 1, m.commandLine());
        }
        ws.width(0, 22);
        ws.width(1, 40);
        ws.width(2, 30);
        ws.width(3, 40);
    }

    private static List<ShownTable> tablesOf(Section s) {
        List<ShownTable> out = new ArrayList<>();
        for (var p : s.parts()) if (p instanceof svo.report.Part.TablePart tp) out.add(tp.table());
        return out;
    }
}
