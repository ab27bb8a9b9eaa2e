package svo.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import svo.BadInputException;
import svo.analysis.AnalysisCatalog;
import svo.store.Store;
import svo.web.WebApp;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code svo serve}: the web application and its JSON API, until stopped with Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the web application and its JSON API (Ctrl-C to stop).")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Mixin
    DefinitionOptions definitionOptions;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every network interface).")
    String host;

    @Option(names = "--tls-keystore", paramLabel = "FILE",
            description = "Serve HTTPS with the key and certificate in this keystore (PKCS12 or JKS).")
    Path keystore;

    @Option(names = "--tls-password-env", paramLabel = "VAR",
            description = "Environment variable holding the keystore password (never on the command line).")
    String passwordEnv;

    @Option(names = "--max-upload-mb", paramLabel = "MB", defaultValue = "2048",
            description = "Largest file an upload may be, in MiB (default: ${DEFAULT-VALUE}).")
    long maxUploadMb;

    @Option(names = "--query-slots", paramLabel = "N", defaultValue = "0",
            description = "How many analyses may run at once; the rest wait their turn (default: one per four cores).")
    int querySlots;

    @Spec
    CommandSpec spec;

    private final Map<String, String> environment;

    ServeCommand() {
        this(System.getenv());
    }

    ServeCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (port < 0 || port > 65535) throw BadInputException.of("--port", Integer.toString(port), "a port from 0 to 65535");
        if (querySlots < 0) throw BadInputException.of("--query-slots", Integer.toString(querySlots), "0 (automatic) or more");
        if (maxUploadMb < 1) throw BadInputException.of("--max-upload-mb", Long.toString(maxUploadMb), "at least 1");
        char[] tlsPassword = tlsPassword();
        var definitions = definitionOptions.registry();
        Store store = storeOptions.open();
        WebApp.Options options = defaults(store, host, port).withMaxUpload(maxUploadMb * 1024 * 1024)
                .withQuerySlots(querySlots);
        if (keystore != null) options = options.withTls(keystore, tlsPassword);
        try {
            serve(store, definitions, options, out);
        } catch (RuntimeException e) {
            store.close();
            if (keystore != null) {
                throw new BadInputException("--tls-keystore: the server could not start with " + keystore + " ("
                        + e.getMessage() + "). Check the file is a PKCS12 or JKS keystore and the password in $"
                        + passwordEnv + " opens it.");
            }
            throw e;
        }
        return SvoCommand.KEEP_RUNNING;
    }

    /**
     * Starts the web application over an open store and keeps it running until the JVM stops (the store and
     * the server are closed by a shutdown hook). {@code svo demo} calls this too.
     */
    static WebApp serve(Store store, svo.definitions.DefinitionRegistry definitions, WebApp.Options options, PrintWriter out) {
        WebApp app = new WebApp(store, AnalysisCatalog.standard(AnalysisCatalog.definitions(definitions)), definitions, options,
                Clock.systemUTC()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            store.close();
        }, "svo-shutdown"));
        out.printf("Serving %s on %s (Ctrl-C to stop)%n", store.file(), app.baseUrl());
        String host = options.host();
        if (!options.tls() && !host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1")) {
            out.println("warning: listening beyond this machine without TLS: passwords and data cross the network in clear. "
                    + "Use --tls-keystore, or a TLS proxy in front.");
        }
        out.flush();
        return app;
    }

    /** The options {@code svo serve} uses by default for a store: uploads in the store's folder. */
    static WebApp.Options defaults(Store store, String host, int port) {
        Path base = store.file() == null ? Path.of("svo-data") : store.file().getParent();
        return WebApp.Options.plain(host, port, base.resolve("uploads"));
    }

    private char[] tlsPassword() {
        if (keystore == null) {
            if (passwordEnv != null) throw new BadInputException("--tls-password-env needs --tls-keystore FILE as well.");
            return null;
        }
        if (!Files.isRegularFile(keystore)) {
            throw new BadInputException("--tls-keystore: no such file " + keystore.toAbsolutePath() + ".");
        }
        if (passwordEnv == null) {
            throw new BadInputException("--tls-keystore needs --tls-password-env VAR: the name of an environment variable "
                    + "holding the keystore password (passwords are never given on the command line).");
        }
        String pw = environment.get(passwordEnv);
        if (pw == null) {
            throw new BadInputException("--tls-password-env: the environment variable " + passwordEnv + " is not set.");
        }
        return pw.toCharArray();
    }
}
