package svo.cli;

import svo.definitions.Definition;

import java.util.List;
import java.util.Optional;

/**
 * The definitions the command line can name. The definition files and their loader arrive with the definitions
 * work (issue 3); until then no definition is known and commands that need one say so.
 */
final class Definitions {
    private Definitions() {}

    static Optional<Definition> find(String name) {
        return Optional.empty();
    }

    static List<String> known() {
        return List.of();
    }
}
