package io.stratus.dynamo.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * {@link Storage} on one H2 {@link MVStore}: one {@link MVMap} per table keyed by encoded key
 * bytes, a catalog map, and a meta map holding the on-disk format version.
 *
 * <p>In memory when created with {@link #inMemory()}, else in {@value #FILE_NAME} under a data
 * directory. A file store runs without MVStore's background auto-commit: that commits about once a
 * second, so a {@code kill -9} lost up to a second of acknowledged writes, and it hands the chunk to
 * a writer thread, so a commit racing it could return before the data reached the file. Instead
 * every {@link #awaitDurable()} (or {@link #durable()} future) waits for a {@link GroupCommit} whose
 * {@code MVStore.commit()} writes the new chunk on a dedicated committer thread; once written the data is in the operating system's page
 * cache and survives the process (not a power loss: nothing is fsynced). MVStore's recovery opens
 * the last complete chunk, so a kill in the middle of a commit loses only unacknowledged writes.
 * Without the background thread the store is also not compacted by itself, so a daemon calls
 * {@link MVStore#compact} every {@value #COMPACT_PERIOD_SECONDS} s. A later step (transactions) can
 * move to MVStore's {@code TransactionStore} without changing this port.
 */
public final class MvStorage implements Storage {

    /**
     * The version of the on-disk layout this code writes; bump it and migrate on open when it
     * changes. Version 2 added one item store per secondary index; a version 1 directory has none,
     * and the catalog builds them from the tables' items when it opens one.
     */
    public static final int FORMAT_VERSION = 2;
    /** The name of the store file inside a data directory. */
    public static final String FILE_NAME = "stratus-dynamodb.mv.db";

    static final String META_MAP = "stratus.meta";
    static final String CATALOG_MAP = "stratus.catalog";
    static final String ITEMS_PREFIX = "items.";
    static final String FORMAT_VERSION_KEY = "formatVersion";

    /**
     * How long a chunk that no longer holds live data is kept before its space is reused. MVStore's
     * default of 45 s guards against disks that reorder writes across a power loss; with a chunk
     * per group commit it let a PutItem load grow the file to 1.9 GB in 40 s. Stratus promises
     * durability against a killed process, where the page cache never reorders, so two seconds
     * only leave time for a reader still walking an older version of a map.
     */
    static final int RETENTION_MILLIS = 2_000;
    /** How often a file store's partly dead chunks are rewritten. */
    static final int COMPACT_PERIOD_SECONDS = 10;
    /** Chunks live below this percentage are rewritten: MVStore's own default target. */
    private static final int COMPACT_TARGET_FILL_RATE = 90;
    /** The most a compaction rewrites at once, to keep the pause it causes for committers short. */
    private static final int COMPACT_WRITE_LIMIT = 4 * 1024 * 1024;

    /** What {@link #durable()} answers when there is nothing to make durable; shared, never completed again. */
    private static final CompletableFuture<Void> DURABLE = CompletableFuture.completedFuture(null);

    private final MVStore store;
    private final MVMap<String, byte[]> catalog;
    /** {@code null} in memory, where there is nothing to make durable. */
    private final GroupCommit groupCommit;
    /** Runs the group commits of a file store, so no writer's thread is held by one; else {@code null}. */
    private final ExecutorService committer;
    private final ScheduledExecutorService housekeeping;

    private MvStorage(MVStore store, boolean persistent) {
        this.store = store;
        MVMap<String, String> meta = store.openMap(META_MAP);
        String version = meta.get(FORMAT_VERSION_KEY);
        if (version != null && Integer.parseInt(version) > FORMAT_VERSION) {
            store.closeImmediately();
            throw new IllegalStateException("data directory was written by a newer Stratus (format "
                    + version + ", this version reads up to " + FORMAT_VERSION + ")");
        }
        // older layouts are upgraded in place by the catalog (missing index stores are rebuilt)
        meta.put(FORMAT_VERSION_KEY, Integer.toString(FORMAT_VERSION));
        this.catalog = store.openMap(CATALOG_MAP);
        if (persistent) {
            store.setRetentionTime(RETENTION_MILLIS);
            this.committer = Executors.newSingleThreadExecutor(r -> {
                Thread thread = new Thread(r, "stratus-storage-commit");
                thread.setDaemon(true);
                return thread;
            });
            this.groupCommit = new GroupCommit(this::commitNow, committer);
            commitNow();
            this.housekeeping = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "stratus-storage-compaction");
                thread.setDaemon(true);
                return thread;
            });
            housekeeping.scheduleWithFixedDelay(this::compact, COMPACT_PERIOD_SECONDS, COMPACT_PERIOD_SECONDS,
                    TimeUnit.SECONDS);
        } else {
            this.groupCommit = null;
            this.committer = null;
            this.housekeeping = null;
        }
    }

    /** A storage that lives in memory only. */
    public static MvStorage inMemory() {
        return new MvStorage(new MVStore.Builder().open(), false);
    }

    /** A storage in {@code dataDir} (created if absent), reopening what a previous run left there. */
    public static MvStorage open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MvStorage(new MVStore.Builder().fileName(dataDir.resolve(FILE_NAME).toString())
                .autoCommitDisabled().open(), true);
    }

    @Override
    public ItemStore items(String name) {
        MVMap<byte[], byte[]> map = store.openMap(ITEMS_PREFIX + name,
                new MVMap.Builder<byte[], byte[]>().keyType(UnsignedBytesType.INSTANCE)
                        .valueType(UnsignedBytesType.INSTANCE));
        return new MvItemStore(map);
    }

    @Override
    public boolean hasItems(String name) {
        return store.hasMap(ITEMS_PREFIX + name);
    }

    @Override
    public void dropItems(String name) {
        if (store.hasMap(ITEMS_PREFIX + name)) {
            store.removeMap(ITEMS_PREFIX + name);
        }
    }

    @Override
    public Map<String, byte[]> catalog() {
        Map<String, byte[]> copy = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> e : catalog.entrySet()) {
            copy.put(e.getKey(), e.getValue());
        }
        return Collections.unmodifiableMap(copy);
    }

    @Override
    public void putCatalog(String tableName, byte[] metadata) {
        catalog.put(tableName, metadata);
    }

    @Override
    public void removeCatalog(String tableName) {
        catalog.remove(tableName);
    }

    @Override
    public void commit() {
        if (groupCommit == null) {
            store.commit();
        } else {
            groupCommit.await();
        }
    }

    @Override
    public void awaitDurable() {
        if (groupCommit != null) {
            groupCommit.await();
        }
    }

    @Override
    public CompletableFuture<Void> durable() {
        return groupCommit == null ? DURABLE : groupCommit.request();
    }

    /**
     * Writes a chunk with everything changed so far, in this thread. {@code MVStore.commit()} answers
     * -1 without storing when there was nothing to store or another store operation (a compaction)
     * held the store; only the second leaves unsaved changes, and then it is tried again.
     */
    private void commitNow() {
        while (store.commit() < 0 && store.hasUnsavedChanges()) {
            if (store.isClosed()) {
                throw new IllegalStateException("storage is closed");
            }
            Thread.onSpinWait();
        }
    }

    private void compact() {
        try {
            store.compact(COMPACT_TARGET_FILL_RATE, COMPACT_WRITE_LIMIT);
        } catch (RuntimeException e) {
            // a failing store fails the next commit, which reports it to a client; nothing to add here
        }
    }

    @Override
    public void close() {
        if (committer != null) {
            // commits already asked for still run and complete their writers' futures
            committer.shutdown();
            try {
                committer.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (housekeeping != null) {
            housekeeping.shutdownNow();
            try {
                housekeeping.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (!store.isClosed()) {
            store.close();
        }
    }

    /** One table's items in an {@link MVMap}. */
    private static final class MvItemStore implements ItemStore {
        private final MVMap<byte[], byte[]> map;

        MvItemStore(MVMap<byte[], byte[]> map) {
            this.map = map;
        }

        @Override
        public byte[] get(byte[] key) {
            return map.get(key);
        }

        @Override
        public byte[] put(byte[] key, byte[] value) {
            return map.put(key, value);
        }

        @Override
        public byte[] remove(byte[] key) {
            return map.remove(key);
        }

        @Override
        public byte[] update(byte[] key, UnaryOperator<byte[]> update) {
            // optimistic: retry when another writer changed the key between read and swap
            while (true) {
                byte[] old = map.get(key);
                byte[] next = update.apply(old);
                if (old == null) {
                    if (next == null || map.putIfAbsent(key, next) == null) {
                        return null;
                    }
                } else if (next == null) {
                    if (map.remove(key, old)) {
                        return old;
                    }
                } else if (map.replace(key, old, next)) {
                    return old;
                }
            }
        }

        @Override
        public Iterator<Map.Entry<byte[], byte[]>> range(byte[] low, byte[] high, boolean forward) {
            if (forward) {
                Cursor<byte[], byte[]> cursor = map.cursor(low, null, false);
                return new Bounded(cursor, high, true);
            }
            byte[] start = high == null ? map.lastKey() : map.lowerKey(high);
            if (start == null) {
                return Collections.emptyIterator();
            }
            return new Bounded(map.cursor(start, null, true), low, false);
        }

        @Override
        public long count() {
            return map.sizeAsLong();
        }

        @Override
        public void clear() {
            map.clear();
        }
    }

    /** A cursor that stops at a bound: before {@code limit} going forward, below it going back. */
    private static final class Bounded implements Iterator<Map.Entry<byte[], byte[]>> {
        private final Cursor<byte[], byte[]> cursor;
        private final byte[] limit;
        private final boolean forward;
        private Map.Entry<byte[], byte[]> next;

        Bounded(Cursor<byte[], byte[]> cursor, byte[] limit, boolean forward) {
            this.cursor = cursor;
            this.limit = limit;
            this.forward = forward;
            advance();
        }

        private void advance() {
            next = null;
            if (cursor.hasNext()) {
                byte[] key = cursor.next();
                boolean inside = limit == null
                        || (forward ? Arrays.compareUnsigned(key, limit) < 0 : Arrays.compareUnsigned(key, limit) >= 0);
                if (inside) {
                    next = Map.entry(key, cursor.getValue());
                }
            }
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public Map.Entry<byte[], byte[]> next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            Map.Entry<byte[], byte[]> result = next;
            advance();
            return result;
        }
    }
}
