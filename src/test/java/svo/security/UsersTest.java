package svo.security;

import org.junit.jupiter.api.Test;
import svo.BadInputException;
import svo.store.Jdbc;
import svo.store.Store;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UsersTest {
    private static final String PW = "correct horse battery staple";
    private final MutableClock clock = new MutableClock(Instant.parse("2025-04-01T09:00:00Z"));

    @Test
    void an_added_user_signs_in_with_their_password_and_the_store_holds_only_a_hash() {
        try (Store store = Store.inMemory()) {
            Users users = new Users(store, PasswordHasher.standard(), new AuditLog(store, clock), clock);
            User u = users.add("Asha", "Asha Patel", Role.ANALYST, null, PW.toCharArray(), Actor.commandLine());
            assertThat(u.username()).isEqualTo("asha");
            assertThat(users.checkPassword("asha", PW.toCharArray())).contains(u);
            assertThat(users.checkPassword("asha", "wrong password here".toCharArray())).isEmpty();
            assertThat(users.checkPassword("nobody", PW.toCharArray())).isEmpty();
            String stored = Jdbc.queryOne(store.connection(), "SELECT password_hash FROM app_user", rs -> rs.getString(1)).orElseThrow();
            assertThat(stored).startsWith("$argon2id$").doesNotContain(PW);
        }
    }

    @Test
    void every_change_is_audited_with_who_made_it() {
        try (Store store = Store.inMemory()) {
            AuditLog audit = new AuditLog(store, clock);
            Users users = new Users(store, PasswordHasher.standard(), audit, clock);
            Actor admin = new Actor("root", "admin", "10.0.0.1");
            users.add("asha", null, Role.ANALYST, null, PW.toCharArray(), admin);
            users.setRole("asha", Role.BOARD, null, admin);
            users.setPassword("asha", "another long passphrase".toCharArray(), admin);
            users.setDisabled("asha", true, admin);
            assertThat(audit.recent("user.", null, 10)).extracting(AuditLog.Entry::action)
                    .containsExactly("user.disable", "user.password", "user.role", "user.add");
            assertThat(audit.recent("user.", null, 10)).allSatisfy(e -> {
                assertThat(e.actor()).isEqualTo("root");
                assertThat(e.target()).isEqualTo("asha");
                assertThat(String.valueOf(e.detail())).doesNotContain("passphrase");
            });
            assertThat(audit.recent("user.role", null, 1).get(0).detail()).isEqualTo("analyst -> board");
        }
    }

    @Test
    void a_disabled_account_cannot_sign_in_even_with_the_right_password() {
        try (Store store = Store.inMemory()) {
            Users users = new Users(store, PasswordHasher.standard(), new AuditLog(store, clock), clock);
            users.add("asha", null, Role.ANALYST, null, PW.toCharArray(), Actor.commandLine());
            users.setDisabled("asha", true, Actor.commandLine());
            assertThat(users.checkPassword("asha", PW.toCharArray())).isEmpty();
            users.setDisabled("asha", false, Actor.commandLine());
            assertThat(users.checkPassword("asha", PW.toCharArray())).isPresent();
        }
    }

    @Test
    void bad_usernames_duplicates_the_public_role_and_providers_without_an_organisation_are_refused() {
        try (Store store = Store.inMemory()) {
            Users users = new Users(store, PasswordHasher.standard(), new AuditLog(store, clock), clock);
            users.add("asha", null, Role.ANALYST, null, PW.toCharArray(), Actor.commandLine());
            assertThatThrownBy(() -> users.add("asha", null, Role.BOARD, null, PW.toCharArray(), Actor.commandLine()))
                    .isInstanceOf(BadInputException.class).hasMessageContaining("already taken");
            assertThatThrownBy(() -> users.add("../etc", null, Role.BOARD, null, PW.toCharArray(), Actor.commandLine()))
                    .isInstanceOf(BadInputException.class).hasMessageContaining("username");
            assertThatThrownBy(() -> users.add("pat", null, Role.PUBLIC, null, PW.toCharArray(), Actor.commandLine()))
                    .isInstanceOf(BadInputException.class).hasMessageContaining("role");
            assertThatThrownBy(() -> users.add("pat", null, Role.PROVIDER, null, PW.toCharArray(), Actor.commandLine()))
                    .isInstanceOf(BadInputException.class).hasMessageContaining("organisation");
            assertThatThrownBy(() -> Role.parseAssignable("superuser")).isInstanceOf(BadInputException.class)
                    .hasMessageContaining("admin, analyst, board, provider, tasking");
            assertThat(users.list()).extracting(User::username).containsExactly("asha");
        }
    }

    @Test
    void accounts_and_the_audit_chain_survive_a_backup_and_restore_and_new_accounts_still_get_fresh_ids(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        java.nio.file.Path file = dir.resolve("svo.duckdb");
        try (Store store = Store.open(file)) {
            Users users = new Users(store, PasswordHasher.standard(), new AuditLog(store, clock), clock);
            users.add("asha", null, Role.ANALYST, null, PW.toCharArray(), Actor.commandLine());
            users.add("brian", null, Role.BOARD, null, PW.toCharArray(), Actor.commandLine());
            svo.store.Backup.backup(store, dir.resolve("backup.duckdb"));
        }
        svo.store.Backup.restore(dir.resolve("backup.duckdb"), file);
        try (Store store = Store.open(file)) {
            AuditLog audit = new AuditLog(store, clock);
            Users users = new Users(store, PasswordHasher.standard(), audit, clock);
            assertThat(users.checkPassword("asha", PW.toCharArray())).isPresent();
            User carol = users.add("carol", null, Role.TASKING, null, PW.toCharArray(), Actor.commandLine());
            assertThat(carol.id()).isEqualTo(3);
            assertThat(audit.verify().intact()).isTrue();
            assertThat(audit.verify().entries()).isEqualTo(3);
        }
    }

    @Test
    void a_provider_account_carries_the_organisation_it_acts_for() {
        try (Store store = Store.inMemory()) {
            Users users = new Users(store, PasswordHasher.standard(), new AuditLog(store, clock), clock);
            User u = users.add("dcct", "Derby County Community Trust", Role.PROVIDER, "Derby County Community Trust",
                    PW.toCharArray(), Actor.commandLine());
            assertThat(u.organisation()).isEqualTo("Derby County Community Trust");
        }
    }
}
