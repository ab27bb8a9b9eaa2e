package svo.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import svo.store.Jdbc;
import svo.store.Store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** The analyst's start page: what data is loaded, the latest batches, and data-quality figures from the records. */
final class OverviewPage {
    record DatasetRow(String dataset, long batches, long rows, long read, long rejected, LocalDate from, LocalDate to,
                      LocalDateTime lastLoaded) {}

    record BatchRow(long id, String dataset, String source, String file, String mode, long read, long loaded,
                    long rejected, String status, String by, LocalDateTime at) {
        static BatchRow of(ResultSet rs) throws SQLException {
            return new BatchRow(rs.getLong("batch_id"), rs.getString("dataset"), rs.getString("source"),
                    rs.getString("file_name"), rs.getString("mode"), rs.getLong("rows_read"), rs.getLong("rows_loaded"),
                    rs.getLong("rows_rejected"), rs.getString("status"), rs.getString("loaded_by"),
                    rs.getTimestamp("loaded_at").toLocalDateTime());
        }
    }

    /** One data-quality figure: how many of how many records have a property, and why it matters. */
    record Quality(String dataset, String what, long part, long whole, String why) {}

    private final StorePool pool;
    private final Layout layout;

    OverviewPage(StorePool pool, Layout layout) {
        this.pool = pool;
        this.layout = layout;
    }

    void register(RoutesConfig r) {
        r.get("/home", this::page);
    }

    private void page(Context ctx) {
        Visit v = Visit.of(ctx);
        List<DatasetRow> datasets;
        List<BatchRow> batches;
        List<Quality> quality;
        try (StorePool.Lease lease = pool.lease()) {
            Store s = lease.store();
            datasets = Jdbc.query(s.connection(), """
                    SELECT dataset, count(*) AS batches, sum(rows_loaded) AS rows, sum(rows_read) AS read,
                           sum(rows_rejected) AS rejected, min(period_from) AS p_from, max(period_to) AS p_to,
                           max(loaded_at) AS last_loaded
                    FROM batch WHERE status = 'active' GROUP BY dataset ORDER BY dataset""",
                    rs -> new DatasetRow(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                            date(rs.getDate(6)), date(rs.getDate(7)), rs.getTimestamp(8).toLocalDateTime()));
            batches = Jdbc.query(s.connection(), "SELECT * FROM batch ORDER BY batch_id DESC LIMIT 12", BatchRow::of);
            quality = quality(s);
        }
        Html body;
        if (datasets.isEmpty()) {
            body = Html.of("""
                    <h1>Overview</h1>
                    <div class="panel empty">
                      <h2>No data loaded yet</h2>
                      <p>Start by loading each agency's extract: <a class="button primary" href="/upload">Upload a file</a></p>
                      <p class="aside">Or from the command line: <code>./svo import occurrences FILE.csv</code>.</p>
                    </div>""");
        } else {
            body = Html.of("""
                    <h1>Overview</h1>
                    <div class="cards">{}</div>
                    <section class="panel">
                      <h2>Data loaded</h2>
                      <div class="scroll"><table>
                        <thead><tr><th>Data set</th><th class="num">Active batches</th><th class="num">Rows</th><th class="num">Rejected rows</th><th>Covers</th><th>Last loaded (UTC)</th></tr></thead>
                        <tbody>{}</tbody>
                      </table></div>
                    </section>
                    <div class="grid split">
                      <section class="panel">
                        <h2>Data quality</h2>
                        {}
                      </section>
                      <section class="panel">
                        <h2>Latest batches</h2>
                        <div class="scroll"><table class="compact">
                          <thead><tr><th class="num">Batch</th><th>Data set</th><th>File</th><th class="num">Loaded</th><th class="num">Rejected</th><th>Status</th></tr></thead>
                          <tbody>{}</tbody>
                        </table></div>
                        <p class="aside"><a href="/upload">Upload another file</a></p>
                      </section>
                    </div>""",
                    cards(datasets),
                    Html.each(datasets, d -> Html.of("<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{} <span class=\"muted\">({})</span></td><td>{} – {}</td><td>{}</td></tr>",
                            d.dataset(), d.batches(), Format.count(d.rows()), Format.count(d.rejected()),
                            Format.share(d.rejected(), d.read()), Format.date(d.from()), Format.date(d.to()),
                            Format.dateTime(d.lastLoaded()))),
                    quality.isEmpty() ? Html.of("<p class=\"muted\">Quality figures appear once police occurrences or persons are loaded.</p>")
                            : qualityTable(quality),
                    Html.each(batches, b -> Html.of("<tr><td class=\"num\"><a href=\"/batches/{}\">{}</a></td><td>{}</td><td class=\"file\" title=\"{}\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td><span class=\"tag {}\">{}</span></td></tr>",
                            b.id(), b.id(), b.dataset(), b.file(), b.file(), Format.count(b.loaded()),
                            Format.count(b.rejected()), b.status(), b.status())));
        }
        ctx.html(layout.page(v, "Overview", "/home", body));
    }

