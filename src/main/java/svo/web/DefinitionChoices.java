package svo.web;

import svo.definitions.Definition;
import svo.definitions.DefinitionRegistry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The definitions the explorer offers and how a name becomes a {@link Definition}. The definitions part
 * of the product provides the real list; until it is loaded the explorer says there is none.
 */
interface DefinitionChoices {
    /** Definitions to offer, the default first. */
    List<Definition> available();

    /** The definition with this name, judged as in force on each occurrence's date when asked. */
    Definition resolve(String name, boolean asInForce);

    /** The partnership's definition the SNA 2025 counts by; offered first when it is loaded. */
    String DEFAULT = "svb-2024";

    /**
     * The definitions of a registry (shipped plus the analyst's folder), the default first, then the other
     * definitions over police occurrences, then the approximate police.uk mappings. Names resolve as the
     * command line's {@code --definition NAME [--as-in-force]} does; a family name alone means as in force.
     */
    static DefinitionChoices of(DefinitionRegistry registry) {
        List<Definition> ordered = new ArrayList<>(registry.definitions());
        ordered.sort(Comparator.comparing((Definition d) -> !d.name().equals(DEFAULT))
                .thenComparing(Definition::approximate)
                .thenComparing(d -> !d.view().equals("occurrence"))
                .thenComparing(Definition::name));
        List<Definition> available = List.copyOf(ordered);
        return new DefinitionChoices() {
            @Override
            public List<Definition> available() {
                return available;
            }

            @Override
            public Definition resolve(String name, boolean asInForce) {
                if (!asInForce && registry.find(name).isEmpty() && registry.families().contains(name)) {
                    return registry.asInForce(name);
                }
                return registry.resolve(name, asInForce);
            }
        };
    }

    /** No definitions loaded. */
    DefinitionChoices NONE = new DefinitionChoices() {
        @Override
        public List<Definition> available() {
            return List.of();
        }

        @Override
        public Definition resolve(String name, boolean asInForce) {
            throw new svo.BadInputException("definition: no definitions are loaded in this product yet, so \"" + name
                    + "\" cannot be used. Leave the definition out.");
        }
    };
}
