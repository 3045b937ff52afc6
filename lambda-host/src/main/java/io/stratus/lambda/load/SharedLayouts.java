package io.stratus.lambda.load;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lays out each version of a function's code once for all the functions deployed from it: a SAM template's
 * functions commonly share one {@code CodeUri}, and extracting the same shaded jar once per function made
 * start-up (and every hot reload) take that many times longer. A version is its source's description and
 * {@link CodeStamp}; each function gets its own {@link FunctionCode} handle, and the files go when the last
 * handle is closed. Code used in place is not extracted and is laid out per function, as before.
 */
public final class SharedLayouts {
    private final Map<String, Slot> slots = new ConcurrentHashMap<>();

    /**
     * The code of {@code source} as stamped, shared with any function already holding that version.
     *
     * @param stamp the source's stamp taken just before; empty to lay out a private copy
     * @throws FunctionCodeException as {@link CodeSource#layOut()}
     */
    public FunctionCode layOut(CodeSource source, Optional<CodeStamp> stamp) {
        if (stamp.isEmpty()) {
            return source.layOut();
        }
        Slot slot = slots.computeIfAbsent(source.describe(), v -> new Slot());
        // Per source, so that functions of other code lay out in parallel while these wait for one copy.
        synchronized (slot) {
            if (slot.latest != null && slot.stamp.equals(stamp.get())) {
                Optional<FunctionCode> shared = slot.latest.share();
                if (shared.isPresent()) {
                    return shared.get();
                }
            }
            FunctionCode fresh = source.layOut();
            // Only an extracted archive is worth sharing, and only it is wholly described by the stamp: code used in
            // place (a Maven project's classes and its dependencies from the local repository) is cheap to lay out
            // and may depend on files the stamp does not cover, so it is laid out for each function as before.
            // The slot only remembers the handle to share from; it holds no count, so closing every function's
            // handle still deletes the files, after which share() refuses and the next call lays out afresh.
            slot.stamp = stamp.get();
            slot.latest = fresh.isExtracted() ? fresh : null;
            return fresh;
        }
    }

    /** The version last laid out from one source; guarded by itself. */
    private static final class Slot {
        private CodeStamp stamp;
        private FunctionCode latest;
    }
}