    private Html cards(List<DatasetRow> datasets) {
        long batches = datasets.stream().mapToLong(DatasetRow::batches).sum();
        long rows = datasets.stream().mapToLong(DatasetRow::rows).sum();
        long read = datasets.stream().mapToLong(DatasetRow::read).sum();
        long rejected = datasets.stream().mapToLong(DatasetRow::rejected).sum();
        List<Html> cards = new ArrayList<>();
        for (DatasetRow d : datasets) {
            if (d.dataset().equals("occurrences") || d.dataset().equals("persons")) {
                cards.add(card(d.dataset().equals("occurrences") ? "Occurrences" : "Person records", Format.count(d.rows()),
                        Format.date(d.from()) + " – " + Format.date(d.to())));
            }
        }
        cards.add(card("Data sets", Integer.toString(datasets.size()), Format.count(batches) + (batches == 1 ? " active batch" : " active batches")));
        cards.add(card("Rows loaded", Format.count(rows), "in all data sets"));
        cards.add(card("Rows rejected", Format.count(rejected), Format.share(rejected, read) + " of rows read"));
        return Html.join(cards);
    }

    private static Html card(String label, String value, String sub) {
        return Html.of("<div class=\"card\"><div class=\"label\">{}</div><div class=\"value\">{}</div><div class=\"sub\">{}</div></div>",
                label, value, sub);
    }

    private Html qualityTable(List<Quality> quality) {
        List<Html> parts = new ArrayList<>();
        String dataset = null;
        for (Quality q : quality) {
            if (!q.dataset().equals(dataset)) {
                dataset = q.dataset();
                parts.add(Html.of("<tr class=\"group\"><th colspan=\"4\" scope=\"rowgroup\">{}</th></tr>", dataset));
            }
            parts.add(qualityRow(q));
        }
        return Html.of("<table class=\"quality\"><tbody>{}</tbody></table>", Html.join(parts));
    }

    private Html qualityRow(Quality q) {
        double pct = q.whole() == 0 ? 0 : 100.0 * q.part() / q.whole();
        return Html.of("""
                <tr><th scope="row">{}<div class="why">{}</div></th>
                <td class="num">{}</td><td class="num muted">{} of {}</td>
                <td class="barcell">{}</td></tr>""",
                q.what(), q.why(), Format.percent(pct), Format.count(q.part()), Format.count(q.whole()),
                Chart.meter(pct, pct >= 95 ? "good" : pct >= 80 ? "fair" : "poor"));
    }

    private static List<Quality> quality(Store s) {
        List<Quality> out = new ArrayList<>();
        Jdbc.queryOne(s.connection(), """
                SELECT count(*),
                       count(*) FILTER (WHERE easting IS NOT NULL OR latitude IS NOT NULL),
                       count(*) FILTER (WHERE district_code IS NOT NULL),
                       count(*) FILTER (WHERE outcome_category IS NOT NULL),
                       count(*) FILTER (WHERE committed_to IS NULL OR committed_to >= committed_from)
                FROM occurrence""", rs -> {
            long n = rs.getLong(1);
            if (n > 0) {
                out.add(new Quality("occurrences", "Have a location", rs.getLong(2), n, "needed for maps, wards and hotspots"));
                out.add(new Quality("occurrences", "Placed in a district", rs.getLong(3), n, "needed for district tables and profiles"));
                out.add(new Quality("occurrences", "Have an outcome", rs.getLong(4), n, "needed for outcome rates"));
                out.add(new Quality("occurrences", "Committed dates in order", rs.getLong(5), n, "'to' not before 'from'"));
            }
            return n;
        });
        Jdbc.queryOne(s.connection(), """
                SELECT count(*),
                       count(*) FILTER (WHERE p.age IS NOT NULL),
                       count(*) FILTER (WHERE p.sex IN ('M', 'F', 'X')),
                       count(*) FILTER (WHERE o.occurrence_id IS NOT NULL)
                FROM person p
                LEFT JOIN (SELECT DISTINCT occurrence_id FROM occurrence) o ON o.occurrence_id = p.occurrence_id""", rs -> {
            long n = rs.getLong(1);
            if (n > 0) {
                out.add(new Quality("persons", "Have an age", rs.getLong(2), n, "needed for under-18 and under-25 figures"));
                out.add(new Quality("persons", "Have sex recorded", rs.getLong(3), n, "needed for age and sex profiles"));
                out.add(new Quality("persons", "Link to a loaded occurrence", rs.getLong(4), n, "a person whose occurrence is missing counts nowhere"));
            }
            return n;
        });
        return out;
    }

    private static LocalDate date(java.sql.Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
