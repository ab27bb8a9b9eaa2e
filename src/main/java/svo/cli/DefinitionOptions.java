package svo.cli;

import picocli.CommandLine.Option;
import svo.definitions.Definition;
import svo.definitions.DefinitionRegistry;

import java.nio.file.Path;

/**
 * The {@code --definitions DIR} option: the analyst's own folder of definition files, loaded on top of the
 * shipped ones (default {@code $SVO_DEFINITIONS}; none when unset). Commands that resolve
 * {@code --definition NAME} take this mixin and call {@link #registry()}.
 */
public final class DefinitionOptions {
    @Option(names = "--definitions", paramLabel = "DIR",
            description = "A folder of your own .def files, added to the shipped definitions (default: $SVO_DEFINITIONS).")
    Path folder;

    /** The folder chosen by option or environment, or null for the shipped definitions only. */
    public Path folder() {
        if (folder != null) return folder;
        String env = System.getenv("SVO_DEFINITIONS");
        return env != null && !env.isBlank() ? Path.of(env) : null;
    }

    /** The shipped definitions plus the analyst's folder, every file checked. */
    public DefinitionRegistry registry() {
        return DefinitionRegistry.load(folder());
    }

    /**
     * A definition by name, or a family by name judged as in force ({@code svb}); with {@code asInForce}, the
     * family of the named definition.
     */
    static Definition resolve(DefinitionRegistry registry, String name, boolean asInForce) {
        if (!asInForce && registry.find(name).isEmpty() && registry.families().contains(name)) {
            return registry.asInForce(name);
        }
        return registry.resolve(name, asInForce);
    }
}
