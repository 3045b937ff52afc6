package io.stratus.dynamo.storage;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Makes writes durable in groups: every writer that asks while a commit is running is covered by
 * the next one, so N concurrent writers cost about one commit, not N.
 *
 * <p>A caller's writes are complete when it calls {@link #request()}; it joins the pending batch
 * under the lock, and the committer detaches that batch under the same lock before it starts a
 * commit, so the commit covers every write made before its batch was detached. Commits run one at a
 * time on the committer executor and complete the batch's future, so callers need not hold a thread
 * while they wait. No timer: a lone writer commits at once, and batches grow by themselves as load
 * rises while a commit is in progress.
 */
final class GroupCommit {

    private final Runnable commit;
    private final Executor committer;
    private final ReentrantLock lock = new ReentrantLock();
    /** The batch the next commit will cover; {@code null} when nobody is waiting. */
    private CompletableFuture<Void> pending;
    /** Whether a drain task is scheduled or running; only that task starts commits. */
    private boolean committing;

    /**
     * Group commits running {@code commit} on {@code committer}; {@code commit} must make everything
     * written before it started durable.
     */
    GroupCommit(Runnable commit, Executor committer) {
        this.commit = commit;
        this.committer = committer;
    }

    /**
     * A future completed once a commit that started after this call has finished, or failed with
     * what that commit threw; a later call then commits again.
     */
    CompletableFuture<Void> request() {
        CompletableFuture<Void> batch;
        boolean start;
        lock.lock();
        try {
            if (pending == null) {
                pending = new CompletableFuture<>();
            }
            batch = pending;
            start = !committing;
            committing = true;
        } finally {
            lock.unlock();
        }
        if (start) {
            try {
                committer.execute(this::drain);
            } catch (RuntimeException e) {
                // the committer is gone (storage closing): fail this batch rather than strand it
                lock.lock();
                try {
                    committing = false;
                    if (pending == batch) {
                        pending = null;
                    }
                } finally {
                    lock.unlock();
                }
                batch.completeExceptionally(e);
            }
        }
        return batch;
    }

    /**
     * Returns once a commit that started after this call began has finished; throws what that
     * commit threw.
     */
    void await() {
        try {
            request().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Commits batch after batch until nobody is waiting; the only place commits start. */
    private void drain() {
        while (true) {
            CompletableFuture<Void> batch;
            lock.lock();
            try {
                batch = pending;
                if (batch == null) {
                    committing = false;
                    return;
                }
                pending = null;
            } finally {
                lock.unlock();
            }
            try {
                commit.run();
            } catch (RuntimeException | Error e) {
                batch.completeExceptionally(e);
                continue;
            }
            batch.complete(null);
        }
    }
}
