package io.stratus.dynamo.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    @Test
    void aLoneWriterCommitsAtOnce() {
        AtomicInteger commits = new AtomicInteger();
        GroupCommit group = new GroupCommit(commits::incrementAndGet);
        group.await();
        group.await();
        assertThat(commits).hasValue(2);
    }

    /**
     * Each writer bumps a counter (its "write") and then awaits; the commit records the counter it
     * saw when it started. Every writer must return only after a commit that saw its write.
     */
    @Test
    void everyWriterReturnsAfterACommitThatCoversItsWrite() throws Exception {
        AtomicLong written = new AtomicLong();
        AtomicLong committed = new AtomicLong();
        AtomicInteger commits = new AtomicInteger();
        GroupCommit group = new GroupCommit(() -> {
            long seen = written.get();
            commits.incrementAndGet();
            sleep(1);
            committed.accumulateAndGet(seen, Math::max);
        });
        int threads = 8;
        int writesEach = 200;
        List<Throwable> failures = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> writers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(() -> {
                await(start);
                for (int i = 0; i < writesEach; i++) {
                    long mine = written.incrementAndGet();
                    group.await();
                    if (committed.get() < mine) {
                        synchronized (failures) {
                            failures.add(new AssertionError("write " + mine + " acknowledged before its commit"));
                        }
                    }
                }
            });
            writers.add(thread);
            thread.start();
        }
        start.countDown();
        for (Thread thread : writers) {
            thread.join();
        }
        assertThat(failures).isEmpty();
        // writers waiting behind a running commit share the next one
        assertThat(commits.get()).isLessThan(threads * writesEach);
    }

    @Test
    void aFailedCommitFailsItsLeaderAndTheNextCallerRetries() {
        AtomicInteger calls = new AtomicInteger();
        GroupCommit group = new GroupCommit(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("disk full");
            }
        });
        assertThatThrownBy(group::await).hasMessage("disk full");
        group.await();
        assertThat(calls).hasValue(2);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
