package io.stratus.dynamo.storage;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Makes writes durable in groups: every writer that asks while a commit is running waits for the
 * next one, which then covers all of them, so N concurrent writers cost about one commit, not N.
 *
 * <p>A caller's writes are complete when it calls {@link #await()}; it takes a ticket under the lock,
 * and a leader reads the newest ticket under the same lock before it starts a commit, so the commit
 * covers every ticket up to the one it read. Whoever finds no commit running becomes the leader; the
 * others sleep until a commit covering their ticket has finished. No timer: a lone writer commits at
 * once, and batches grow by themselves as load rises while a commit is in progress.
 */
final class GroupCommit {

    private final Runnable commit;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition finished = lock.newCondition();
    /** The newest ticket handed out. */
    private long requested;
    /** Every ticket up to this one is durable. */
    private long durable;
    private boolean committing;

    /** Group commits running {@code commit}, which must make everything written before it started durable. */
    GroupCommit(Runnable commit) {
        this.commit = commit;
    }

    /**
     * Returns once a commit that started after this call began has finished. Throws what the commit
     * threw when this caller led it; waiting callers then lead a retry.
     */
    void await() {
        lock.lock();
        try {
            long ticket = ++requested;
            while (durable < ticket) {
                if (committing) {
                    finished.awaitUninterruptibly();
                    continue;
                }
                committing = true;
                long covered = requested;
                boolean done = false;
                lock.unlock();
                try {
                    commit.run();
                    done = true;
                } finally {
                    lock.lock();
                    committing = false;
                    if (done) {
                        durable = Math.max(durable, covered);
                    }
                    finished.signalAll();
                }
            }
        } finally {
            lock.unlock();
        }
    }
}
