package svo.web;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class QueryGateTest {
    @Test
    void no_more_analyses_run_at_once_than_there_are_slots_and_every_one_runs() throws Exception {
        QueryGate gate = new QueryGate(2);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> done = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int n = i;
            done.add(pool.submit(() -> {
                start.await();
                return gate.run(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    running.decrementAndGet();
                    return n;
                });
            }));
        }
        start.countDown();
        int sum = 0;
        for (Future<Integer> f : done) sum += f.get();
        pool.shutdown();
        assertThat(sum).isEqualTo(28);
        assertThat(most.get()).isEqualTo(2);
    }

    @Test
    void a_failing_analysis_gives_its_slot_back() {
        QueryGate gate = new QueryGate(1);
        for (int i = 0; i < 3; i++) {
            try {
                gate.run(() -> {
                    throw new IllegalStateException("boom");
                });
            } catch (IllegalStateException expected) {
                // the next run must still get the slot
            }
        }
        assertThat(gate.run(() -> "ran")).isEqualTo("ran");
    }
}
