package io.stratus.lambda.runtime;

import java.util.concurrent.atomic.AtomicInteger;

/** The account-wide count of busy execution environments, against Lambda's concurrency limit. */
public final class AccountConcurrency {
    /** Lambda's default concurrent executions quota per account and region ("Lambda quotas"). */
    public static final int DEFAULT_LIMIT = 1000;

    private final int limit;
    private final AtomicInteger busy = new AtomicInteger();

    public AccountConcurrency(int limit) {
        this.limit = limit;
    }

    /** Takes one slot, or returns false when the account is at its limit. */
    boolean tryAcquire() {
        while (true) {
            int current = busy.get();
            if (current >= limit) {
                return false;
            }
            if (busy.compareAndSet(current, current + 1)) {
                return true;
            }
        }
    }

    void release() {
        busy.decrementAndGet();
    }
}
