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
import java.util.function.UnaryOperator;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * {@link Storage} on one H2 {@link MVStore}: one {@link MVMap} per table keyed by encoded key
 * bytes, a catalog map, and a meta map holding the on-disk format version.
 *
 * <p>In memory when created with {@link #inMemory()}, else in {@value #FILE_NAME} under a data
 * directory. MVStore's background auto-commit persists writes about once a second; {@link
 * #close()} commits the rest. A later step (transactions) can move to MVStore's
 * {@code TransactionStore} without changing this port.
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

    private final MVStore store;
    private final MVMap<String, byte[]> catalog;

    private MvStorage(MVStore store) {
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
    }

    /** A storage that lives in memory only. */
    public static MvStorage inMemory() {
        return new MvStorage(new MVStore.Builder().open());
    }

    /** A storage in {@code dataDir} (created if absent), reopening what a previous run left there. */
    public static MvStorage open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MvStorage(new MVStore.Builder().fileName(dataDir.resolve(FILE_NAME).toString()).open());
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
        store.commit();
    }

    @Override
    public void close() {
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
