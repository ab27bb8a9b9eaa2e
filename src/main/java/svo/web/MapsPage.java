package svo.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import svo.BadInputException;
import svo.analysis.Scope;
import svo.analysis.places.MapData;
import svo.analysis.places.StatisticalHotspots;
import svo.report.maps.PlaceMaps;
import svo.store.Jdbc;
import svo.store.Store;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps drawn from the records by the places part ({@code svo.report.maps.PlaceMaps}), as SVG in the page (no
 * tiles, nothing fetched from the internet): the rate per 1,000 population by LSOA, ward, neighbourhood or
 * district; Getis–Ord hot spots; schools with the offences counted near them. Each can be downloaded as SVG.
 */
final class MapsPage {
    /** A map the page offers. */
    enum Kind {
        RATES("rates", "Rate per 1,000 population"),
        HOTSPOTS("hotspots", "Hot spots (Getis–Ord Gi*)"),
        SCHOOLS("schools", "Offences near schools");

        final String id;
        final String title;

        Kind(String id, String title) {
            this.id = id;
            this.title = title;
        }

        static Kind parse(String s) {
            for (Kind k : values()) if (k.id.equals(s == null ? "rates" : s.strip().toLowerCase(Locale.ROOT))) return k;
            throw BadInputException.of("map", s, "rates, hotspots or schools");
        }
    }

    private static final List<String> LEVELS = List.of("lsoa", "ward", "neighbourhood", "district");

    private final ScopeForm scopes;
    private final StorePool pool;
    private final Layout layout;
    private final QueryGate gate;

    MapsPage(ScopeForm scopes, StorePool pool, Layout layout, QueryGate gate) {
        this.scopes = scopes;
        this.pool = pool;
        this.layout = layout;
        this.gate = gate;
    }

    void register(RoutesConfig r) {
        r.get("/maps", this::page);
        r.get("/maps/svg", this::download);
    }

    private void page(Context ctx) {
        Visit v = Visit.of(ctx);
        Kind kind = Kind.parse(ctx.queryParam("map"));
        String level = level(ctx);
        List<ScopeForm.AreaChoice> areas;
        String defaultPeriod;
        String svg = null;
        String error = null;
        long boundaries;
        try (StorePool.Lease lease = pool.lease()) {
            Store s = lease.store();
            areas = ScopeForm.areas(s);
            defaultPeriod = scopes.defaultPeriod(s);
            boundaries = Jdbc.count(s.connection(), "SELECT count(*) FROM area WHERE geom_wkb IS NOT NULL");
            if (ctx.queryParam("map") != null && boundaries > 0) {
                try {
                    svg = draw(kind, s, scopes.scope(ctx, s, parameters(kind, level)));
                } catch (BadInputException e) {
                    error = e.getMessage();
                }
            }
        }
        Html form = Html.of("""
                <form method="get" action="/maps" class="panel filters" id="maps-form">
                  <div class="field wide"><label for="map">Map</label><select id="map" name="map">{}</select></div>
                  <div class="field"><label for="level">Areas <span class="hint">rate map</span></label><select id="level" name="level">{}</select></div>
                  {}
                  <div class="field actions"><button type="submit" class="primary">Draw</button></div>
                </form>""",
                Html.each(List.of(Kind.values()), k -> ScopeForm.option(k.id, k.title, k == kind)),
                Html.each(LEVELS, l -> ScopeForm.option(l, l.equals("lsoa") ? "LSOA" : l.substring(0, 1).toUpperCase(Locale.ROOT) + l.substring(1),
                        l.equals(level))),
                scopes.fields(ctx, areas, defaultPeriod, null));
        Html result;
        if (boundaries == 0) {
            result = Html.of("""
                    <div class="panel empty"><h2>No boundaries are loaded</h2>
                    <p>Maps need the area boundaries. Load the reference geography with <code>./svo geo load-reference ../shared/data</code>
                    (boundaries, schools, population and deprivation), then come back.</p></div>""");
        } else if (error != null) {
            result = Html.of("<p class=\"error\" role=\"alert\">{}</p>", error);
        } else if (svg == null) {
            result = Html.of("<div class=\"panel empty\"><p>Choose a map, a period, a definition and an area, then <strong>Draw</strong>.</p></div>");
        } else {
            String query = ctx.queryString() == null ? "" : ctx.queryString();
            result = Html.of("""
                    <section class="panel map">
                      <div class="panel-head"><span class="muted">{}</span><a class="button small" href="{}" download>Download SVG</a></div>
                      <figure class="map-box">{}</figure>
                    </section>""", kind.title, "/maps/svg?" + query, Html.trusted(svg));
        }
        ctx.html(layout.page(v, "Maps", "/maps", Html.of("<h1>Maps</h1>{}{}", form, result)));
    }

    private void download(Context ctx) {
        Kind kind = Kind.parse(ctx.queryParam("map"));
        String svg;
        Scope scope;
        try (StorePool.Lease lease = pool.lease()) {
            scope = scopes.scope(ctx, lease.store(), parameters(kind, level(ctx)));
            svg = draw(kind, lease.store(), scope);
        }
        String file = ("map-" + kind.id + "-" + scope.period().text() + "-" + scope.area().label()).replaceAll("[^A-Za-z0-9._-]+", "-") + ".svg";
        ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
        ctx.contentType("image/svg+xml; charset=utf-8").result(svg);
    }

    private String draw(Kind kind, Store s, Scope scope) {
        return gate.run(() -> switch (kind) {
            case RATES -> PlaceMaps.rates(MapData.rates(s, scope), "Rate per 1,000 population");
            case HOTSPOTS -> PlaceMaps.hotSpots(StatisticalHotspots.model(s, scope), "Hot spots");
            case SCHOOLS -> PlaceMaps.schools(MapData.schools(s, scope), "Offences near schools");
        });
    }

    private static Map<String, String> parameters(Kind kind, String level) {
        return kind == Kind.RATES ? Map.of("level", level) : Map.of();
    }

    private static String level(Context ctx) {
        String l = ScopeForm.orDefault(ctx.queryParam("level"), "lsoa").strip().toLowerCase(Locale.ROOT);
        if (!LEVELS.contains(l)) throw BadInputException.of("level", l, String.join(", ", LEVELS));
        return l;
    }
}
