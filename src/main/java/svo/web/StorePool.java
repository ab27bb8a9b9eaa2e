package svo.web;

import svo.store.Store;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Connections for request threads. DuckDB lets one process own the file; within it each thread needs a
 * connection of its own, so a request borrows a {@link Store#forThread()} view and gives it back.
 *
 * <pre>
 * try (StorePool.Lease lease = pool.lease()) {
 *     Result r = analysis.run(lease.store(), scope);
 * }
 * </pre>
 */
final class StorePool implements AutoCloseable {
    private final Store store;
    private final BlockingQueue<Store> idle;

    StorePool(Store store, int maxIdle) {
        this.store = store;
        this.idle = new ArrayBlockingQueue<>(maxIdle);
    }

    /** A connection for this thread until the lease is closed. */
    Lease lease() {
        Store s = idle.poll();
        return new Lease(s != null ? s : store.forThread());
    }

    /** The store itself (for code that opens its own connections, such as the importer). */
    Store store() {
        return store;
    }

    @Override
    public void close() {
        for (Store s; (s = idle.poll()) != null; ) s.close();
    }

    /** A borrowed connection. */
    final class Lease implements AutoCloseable {
        private final Store view;

        private Lease(Store view) {
            this.view = view;
        }

        Store store() {
            return view;
        }

        @Override
        public void close() {
            if (!idle.offer(view)) view.close();
        }
    }
}
