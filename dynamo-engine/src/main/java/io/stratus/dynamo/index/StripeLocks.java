package io.stratus.dynamo.index;

import java.util.Arrays;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A fixed array of locks, one chosen per encoded primary key by its hash: two writers of one key
 * always meet at the same lock, so an item and its index entries change as one step, while writers
 * of different keys rarely contend. There is deliberately no table-wide lock on the data path;
 * control-plane changes that must see no writer in flight (adding or dropping an index) pass a
 * {@linkplain #barrier() barrier} instead.
 */
public final class StripeLocks {

    /** Stripes per table: enough that two busy keys rarely share one on a small machine. */
    public static final int STRIPES = 256;

    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    /** A fresh set of stripes. */
    public StripeLocks() {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    /** The lock guarding the item with encoded primary key {@code key}. */
    public ReentrantLock lockFor(byte[] key) {
        int h = Arrays.hashCode(key);
        h ^= h >>> 16;
        return locks[h & (STRIPES - 1)];
    }

    /**
     * Takes and releases every stripe in order: when it returns, every write that started before
     * the call has finished, and every later write sees what was published before the call.
     */
    public void barrier() {
        for (ReentrantLock lock : locks) {
            lock.lock();
            lock.unlock();
        }
    }

    /**
     * Runs {@code action} holding every stripe: writes that started before it have finished, and
     * writes that start meanwhile wait until it is done, so the action sees (and leaves) every item
     * and its index entries in step. A writer holds one stripe at a time, so taking all of them in
     * order cannot deadlock.
     */
    public void exclusive(Runnable action) {
        int held = 0;
        try {
            for (; held < STRIPES; held++) {
                locks[held].lock();
            }
            action.run();
        } finally {
            for (int i = held - 1; i >= 0; i--) {
                locks[i].unlock();
            }
        }
    }
}
