package svo.delivery;

import java.util.Locale;

/**
 * Who is asking for delivery data: a provider organisation (sees and changes only the interventions it owns), or
 * anyone else the caller has already let in (an analyst, a board member, an operator at the command line). The web
 * builds one from the signed-in user; the command line runs as {@link #OPERATOR}.
 *
 * <pre>
 * Viewer v = Viewer.provider("Safe and Sound");
 * register.list(store, v);                 // only Safe and Sound's interventions
 * register.intervention(store, v, "hope-hacks");   // AccessDeniedException: not theirs
 * </pre>
 */
public record Viewer(String name, String organisation, boolean provider) {
    /** Someone allowed to see every intervention (analyst, board, command line). */
    public static final Viewer OPERATOR = new Viewer("operator", null, false);

    public Viewer {
        if (provider && (organisation == null || organisation.isBlank())) {
            throw new IllegalArgumentException("a provider viewer needs an organisation");
        }
    }

    /** A provider organisation. */
    public static Viewer provider(String organisation) {
        return new Viewer(organisation, organisation.strip(), true);
    }

    /** True when the viewer may see and change the intervention with this owner. */
    public boolean owns(String owner) {
        return !provider || (owner != null && owner.strip().toLowerCase(Locale.ROOT).equals(organisation.toLowerCase(Locale.ROOT)));
    }
}
