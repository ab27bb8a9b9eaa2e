package svo.ingest;

import svo.BadInputException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * Replaces person identifiers (names, PNC or NHS numbers, local ids) with a keyed pseudonym: HMAC-SHA256
 * of the normalised identifier (Unicode NFKC, trimmed, inner spaces collapsed, upper case), of which the
 * first 64 bits are kept as the {@code person_key}. The key lives outside the store ({@code SVO_KEY_FILE}
 * or {@code SVO_KEY}); the same key gives the same pseudonym across data sets, so people link without
 * identities. The store keeps only a fingerprint of the key, to refuse an import made with a different one.
 *
 * <p>64 bits: with ten million people the chance of any two sharing a key is about 3 in a million.
 */
public final class Pseudonymiser {
    /** Environment variable naming a key file. */
    public static final String KEY_FILE_ENV = "SVO_KEY_FILE";
    /** Environment variable holding the key itself. */
    public static final String KEY_ENV = "SVO_KEY";
    private static final int MIN_KEY_BYTES = 16;

    private final Mac mac;
    private final String fingerprint;

    /** A pseudonymiser with this key (at least 16 bytes). */
    public Pseudonymiser(byte[] key) {
        if (key.length < MIN_KEY_BYTES) {
            throw new BadInputException("the pseudonymisation key is too short (" + key.length + " bytes; at least "
                    + MIN_KEY_BYTES + " are needed, 32 random bytes are recommended).");
        }
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            fingerprint = HexFormat.of().formatHex(mac.doFinal("svo-key-fingerprint".getBytes(StandardCharsets.UTF_8)), 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key from {@code SVO_KEY_FILE} or {@code SVO_KEY}; a clear error when neither is set. */
    public static Pseudonymiser fromEnvironment(Map<String, String> env) {
        String file = env.get(KEY_FILE_ENV);
        if (file != null && !file.isBlank()) {
            try {
                return new Pseudonymiser(Files.readString(Path.of(file), StandardCharsets.UTF_8).strip().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new BadInputException("cannot read the pseudonymisation key file " + file + " (from " + KEY_FILE_ENV
                        + "): " + e.getMessage());
            }
        }
        String key = env.get(KEY_ENV);
        if (key != null && !key.isBlank()) return new Pseudonymiser(key.strip().getBytes(StandardCharsets.UTF_8));
        throw new BadInputException("no pseudonymisation key: person identifiers cannot be imported without one. Set "
                + KEY_FILE_ENV + "=/path/to/keyfile (or " + KEY_ENV + "=…) to a secret of at least 32 random characters, "
                + "kept outside the store; use the same key for every import so people link across data sets. "
                + "For example: head -c 32 /dev/urandom | base64 > ~/.svo-key && export " + KEY_FILE_ENV + "=~/.svo-key");
    }

    /** The 64-bit pseudonym of an identifier. */
    public long key(String identifier) {
        byte[] h = mac.doFinal(normalise(identifier).getBytes(StandardCharsets.UTF_8));
        long v = 0;
        for (int i = 0; i < 8; i++) v = (v << 8) | (h[i] & 0xFF);
        return v;
    }

    /** A short fingerprint of the key (not the key): the same key always gives the same fingerprint. */
    public String fingerprint() {
        return fingerprint;
    }

    /** How a pseudonym is shown to a tasking officer: 16 hex digits. */
    public static String display(long personKey) {
        return String.format("%016x", personKey);
    }

    static String normalise(String identifier) {
        String s = Normalizer.normalize(identifier, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
        return s.toUpperCase(Locale.ROOT);
    }
}
