package io.stratus.dynamo.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    private final ExecutorService committer = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopCommitter() throws InterruptedException {
        committer.shutdownNow();
        assertThat(committer.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aLoneWriterCommitsAtOnce() {
        AtomicInteger commits = new AtomicInteger();
        GroupCommit group = new GroupCommit(commits::incrementAndGet, committer);
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
        }, committer);
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
        }, committer);
        assertThatThrownBy(group::await).hasMessage("disk full");
        group.await();
        assertThat(calls).hasValue(2);
    }

    @Test
    void aRequestRunsTheCommitOnTheCommitterNotOnTheCallersThread() {
        AtomicReference<Thread> committedOn = new AtomicReference<>();
        GroupCommit group = new GroupCommit(() -> committedOn.set(Thread.currentThread()), committer);
        group.request().join();
        assertThat(committedOn.get()).isNotNull().isNotSameAs(Thread.currentThread());
    }

    @Test
    void aRequestMadeWhileACommitRunsWaitsForTheNextCommit() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        AtomicInteger commits = new AtomicInteger();
        GroupCommit group = new GroupCommit(() -> {
            if (commits.incrementAndGet() == 1) {
                firstStarted.countDown();
                await(releaseFirst);
            }
        }, committer);
        CompletableFuture<Void> first = group.request();
        assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> second = group.request();
        CompletableFuture<Void> third = group.request();
        assertThat(second).isSameAs(third).isNotDone();
        releaseFirst.countDown();
        CompletableFuture.allOf(first, second).get(10, TimeUnit.SECONDS);
        // the first commit started before the later requests, so only a second one may cover them
        assertThat(commits).hasValue(2);
    }

    @Test
    void aFailedCommitFailsEveryRequestItCoveredAndTheNextRequestCommitsAgain() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        GroupCommit group = new GroupCommit(() -> {
            int call = calls.incrementAndGet();
            if (call == 1) {
                firstStarted.countDown();
                await(releaseFirst);
            } else if (call == 2) {
                throw new IllegalStateException("disk full");
            }
        }, committer);
        CompletableFuture<Void> first = group.request();
        assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> second = group.request();
        CompletableFuture<Void> third = group.request();
        releaseFirst.countDown();
        first.get(10, TimeUnit.SECONDS);
        assertThatThrownBy(second::join).hasRootCauseMessage("disk full");
        assertThatThrownBy(third::join).hasRootCauseMessage("disk full");
        group.request().get(10, TimeUnit.SECONDS);
        assertThat(calls).hasValue(3);
    }

    @Test
    void aRequestAfterTheCommitterStoppedFailsInsteadOfHanging() {
        committer.shutdown();
        GroupCommit group = new GroupCommit(() -> { }, committer);
        assertThat(group.request()).isCompletedExceptionally();
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
