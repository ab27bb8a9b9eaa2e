package svo.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import svo.security.AuditLog;
import svo.store.Store;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code svo audit}: the newest audit entries, and {@code --verify} to check the hash chain end to end. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Show the audit log (who did what, when, from where) or verify that it is intact.")
final class AuditCommand implements Callable<Integer> {
    /** Exit code when the chain is broken. */
    static final int TAMPERED = 4;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--verify", description = "Check every entry's hash chain; exit " + TAMPERED + " if an entry was changed or removed.")
    boolean verify;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "How many of the newest entries to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--action", paramLabel = "PREFIX", description = "Only actions starting with this (signin, import, export, user, …).")
    String action;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = storeOptions.open()) {
            AuditLog audit = new AuditLog(store, Clock.systemUTC());
            if (verify) {
                AuditLog.Verification v = audit.verify();
                if (v.intact()) {
                    out.printf("audit log intact: %d entries, head %s%n", v.entries(), v.headHash());
                    return 0;
                }
                spec.commandLine().getErr().printf("audit log BROKEN at entry %d: %s%n", v.firstBadId(), v.problem());
                spec.commandLine().getErr().flush();
                return TAMPERED;
            }
            List<AuditLog.Entry> entries = audit.recent(action, null, limit);
            if (entries.isEmpty()) out.println("no audit entries yet");
            for (AuditLog.Entry e : entries) {
                out.printf("%6d  %sZ  %-22s %-18s %-30s %-8s %s%s%n", e.id(), e.at(), e.actor() + " (" + e.role() + ")", e.action(),
                        e.target() == null ? "" : e.target(), e.outcome(), e.address(), e.detail() == null ? "" : "  " + e.detail());
            }
        }
        return 0;
    }
}
