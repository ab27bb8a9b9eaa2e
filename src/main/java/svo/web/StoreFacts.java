package svo.web;

import svo.store.Jdbc;
import svo.store.Store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Facts about the store that every page shows, read at most every few seconds rather than per request. */
final class StoreFacts {
    private static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private final StorePool pool;
    private final Clock clock;
    private volatile boolean synthetic;
    private volatile Instant readAt = Instant.MIN;

    StoreFacts(StorePool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    /** True when {@code store_setting} has {@code synthetic = true} (the demo store). */
    boolean synthetic() {
        Instant now = clock.instant();
        if (now.isAfter(readAt.plus(FRESH_FOR))) {
            try (StorePool.Lease lease = pool.lease()) {
                Store s = lease.store();
                synthetic = Jdbc.queryOne(s.connection(), "SELECT value FROM store_setting WHERE key = 'synthetic'",
                        rs -> rs.getString(1)).map(v -> v.equalsIgnoreCase("true")).orElse(false);
            }
            readAt = now;
        }
        return synthetic;
    }
}
