package svo.security;

/**
 * Who did something, for the audit log: a signed-in user with their role and address, a visitor who is not
 * signed in, or an operator at the command line.
 */
public record Actor(String name, String role, String address) {
    public Actor {
        if (name == null || name.isBlank()) name = "-";
        if (role == null || role.isBlank()) role = Role.PUBLIC.id();
        if (address == null || address.isBlank()) address = "unknown";
    }

    /** A signed-in user at an address. */
    public static Actor of(User user, String address) {
        return new Actor(user.username(), user.role().id(), address);
    }

    /** Nobody signed in, at an address. */
    public static Actor anonymous(String address) {
        return new Actor("-", Role.PUBLIC.id(), address);
    }

    /** The operating-system user running a command (anyone who can run the command can open the store). */
    public static Actor commandLine() {
        return new Actor("cli:" + System.getProperty("user.name", "unknown"), "cli", "cli");
    }
}
