package svo;

import svo.cli.SvoCommand;

/** Entry point of the runnable jar: hands the arguments to the command line and exits with its code. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        var commandLine = SvoCommand.commandLine();
        int code = commandLine.execute(args);
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        // The web server keeps running on its own threads; every other command ends here.
        if (code != SvoCommand.KEEP_RUNNING) System.exit(code);
    }
}
