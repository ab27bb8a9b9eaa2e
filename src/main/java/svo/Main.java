package svo;

import svo.cli.SvoCommand;

/** Entry point of the runnable jar: hands the arguments to the command line and exits with its code. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        int code = SvoCommand.commandLine().execute(args);
        // The web server keeps running on its own threads; every other command ends here.
        if (code != SvoCommand.KEEP_RUNNING) System.exit(code);
    }
}
