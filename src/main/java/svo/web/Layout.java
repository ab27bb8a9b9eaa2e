package svo.web;

import java.util.List;

/**
 * The frame of every page: header with the navigation the visitor's role may open, the synthetic-data
 * banner when the store holds demo data, the page's own content, and the footer.
 */
final class Layout {
    /** A navigation entry; shown only when the policy lets the role open its path. */
    record NavItem(String label, String path) {}

    static final List<NavItem> NAV = List.of(
            new NavItem("Overview", "/home"),
            new NavItem("Upload", "/upload"),
            new NavItem("SNA explorer", "/explorer"),
            new NavItem("Maps", "/maps"),
            new NavItem("Reports", "/reports"),
            new NavItem("Dashboard", "/dashboard"),
            new NavItem("Interventions", "/interventions"),
            new NavItem("Cohorts", "/cohorts"),
            new NavItem("Users", "/admin/users"),
            new NavItem("Audit log", "/admin/audit"),
            new NavItem("System", "/admin/system"));

    private final Policy policy;
    private final Assets assets;
    private final StoreFacts facts;

    Layout(Policy policy, Assets assets, StoreFacts facts) {
        this.policy = policy;
        this.assets = assets;
        this.facts = facts;
    }

    /** A whole page. {@code current} is the path of the navigation entry to mark as the current page. */
    String page(Visit visit, String title, String current, Html content) {
        Html nav = visit.signedIn() ? Html.each(NAV.stream()
                .filter(n -> policy.mayOpen(visit.role(), n.path()))
                .toList(), n -> n.path().equals(current)
                ? Html.of("<a href=\"{}\" aria-current=\"page\">{}</a>", n.path(), n.label())
                : Html.of("<a href=\"{}\">{}</a>", n.path(), n.label())) : Html.EMPTY;
        Html who = visit.signedIn()
                ? Html.of("""
                        <div class="who">
                          <a class="who-name" href="/account" title="Your account">{}<span class="role">{}</span></a>
                          <form method="post" action="/signout"><input type="hidden" name="_csrf" value="{}"><button class="link">Sign out</button></form>
                        </div>""", visit.user().displayName(), visit.role().title(), visit.csrf())
                : "/signin".equals(current) ? Html.EMPTY
                : Html.of("<div class=\"who\"><a class=\"button small\" href=\"/signin\">Sign in</a></div>");
        Html banner = Html.when(facts.synthetic(), Html.of("""
                <div class="synthetic" role="note"><strong>Synthetic data.</strong> Every record in this store was \
                generated for demonstration; no figure here describes real people or events.</div>"""));
        return Html.of("""
                <!doctype html>
                <html lang="en-GB">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="csrf-token" content="{}">
                <title>{} · Serious Violence Observatory</title>
                <link rel="stylesheet" href="{}">
                <link rel="icon" href="{}" type="image/svg+xml">
                <script src="{}" defer></script>
                </head>
                <body>
                <a class="skip" href="#main">Skip to content</a>
                <header class="top">
                  <a class="brand" href="/"><img src="{}" alt="" width="26" height="26"><span>Serious Violence Observatory</span></a>
                  <nav aria-label="Main">{}</nav>
                  {}
                </header>
                {}
                <main id="main">
                {}
                </main>
                <footer><span>Serious Violence Observatory</span><span>Every figure is computed from the records loaded; data stay on this server.</span><a href="/public">Public summary</a></footer>
                </body>
                </html>
                """, visit.csrf(), title, assets.url("app.css"), assets.url("favicon.svg"), assets.url("app.js"),
                assets.url("favicon.svg"), nav, who, banner, content).toString();
    }

    /** A page with a heading and a plain message, for errors and pages not available yet. */
    String message(Visit visit, String title, String current, String heading, Html body) {
        return page(visit, title, current, Html.of("<h1>{}</h1><div class=\"panel message\">{}</div>", heading, body));
    }
}
