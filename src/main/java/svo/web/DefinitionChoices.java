package svo.web;

import svo.definitions.Definition;

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
