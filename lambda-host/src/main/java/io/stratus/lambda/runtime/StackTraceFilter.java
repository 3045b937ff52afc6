package io.stratus.lambda.runtime;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Cuts the host's own frames off a function's throwable, as the Java runtime cuts its frames, so the
 * reported stack trace ends at the handler.
 */
final class StackTraceFilter {
    private static final String HOST_PACKAGE = "io.stratus.lambda.";

    private StackTraceFilter() {
    }

    /** Filters {@code t}, its causes and suppressed throwables in place, and returns {@code t}. */
    static <T extends Throwable> T filter(T t) {
        filter(t, Collections.newSetFromMap(new IdentityHashMap<>()));
        return t;
    }

    private static void filter(Throwable t, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return;
        }
        StackTraceElement[] frames = t.getStackTrace();
        for (int i = 0; i < frames.length; i++) {
            if (frames[i].getClassName().startsWith(HOST_PACKAGE)) {
                StackTraceElement[] kept = new StackTraceElement[i];
                System.arraycopy(frames, 0, kept, 0, i);
                t.setStackTrace(kept);
                break;
            }
        }
        filter(t.getCause(), seen);
        for (Throwable suppressed : t.getSuppressed()) {
            filter(suppressed, seen);
        }
    }
}
