package svo.security;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import svo.BadInputException;

/**
 * Argon2id password hashing (password4j), in the PHC string format that records its own parameters.
 *
 * <pre>
 * PasswordHasher h = PasswordHasher.standard();
 * String stored = h.hash("a long passphrase".toCharArray());
 * boolean ok = h.verify("a long passphrase".toCharArray(), stored);
 * </pre>
 *
 * The parameters (64 MiB, 2 passes, 1 lane) make one check take about 100–200 ms on the two-core machines
 * this runs on: slow enough that a stolen store cannot be guessed at speed, quick enough for a sign-in.
 * A hash made with other parameters still verifies; {@link #needsRehash} tells the caller to store a fresh one.
 */
public final class PasswordHasher {
    /** Shortest password accepted. */
    public static final int MIN_LENGTH = 12;
    /** Longest password accepted (Argon2 takes any length; this keeps a request from being a memory weapon). */
    public static final int MAX_LENGTH = 256;

    private final Argon2Function function;

    private PasswordHasher(Argon2Function function) {
        this.function = function;
    }

    /** The product's parameters: Argon2id, m = 64 MiB, t = 2, p = 1, 32-byte output, 16-byte salt. */
    public static PasswordHasher standard() {
        return new PasswordHasher(Argon2Function.getInstance(64 * 1024, 2, 1, 32, Argon2.ID));
    }

    /** Hashes a password with a fresh random salt. */
    public String hash(char[] password) {
        return Password.hash(new String(password)).addRandomSalt(16).with(function).getResult();
    }

    /** True when the password matches the stored hash; false for a hash this class cannot read. */
    public boolean verify(char[] password, String stored) {
        if (stored == null || !stored.startsWith("$argon2id$")) return false;
        try {
            return Password.check(new String(password), stored).with(Argon2Function.getInstanceFromHash(stored));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** True when the stored hash was made with other parameters than today's. */
    public boolean needsRehash(String stored) {
        try {
            return !Argon2Function.getInstanceFromHash(stored).equals(function);
        } catch (RuntimeException e) {
            return true;
        }
    }

    /**
     * Refuses a password that is too short, too long, or the same as the username. Length is what makes a
     * password strong (NIST SP 800-63B); rules about character classes are not imposed.
     */
    public static void checkAcceptable(String username, char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            throw new BadInputException("password: too short (expected at least " + MIN_LENGTH
                    + " characters). A phrase of several words is easy to remember and hard to guess.");
        }
        if (password.length > MAX_LENGTH) {
            throw new BadInputException("password: too long (expected at most " + MAX_LENGTH + " characters).");
        }
        if (username != null && new String(password).strip().equalsIgnoreCase(username)) {
            throw new BadInputException("password: it must not be the username. Choose a phrase of several words.");
        }
        if (new String(password).isBlank()) {
            throw new BadInputException("password: it is only spaces. Choose a phrase of several words.");
        }
    }
}
