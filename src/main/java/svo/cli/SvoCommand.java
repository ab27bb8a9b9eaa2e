package svo.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import svo.BadInputException;
import svo.store.StoreException;

import java.io.PrintWriter;

/**
 * The {@code svo} command and its subcommands. Bad input prints its message (no stack trace) and exits 2;
 * a store problem exits 3; anything else is a bug and prints its stack trace, exit 1.
 */
@Command(name = "svo", mixinStandardHelpOptions = true, version = "svo 0.1.0",
        description = "Serious Violence Observatory: import, classify, analyse and publish a partnership's "
                + "serious violence data.",
        subcommands = {
                CommandLine.HelpCommand.class,
                StatusCommand.class,
                ImportCommand.class,
                BatchesCommand.class,
                RejectsCommand.class,
                BackupCommand.Make.class,
                BackupCommand.Restore.class,
                GeoCommand.class,
                DefinitionsCommand.class,
                ClassifyCommand.class,
                AnalyseCommand.class,
                ReportCommand.class,
                ServeCommand.class,
                UsersCommand.class,
                AuditCommand.class,
                InterventionsCommand.class,
                ActionsCommand.class,
                BoardCommand.class,
                EarlyWarningCommand.class,
        })
public final class SvoCommand implements Runnable {
    /** Exit code meaning "do not exit the JVM" (the web server keeps running). */
    public static final int KEEP_RUNNING = -1;
    /** Exit code for bad input. */
    public static final int BAD_INPUT = 2;
    /** Exit code for a store problem. */
    public static final int STORE_PROBLEM = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A command line with the product's error handling; tests call this too. */
    public static CommandLine commandLine() {
        return commandLine(CommandLine.defaultFactory());
    }

    /** A command line whose commands are made by {@code factory} (tests give commands their own catalogue or clock). */
    public static CommandLine commandLine(CommandLine.IFactory factory) {
        CommandLine cl = new CommandLine(new SvoCommand(), factory);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (ex instanceof BadInputException) {
                err.println("error: " + ex.getMessage());
                err.flush();
                return BAD_INPUT;
            }
            if (ex instanceof StoreException) {
                err.println("store error: " + ex.getMessage());
                if (System.getenv("SVO_DEBUG") != null) ex.printStackTrace(err);
                err.flush();
                return STORE_PROBLEM;
            }
            throw ex;
        });
        return cl;
    }
}
