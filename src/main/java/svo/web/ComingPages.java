package svo.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Pages whose content other parts of the product bring (the published summary, reports, the board
 * dashboard, interventions, cohorts). Their routes, rules and navigation are in place; until the part lands
 * each says plainly that it is not available yet and what it will hold. Nothing here is made up.
 */
final class ComingPages {
    private final Layout layout;

    ComingPages(Layout layout) {
        this.layout = layout;
    }

    void register(RoutesConfig r) {
        r.get("/public", ctx -> show(ctx, "/public", "Public summary", """
                No public summary has been published yet. When the partnership's analyst publishes the Strategic Needs
                Assessment, its public summary appears here, with small numbers suppressed so no person can be identified."""));
        r.get("/reports", ctx -> show(ctx, "/reports", "Reports", """
                Reports are not available yet. This page will generate the Strategic Needs Assessment as HTML, PDF and an
                Excel workbook from the records loaded, and list the reports published so far for download."""));
        r.get("/dashboard", ctx -> show(ctx, "/dashboard", "Board dashboard", """
                The quarterly board dashboard is not available yet. It will show each strategic objective's indicators
                (rolling twelve months, change on a year earlier, status), the Home Office VRU success measures, early
                warnings by district, and delivery against plan for each intervention."""));
        r.get("/interventions", ctx -> show(ctx, "/interventions", "Interventions", """
                The interventions register is not available yet. Providers will register their interventions and submit
                quarterly returns here, and see only their own."""));
        r.get("/cohorts", ctx -> show(ctx, "/cohorts", "Cohorts", """
                The cohort pages are not available yet. They will list repeat suspects and victims, the habitual knife
                carrier index and time to reoffence, by pseudonym only; every view will be recorded in the audit log."""));
    }

    private void show(Context ctx, String path, String title, String text) {
        Visit v = Visit.of(ctx);
        ctx.html(layout.message(v, title, path, title, Html.of("<p>{}</p>", text.replace('\n', ' '))));
    }
}
