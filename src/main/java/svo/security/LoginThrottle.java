package svo.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing, per account and per address. After {@value #FREE_PER_ACCOUNT} failed sign-ins
 * for one username (whether or not it exists) each further attempt must wait 30 s, then 60 s, 120 s, …
 * up to 15 minutes; an address gets {@value #FREE_PER_ADDRESS} failures across all usernames before the same
 * applies to it. Failures are forgotten 15 minutes after the last one, and an account's on a successful
 * sign-in. Attempts that must wait are refused without checking the password.
 */
public final class LoginThrottle {
    static final int FREE_PER_ACCOUNT = 5;
    static final int FREE_PER_ADDRESS = 20;
    static final Duration FIRST_WAIT = Duration.ofSeconds(30);
    static final Duration MAX_WAIT = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 100_000;

    private record Failures(int count, Instant last) {}

    private final Clock clock;
    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Seconds to wait before this username may be tried from this address; 0 when it may be tried now. */
    public long secondsToWait(String username, String address) {
        Instant now = clock.instant();
        return Math.max(wait(accounts.get(key(username)), FREE_PER_ACCOUNT, now),
                wait(addresses.get(address), FREE_PER_ADDRESS, now));
    }

    /** Counts a failed attempt. */
    public void failed(String username, String address) {
        Instant now = clock.instant();
        if (accounts.size() > MAX_TRACKED || addresses.size() > MAX_TRACKED) forgetOld(now);
        accounts.merge(key(username), new Failures(1, now), (a, b) -> add(a, now));
        if (address != null) addresses.merge(address, new Failures(1, now), (a, b) -> add(a, now));
    }

    /** A successful sign-in clears the account's failures (not the address's: one good password does not excuse a spray). */
    public void succeeded(String username) {
        accounts.remove(key(username));
    }

    private static Failures add(Failures f, Instant now) {
        boolean stale = now.isAfter(f.last().plus(FORGET_AFTER));
        return new Failures(stale ? 1 : f.count() + 1, now);
    }

    private static long wait(Failures f, int free, Instant now) {
        if (f == null || f.count() < free || now.isAfter(f.last().plus(FORGET_AFTER))) return 0;
        int over = Math.min(f.count() - free, 20);
        Duration wait = FIRST_WAIT.multipliedBy(1L << over);
        if (wait.compareTo(MAX_WAIT) > 0) wait = MAX_WAIT;
        Instant until = f.last().plus(wait);
        if (!now.isBefore(until)) return 0;
        return (Duration.between(now, until).toMillis() + 999) / 1000;
    }

    private void forgetOld(Instant now) {
        accounts.values().removeIf(f -> now.isAfter(f.last().plus(FORGET_AFTER)));
        addresses.values().removeIf(f -> now.isAfter(f.last().plus(FORGET_AFTER)));
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
