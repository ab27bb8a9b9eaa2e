package svo.web;

import io.javalin.http.HandlerType;
import svo.security.Role;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.javalin.http.HandlerType.GET;
import static io.javalin.http.HandlerType.POST;
import static svo.security.Role.ADMIN;
import static svo.security.Role.ANALYST;
import static svo.security.Role.BOARD;
import static svo.security.Role.PROVIDER;
import static svo.security.Role.PUBLIC;
import static svo.security.Role.TASKING;

/**
 * The one table that says who may use each route. The server checks it before every request (a route that
 * is not in it is refused), the navigation shows only what the visitor may open, and a test enumerates the
 * registered routes against it for every role.
 *
 * <p>{@link Role#PUBLIC} in a rule means everyone, signed in or not. Pages still to come (the board
 * dashboard, interventions and returns, cohorts) already have their rules, so they slot in without a
 * change of policy.
 */
final class Policy {
    /** One rule: a method and a Javalin path pattern, the roles allowed, and what the route is for. */
    record Rule(HandlerType method, String path, Set<Role> roles, String purpose) {
        boolean allows(Role role) {
            return roles.contains(PUBLIC) || roles.contains(role);
        }

        boolean isPublic() {
            return roles.contains(PUBLIC);
        }
    }

    private static final Set<Role> EVERYONE = EnumSet.of(PUBLIC);
    private static final Set<Role> SIGNED_IN = EnumSet.of(ADMIN, ANALYST, BOARD, PROVIDER, TASKING);

    static final Policy STANDARD = new Policy(List.of(
            // Signing in and out, and what anyone may see.
            rule(GET, "/", EVERYONE, "sends each visitor to their start page"),
            rule(GET, "/signin", EVERYONE, "sign-in form"),
            rule(POST, "/signin", EVERYONE, "sign in"),
            rule(POST, "/signout", SIGNED_IN, "sign out"),
            rule(GET, "/public", EVERYONE, "the published public summary"),
            rule(GET, "/static/{file}", EVERYONE, "the product's own CSS, JavaScript and icon"),
            rule(GET, "/account", SIGNED_IN, "own account"),
            rule(POST, "/account/password", SIGNED_IN, "change own password"),
            rule(GET, "/api/session", SIGNED_IN, "who is signed in, with the CSRF token for scripts"),

            // Analyst: data, analyses, maps, reports.
            rule(GET, "/home", roles(ANALYST), "data loaded, latest batches, data quality"),
            rule(GET, "/upload", roles(ANALYST), "upload form"),
            rule(POST, "/upload", roles(ANALYST), "upload a file (form without script)"),
            rule(POST, "/api/imports", roles(ANALYST), "upload a file and start its import"),
            rule(GET, "/api/imports/{job}", roles(ANALYST), "progress and result of an import"),
            rule(GET, "/imports/{job}", roles(ANALYST), "import progress page"),
            rule(GET, "/api/datasets", roles(ANALYST), "data sets that can be imported"),
            rule(GET, "/api/batches", roles(ANALYST), "every batch loaded"),
            rule(GET, "/batches/{batch}", roles(ANALYST), "one batch and its row-level rejects"),
            rule(GET, "/api/batches/{batch}/rejects", roles(ANALYST), "row-level rejects of a batch"),
            rule(GET, "/batches/{batch}/rejects.csv", roles(ANALYST), "row-level rejects as CSV"),
            rule(GET, "/explorer", roles(ANALYST), "SNA explorer"),
            rule(GET, "/api/analyses", roles(ANALYST), "the analyses on offer"),
            rule(GET, "/api/analyses/{id}", roles(ANALYST), "run an analysis (JSON)"),
            rule(GET, "/api/analyses/{id}/csv", roles(ANALYST), "run an analysis (CSV download)"),
            rule(GET, "/maps", roles(ANALYST), "maps"),
            rule(GET, "/maps/svg", roles(ANALYST), "a map as an SVG file"),
            rule(GET, "/reports", roles(ANALYST, BOARD), "reports: generate (analyst), read published (board)"),

            // Pages other parts bring; the rules are set now.
            rule(GET, "/dashboard", roles(BOARD, ANALYST), "quarterly board dashboard"),
            rule(GET, "/interventions", roles(PROVIDER, ANALYST), "interventions register and returns (providers: their own)"),
            rule(GET, "/cohorts", roles(TASKING), "restricted person-level cohort pages"),

            // Administration.
            rule(GET, "/admin/users", roles(ADMIN), "user accounts"),
            rule(POST, "/admin/users", roles(ADMIN), "add a user"),
            rule(POST, "/admin/users/{username}/role", roles(ADMIN), "change a user's role"),
            rule(POST, "/admin/users/{username}/password", roles(ADMIN), "reset a user's password"),
            rule(POST, "/admin/users/{username}/status", roles(ADMIN), "disable or enable a user"),
            rule(GET, "/api/users", roles(ADMIN), "user accounts (JSON)"),
            rule(GET, "/admin/audit", roles(ADMIN), "audit log"),
            rule(GET, "/admin/system", roles(ADMIN), "store, pseudonymisation key, TLS, limits"),
            rule(GET, "/api/audit", roles(ADMIN), "audit log (JSON)")
    ));

    private final Map<String, Rule> byKey = new LinkedHashMap<>();

    Policy(List<Rule> rules) {
        for (Rule r : rules) {
            if (byKey.put(key(r.method(), r.path()), r) != null) {
                throw new IllegalStateException("two policy rules for " + r.method() + " " + r.path());
            }
        }
    }

    /** The rule for a registered route (its pattern, not the request path); HEAD follows GET. */
    Optional<Rule> find(HandlerType method, String pattern) {
        HandlerType m = method == HandlerType.HEAD ? GET : method;
        return Optional.ofNullable(byKey.get(key(m, pattern)));
    }

    /** Every rule, in table order. */
    List<Rule> rules() {
        return new ArrayList<>(byKey.values());
    }

    /** True when the role may GET the page (navigation uses this). */
    boolean mayOpen(Role role, String pagePath) {
        return find(GET, pagePath).map(r -> r.allows(role)).orElse(false);
    }

    private static Rule rule(HandlerType method, String path, Set<Role> roles, String purpose) {
        return new Rule(method, path, Set.copyOf(roles), purpose);
    }

    private static Set<Role> roles(Role... roles) {
        return EnumSet.copyOf(Arrays.asList(roles));
    }

    private static String key(HandlerType method, String path) {
        return method.name() + " " + path;
    }
}
