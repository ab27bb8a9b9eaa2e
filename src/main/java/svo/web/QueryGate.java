package svo.web;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Lets a few analyses run at a time, first come first served. DuckDB runs one query on every core; several
 * queries at once on a small machine fight over the same cores and all finish later (measured on two
 * cores: one at a time gave twice the throughput of eight at once, and a far shorter tail). Requests wait
 * here instead, in order, and each then runs at full speed.
 */
final class QueryGate {
    private static final long MAX_WAIT_SECONDS = 60;

    private final Semaphore slots;
    private final int size;

    QueryGate(int slots) {
        this.size = Math.max(1, slots);
        this.slots = new Semaphore(size, true);
    }

    /** One slot per four cores, at least one. */
    static QueryGate forThisMachine() {
        return new QueryGate((Runtime.getRuntime().availableProcessors() + 3) / 4);
    }

    int size() {
        return size;
    }

    <T> T run(Supplier<T> work) {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(MAX_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Problems.Busy("The server was stopping; try again.");
        }
        if (!acquired) {
            throw new Problems.Busy("The server is busy with other analyses (waited " + MAX_WAIT_SECONDS + " s). Try again shortly.");
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }
}
