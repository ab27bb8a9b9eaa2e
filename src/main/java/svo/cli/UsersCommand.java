package svo.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import svo.BadInputException;
import svo.security.Actor;
import svo.security.AuditLog;
import svo.security.PasswordHasher;
import svo.security.Role;
import svo.security.User;
import svo.security.Users;
import svo.store.Store;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code svo users add|passwd|role|disable|enable|list}: the accounts of the web application. Passwords are
 * read from the console (asked twice), from standard input ({@code --password-stdin}, for scripts), or from
 * an environment variable ({@code --password-env VAR}) — never from the command line, where other users of
 * the machine could see them.
 */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = "Manage the web application's user accounts and roles.",
        subcommands = {UsersCommand.Add.class, UsersCommand.Passwd.class, UsersCommand.SetRole.class,
                UsersCommand.Disable.class, UsersCommand.Enable.class, UsersCommand.ListUsers.class})
final class UsersCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static Users users(Store store) {
        Clock clock = Clock.systemUTC();
        return new Users(store, PasswordHasher.standard(), new AuditLog(store, clock), clock);
    }

    /** Where a new password comes from. */
    static final class PasswordSource {
        @Option(names = "--password-env", paramLabel = "VAR", description = "Read the password from this environment variable.")
        String env;

        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
        boolean stdin;

        char[] read(String username, PrintWriter out) {
            if (env != null && stdin) throw new BadInputException("give either --password-env or --password-stdin, not both.");
            if (env != null) {
                String v = System.getenv(env);
                if (v == null) throw new BadInputException("--password-env: the environment variable " + env + " is not set.");
                return v.toCharArray();
            }
            if (stdin) {
                try {
                    String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                    if (line == null) throw new BadInputException("--password-stdin: standard input was empty.");
                    return line.toCharArray();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            Console console = System.console();
            if (console == null) {
                throw new BadInputException("there is no console to ask for the password. Use --password-stdin (pipe it "
                        + "in) or --password-env VAR.");
            }
            char[] first = console.readPassword("New password for %s (at least %d characters): ", username, PasswordHasher.MIN_LENGTH);
            char[] again = console.readPassword("Same password again: ");
            if (first == null || again == null || !Arrays.equals(first, again)) {
                throw new BadInputException("the two passwords differ; nothing was changed.");
            }
            Arrays.fill(again, '\0');
            return first;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a user with a role.")
    static final class Add implements Callable<Integer> {
        @Mixin StoreOptions storeOptions;
        @Mixin PasswordSource password;
        @Spec CommandSpec spec;

        @Parameters(index = "0", paramLabel = "USERNAME", description = "2 to 64 lower-case letters, digits, '.', '_' or '-'.")
        String username;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "admin, analyst, board, provider or tasking.")
        String role;

        @Option(names = "--name", paramLabel = "\"FULL NAME\"", description = "The name shown on pages (default: the username).")
        String displayName;

        @Option(names = "--organisation", paramLabel = "ORG", description = "The user's organisation (required for providers: whose interventions they manage).")
        String organisation;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Role r = Role.parseAssignable(role);
            try (Store store = storeOptions.open()) {
                Users users = users(store);
                User u = users.add(username, displayName, r, organisation, password.read(username, out), Actor.commandLine());
                out.printf("added %s (%s)%n", u.username(), u.role().id());
            }
            return 0;
        }
    }

    @Command(name = "passwd", mixinStandardHelpOptions = true, description = "Set a user's password.")
    static final class Passwd implements Callable<Integer> {
        @Mixin StoreOptions storeOptions;
        @Mixin PasswordSource password;
        @Spec CommandSpec spec;

        @Parameters(index = "0", paramLabel = "USERNAME")
        String username;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Store store = storeOptions.open()) {
                Users users = users(store);
                String name = users.find(username).map(User::username)
                        .orElseThrow(() -> new BadInputException("username: there is no user \"" + username + "\". List the users with `svo users list`."));
                users.setPassword(name, password.read(name, out), Actor.commandLine());
                out.printf("password changed for %s%n", name);
            }
            return 0;
        }
    }

    @Command(name = "role", mixinStandardHelpOptions = true, description = "Give a user another role.")
    static final class SetRole implements Callable<Integer> {
        @Mixin StoreOptions storeOptions;
        @Spec CommandSpec spec;

        @Parameters(index = "0", paramLabel = "USERNAME")
        String username;

        @Parameters(index = "1", paramLabel = "ROLE", description = "admin, analyst, board, provider or tasking.")
        String role;

        @Option(names = "--organisation", paramLabel = "ORG", description = "For a provider: whose interventions they manage.")
        String organisation;

        @Override
        public Integer call() {
            Role r = Role.parseAssignable(role);
            try (Store store = storeOptions.open()) {
                User u = users(store).setRole(username, r, organisation, Actor.commandLine());
                spec.commandLine().getOut().printf("%s is now %s%n", u.username(), u.role().id());
            }
            return 0;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, description = "Stop a user signing in (the account and its history stay).")
    static final class Disable implements Callable<Integer> {
        @Mixin StoreOptions storeOptions;
        @Spec CommandSpec spec;

        @Parameters(index = "0", paramLabel = "USERNAME")
        String username;

        @Override
        public Integer call() {
            try (Store store = storeOptions.open()) {
                users(store).setDisabled(username, true, Actor.commandLine());
                spec.commandLine().getOut().printf("%s is disabled%n", username);
            }
            return 0;
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Let a disabled user sign in again.")
    static final class Enable implements Callable<Integer> {
        @Mixin StoreOptions storeOptions;
        @Spec CommandSpec spec;

        @Parameters(index = "0", paramLabel = "USERNAME")
        String username;

        @Override
        public Integer call() {
            try (Store store = storeOptions.open()) {
                users(store).setDisabled(username, false, Actor.commandLine());
                spec.commandLine().getOut().printf("%s can sign in again%n", username);
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the user accounts.")
    static final class ListUsers implements Callable<Integer> {
        @Mixin StoreOptions storeOptions;
        @Spec CommandSpec spec;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, csv or json (default: ${DEFAULT-VALUE}).")
        String format;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (!format.equals("table") && !format.equals("csv") && !format.equals("json")) {
                throw BadInputException.of("--format", format, "table, csv or json");
            }
            try (Store store = storeOptions.open()) {
                var all = users(store).list();
                switch (format) {
                    case "csv" -> {
                        out.println("username,display_name,role,organisation,disabled,created_at");
                        for (User u : all) {
                            out.println(String.join(",", csv(u.username()), csv(u.displayName()), u.role().id(),
                                    csv(u.organisation() == null ? "" : u.organisation()), Boolean.toString(u.disabled()),
                                    u.createdAt().toString()));
                        }
                    }
                    case "json" -> {
                        var rows = all.stream().map(u -> {
                            var m = new java.util.LinkedHashMap<String, Object>();
                            m.put("username", u.username());
                            m.put("display_name", u.displayName());
                            m.put("role", u.role().id());
                            m.put("organisation", u.organisation());
                            m.put("disabled", u.disabled());
                            m.put("created_at", u.createdAt().toString());
                            return m;
                        }).toList();
                        try {
                            out.println(new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter()
                                    .writeValueAsString(Map.of("users", rows)));
                        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                    default -> {
                        if (all.isEmpty()) {
                            out.println("no users yet: add one with `./svo users add NAME --role admin`");
                        } else {
                            out.printf("%-20s %-28s %-9s %-30s %s%n", "username", "name", "role", "organisation", "status");
                            for (User u : all) {
                                out.printf("%-20s %-28s %-9s %-30s %s%n", u.username(), u.displayName(), u.role().id(),
                                        u.organisation() == null ? "-" : u.organisation(), u.disabled() ? "disabled" : "active");
                            }
                        }
                    }
                }
            }
            return 0;
        }

        private static String csv(String s) {
            return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
        }
    }
}
