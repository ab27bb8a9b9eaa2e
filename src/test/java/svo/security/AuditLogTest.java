package svo.security;

import org.junit.jupiter.api.Test;
import svo.security.AuditLog.Outcome;
import svo.store.Jdbc;
import svo.store.Store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class AuditLogTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2025-04-01T09:00:00Z"));

    @Test
    void each_entry_records_who_when_what_and_from_where_newest_first() {
        try (Store store = Store.inMemory()) {
            AuditLog audit = new AuditLog(store, clock);
            audit.record(new Actor("asha", "analyst", "10.1.2.3"), "import", "occurrences", "batch 7, 1,204 rows", Outcome.OK);
            audit.record(new Actor("brian", "board", "10.1.2.4"), "access.refused", "GET /upload", null, Outcome.REFUSED);
            List<AuditLog.Entry> all = audit.recent(null, null, 10);
            assertThat(all).extracting(AuditLog.Entry::action).containsExactly("access.refused", "import");
            AuditLog.Entry e = all.get(1);
            assertThat(e.actor()).isEqualTo("asha");
            assertThat(e.role()).isEqualTo("analyst");
            assertThat(e.address()).isEqualTo("10.1.2.3");
            assertThat(e.target()).isEqualTo("occurrences");
            assertThat(e.at()).isEqualTo("2025-04-01T09:00");
            assertThat(audit.recent("import", null, 10)).hasSize(1);
            assertThat(audit.recent(null, "brian", 10)).hasSize(1);
        }
    }

    @Test
    void control_characters_cannot_forge_a_second_line() {
        try (Store store = Store.inMemory()) {
            AuditLog audit = new AuditLog(store, clock);
            audit.record(new Actor("asha", "analyst", "10.1.2.3"), "export", "x\n2025-04-01 admin user.add", "a\rb", Outcome.OK);
            AuditLog.Entry e = audit.recent(null, null, 1).get(0);
            assertThat(e.target()).doesNotContain("\n");
            assertThat(e.detail()).doesNotContain("\r");
        }
    }

    @Test
    void the_chain_verifies_when_untouched() {
        try (Store store = Store.inMemory()) {
            AuditLog audit = new AuditLog(store, clock);
            for (int i = 0; i < 5; i++) audit.record(Actor.commandLine(), "user.add", "u" + i, null, Outcome.OK);
            AuditLog.Verification v = audit.verify();
            assertThat(v.intact()).isTrue();
            assertThat(v.entries()).isEqualTo(5);
        }
    }

    @Test
    void an_entry_changed_outside_the_product_is_found() {
        try (Store store = Store.inMemory()) {
            AuditLog audit = new AuditLog(store, clock);
            for (int i = 0; i < 5; i++) audit.record(Actor.commandLine(), "user.add", "u" + i, null, Outcome.OK);
            // What someone with a DuckDB shell on the file could do; the product itself never does.
            Jdbc.update(store.connection(), "UPDATE audit_log SET actor = 'someone-else' WHERE audit_id = 3");
            AuditLog.Verification v = audit.verify();
            assertThat(v.intact()).isFalse();
            assertThat(v.firstBadId()).isEqualTo(3);
            assertThat(v.problem()).contains("changed");
        }
    }

    @Test
    void an_entry_removed_outside_the_product_is_found() {
        try (Store store = Store.inMemory()) {
            AuditLog audit = new AuditLog(store, clock);
            for (int i = 0; i < 5; i++) audit.record(Actor.commandLine(), "user.add", "u" + i, null, Outcome.OK);
            Jdbc.update(store.connection(), "DELETE FROM audit_log WHERE audit_id = 2");
            AuditLog.Verification v = audit.verify();
            assertThat(v.intact()).isFalse();
            assertThat(v.problem()).contains("entry 2 is missing");
        }
    }

    @Test
    void no_product_code_updates_or_deletes_audit_entries() throws IOException {
        Pattern writes = Pattern.compile("(?is)(UPDATE\\s+audit_log|DELETE\\s+FROM\\s+audit_log|TRUNCATE\\s+(TABLE\\s+)?audit_log"
                + "|DROP\\s+TABLE\\s+(IF\\s+EXISTS\\s+)?audit_log|ALTER\\s+TABLE\\s+audit_log|INSERT\\s+OR\\s+REPLACE\\s+INTO\\s+audit_log)");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path f : files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".sql")).toList()) {
                if (writes.matcher(Files.readString(f)).find()) offenders.add(f.toString());
            }
        }
        assertThat(offenders).isEmpty();
    }
}
