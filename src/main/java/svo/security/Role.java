package svo.security;

import svo.BadInputException;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Who a person is to the product, exactly as the platform specification lists them. A user holds one role:
 * privileged work (admin) is done from an account of its own, never from the account that reads data.
 */
public enum Role {
    /** Manages users and roles, keys and definitions. */
    ADMIN("Administrator"),
    /** Imports data, runs analyses, reads every aggregate output, publishes reports. */
    ANALYST("Analyst"),
    /** Reads the dashboard and published reports. */
    BOARD("Board member"),
    /** Registers its own interventions and submits their returns; sees nothing else. */
    PROVIDER("Intervention provider"),
    /** The restricted, pseudonymised person-level cohort pages. */
    TASKING("Tasking officer"),
    /** Nobody signed in: the published public summary only. Never stored on a user. */
    PUBLIC("Public");

    private final String title;

    Role(String title) {
        this.title = title;
    }

    /** The lower-case name used in the store, on the command line and in the API: {@code analyst}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** As a reader sees it: "Board member". */
    public String title() {
        return title;
    }

    /** The roles a user account can hold (every role but {@link #PUBLIC}). */
    public static List<Role> assignable() {
        return Arrays.stream(values()).filter(r -> r != PUBLIC).toList();
    }

    /** Parses {@code analyst}, {@code Analyst}, …; {@code public} is refused, as no account can hold it. */
    public static Role parseAssignable(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (Role r : assignable()) if (r.id().equals(t)) return r;
        throw BadInputException.of("role", text, String.join(", ", assignable().stream().map(Role::id).toList()));
    }
}
