package svo.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import svo.store.Backup;
import svo.store.Store;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code svo backup --out FILE} and {@code svo restore FILE}. */
final class BackupCommand {
    private BackupCommand() {}

    @Command(name = "backup", mixinStandardHelpOptions = true,
            description = "Write a consistent copy of the store to a new file (safe while the store is in use by this process).")
    static final class Make implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;
        @Spec
        CommandSpec spec;
        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The backup file to create (must not exist).")
        Path out;

        @Override
        public Integer call() {
            try (Store store = storeOptions.open()) {
                Backup.backup(store, out);
            }
            spec.commandLine().getOut().println("backup written to " + out.toAbsolutePath().normalize());
            return 0;
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = "Replace the store with a backup. The current store is moved aside (never deleted). Stop `./svo serve` first.")
    static final class Restore implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "FILE", description = "A backup made by ./svo backup.")
        Path file;

        @Override
        public Integer call() {
            Path aside = Backup.restore(file, storeOptions.path());
            try (Store store = storeOptions.open()) {
                spec.commandLine().getOut().println("restored " + file + " to " + store.file() + " (schema version "
                        + store.schemaVersion() + ")" + (aside == null ? "" : "; the previous store is kept at " + aside));
            }
            return 0;
        }
    }
}
