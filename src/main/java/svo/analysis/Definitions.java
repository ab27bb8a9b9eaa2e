package svo.analysis;

import svo.definitions.Definition;

/**
 * Looks definitions up by name for analyses that need one besides their scope's (the knife share needs the
 * knife definition; the ABH table needs the definition that includes ABH). The definition registry is one.
 *
 * <pre>
 * Definitions definitions = DefinitionRegistry.standard()::resolve;
 * Definition knife = definitions.resolve("svb-knife", false);
 * </pre>
 */
@FunctionalInterface
public interface Definitions {
    /** The named definition, or (as in force) its family; an unknown name is bad input that lists the known ones. */
    Definition resolve(String name, boolean asInForce);
}
