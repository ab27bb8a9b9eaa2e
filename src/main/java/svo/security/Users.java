package svo.security;

import svo.BadInputException;
import svo.security.AuditLog.Outcome;
import svo.store.Jdbc;
import svo.store.Store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The user accounts in the store: add, change password, change role, disable, list, and check a password.
 * Every change is written to the audit log with who made it.
 *
 * <pre>
 * users.add("asha", "Asha Patel", Role.ANALYST, null, password, Actor.commandLine());
 * Optional&lt;User&gt; u = users.checkPassword("asha", attempt);
 * </pre>
 */
public final class Users {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private final Store store;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final Clock clock;
    /** A real hash of nothing, checked when the username is unknown, so timing does not reveal which names exist. */
    private final String decoy;

    public Users(Store store, PasswordHasher hasher, AuditLog audit, Clock clock) {
        this.store = store;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
        this.decoy = hasher.hash("decoy password never used".toCharArray());
    }

    /** Creates an account. The password is checked for length and wiped from memory after hashing. */
    public synchronized User add(String username, String displayName, Role role, String organisation, char[] password, Actor by) {
        String name = checkUsername(username);
        if (role == null || role == Role.PUBLIC) throw BadInputException.of("role", String.valueOf(role), "admin, analyst, board, provider or tasking");
        String org = organisationFor(role, organisation);
        PasswordHasher.checkAcceptable(name, password);
        String hash = hasher.hash(password);
        Arrays.fill(password, '\0');
        String display = displayName == null || displayName.isBlank() ? name : displayName.strip();
        try (Store s = store.forThread()) {
            Connection c = s.connection();
            if (find(c, name).isPresent()) {
                throw new BadInputException("username: \"" + name + "\" is already taken. Choose another, or change that "
                        + "account with `svo users passwd` or `svo users role`.");
            }
            LocalDateTime now = now();
            long id = Jdbc.count(c, "SELECT coalesce(max(user_id), 0) + 1 FROM app_user");
            Jdbc.update(c, """
                    INSERT INTO app_user (user_id, username, display_name, role, organisation, password_hash,
                                          password_changed_at, disabled, created_at, created_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, false, ?, ?)""",
                    id, name, display, role.id(), org, hash, Timestamp.valueOf(now), Timestamp.valueOf(now), by.name());
        }
        audit.record(by, "user.add", name, "role " + role.id() + (org != null ? ", organisation " + org : ""), Outcome.OK);
        return find(name).orElseThrow();
    }

    /** Sets a new password (an administrator's reset, or the user's own change). */
    public void setPassword(String username, char[] password, Actor by) {
        String name = existing(username).username();
        PasswordHasher.checkAcceptable(name, password);
        String hash = hasher.hash(password);
        Arrays.fill(password, '\0');
        try (Store s = store.forThread()) {
            Jdbc.update(s.connection(), "UPDATE app_user SET password_hash = ?, password_changed_at = ? WHERE username = ?",
                    hash, Timestamp.valueOf(now()), name);
        }
        audit.record(by, "user.password", name, by.name().equals(name) ? "changed own password" : "password reset", Outcome.OK);
    }

    /** Gives the user another role (and, for a provider, the organisation whose interventions they own). */
    public User setRole(String username, Role role, String organisation, Actor by) {
        User u = existing(username);
        if (role == null || role == Role.PUBLIC) throw BadInputException.of("role", String.valueOf(role), "admin, analyst, board, provider or tasking");
        String org = organisationFor(role, organisation != null ? organisation : u.organisation());
        try (Store s = store.forThread()) {
            Jdbc.update(s.connection(), "UPDATE app_user SET role = ?, organisation = ? WHERE username = ?", role.id(), org, u.username());
        }
        audit.record(by, "user.role", u.username(), u.role().id() + " -> " + role.id() + (org != null ? ", organisation " + org : ""),
                Outcome.OK);
        return existing(username);
    }

    /** Disables (true) or re-enables (false) an account; a disabled account cannot sign in. */
    public void setDisabled(String username, boolean disabled, Actor by) {
        User u = existing(username);
        try (Store s = store.forThread()) {
            Jdbc.update(s.connection(), "UPDATE app_user SET disabled = ? WHERE username = ?", disabled, u.username());
        }
        audit.record(by, disabled ? "user.disable" : "user.enable", u.username(), null, Outcome.OK);
    }

    /** Every account, by username. */
    public List<User> list() {
        try (Store s = store.forThread()) {
            return Jdbc.query(s.connection(), "SELECT * FROM app_user ORDER BY username", Users::user);
        }
    }

    /** The account with this username, if any. */
    public Optional<User> find(String username) {
        if (username == null) return Optional.empty();
        try (Store s = store.forThread()) {
            return find(s.connection(), username.strip().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** Number of accounts. */
    public long count() {
        try (Store s = store.forThread()) {
            return Jdbc.count(s.connection(), "SELECT count(*) FROM app_user");
        }
    }

    /**
     * The account when the password is right and the account is enabled; empty otherwise. Takes the same time
     * whether or not the username exists. A hash made with older parameters is replaced on success.
     */
    public Optional<User> checkPassword(String username, char[] password) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        Optional<String[]> row;
        try (Store s = store.forThread()) {
            row = Jdbc.queryOne(s.connection(), "SELECT password_hash, disabled FROM app_user WHERE username = ?",
                    rs -> new String[]{rs.getString(1), Boolean.toString(rs.getBoolean(2))}, name);
        }
        if (password == null || password.length == 0 || password.length > PasswordHasher.MAX_LENGTH) {
            hasher.verify("x".toCharArray(), decoy);
            return Optional.empty();
        }
        boolean ok = hasher.verify(password, row.map(r -> r[0]).orElse(decoy)) && row.isPresent()
                && !Boolean.parseBoolean(row.get()[1]);
        if (ok && hasher.needsRehash(row.get()[0])) {
            String fresh = hasher.hash(password);
            try (Store s = store.forThread()) {
                Jdbc.update(s.connection(), "UPDATE app_user SET password_hash = ? WHERE username = ?", fresh, name);
            }
        }
        return ok ? find(name) : Optional.empty();
    }

    private User existing(String username) {
        return find(username).orElseThrow(() -> new BadInputException("username: there is no user \"" + username
                + "\". List the users with `svo users list`."));
    }

    private static Optional<User> find(Connection c, String name) {
        return Jdbc.queryOne(c, "SELECT * FROM app_user WHERE username = ?", Users::user, name);
    }

    static String checkUsername(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw BadInputException.of("username", name, "2 to 64 lower-case letters, digits, '.', '_' or '-', "
                    + "starting with a letter or digit");
        }
        return name;
    }

    private static String organisationFor(Role role, String organisation) {
        String org = organisation == null || organisation.isBlank() ? null : organisation.strip();
        if (role == Role.PROVIDER && org == null) {
            throw new BadInputException("organisation: a provider account needs the organisation whose interventions it "
                    + "manages (for example --organisation \"Derby County Community Trust\").");
        }
        return org;
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    private static User user(ResultSet rs) throws SQLException {
        return new User(rs.getLong("user_id"), rs.getString("username"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role").toUpperCase(java.util.Locale.ROOT)), rs.getString("organisation"),
                rs.getBoolean("disabled"), rs.getTimestamp("created_at").toLocalDateTime(),
                rs.getTimestamp("password_changed_at").toLocalDateTime());
    }
}
