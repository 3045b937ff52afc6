package io.stratus.junit5;

import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A started {@link Stratus} as the extension keeps it in an {@link ExtensionContext.Store}: the store that
 * owns it closes it (the class's store at the end of the class, the root store at the end of the run), and
 * tests that reset tables hold its exclusive lock while they run.
 */
@SuppressWarnings("deprecation") // CloseableResource: JUnit before 5.13 closes only these; later ones both kinds
final class RunningInstance implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    private final Stratus stratus;
    private final boolean owned;
    private final ReentrantLock exclusive;

    private RunningInstance(Stratus stratus, boolean owned, ReentrantLock exclusive) {
        this.stratus = stratus;
        this.owned = owned;
        this.exclusive = exclusive;
    }

    /** The instance as stored by its owner, which closes it. */
    static RunningInstance owning(Stratus stratus) {
        return new RunningInstance(stratus, true, new ReentrantLock());
    }

    /** The same instance as bound to another class: closing this view leaves the instance running. */
    RunningInstance borrowed() {
        return new RunningInstance(stratus, false, exclusive);
    }

    Stratus stratus() {
        return stratus;
    }

    /**
     * Takes the instance for the current test and empties its tables. A lock rather than JUnit's resource locks
     * because the instance is known only at run time; reentrant so a test that the same thread picks up while
     * waiting inside another (JUnit's fork-join executor does that) cannot deadlock on it.
     */
    void lockAndReset() {
        exclusive.lock();
        try {
            stratus.resetTables();
        } catch (RuntimeException | Error e) {
            exclusive.unlock();
            throw e;
        }
    }

    /** Releases what {@link #lockAndReset()} took, on the thread that took it. */
    void unlock() {
        if (exclusive.isHeldByCurrentThread()) {
            exclusive.unlock();
        }
    }

    @Override
    public void close() {
        if (owned) {
            stratus.close();
        }
    }
}
