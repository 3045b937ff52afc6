package io.stratus.dynamo.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Random;
import java.util.TreeMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MvStorageTest {

    @Test
    void randomOperationsBehaveLikeATreeMap() {
        long seed = System.nanoTime();
        System.out.println("MvStorageTest seed: " + seed);
        Random random = new Random(seed);
        try (MvStorage storage = MvStorage.inMemory()) {
            ItemStore store = storage.items("t");
            NavigableMap<byte[], byte[]> model = new TreeMap<>(Arrays::compareUnsigned);
            for (int i = 0; i < 5000; i++) {
                byte[] key = randomKey(random);
                byte[] value = new byte[] {(byte) random.nextInt(256), (byte) i};
                switch (random.nextInt(5)) {
                    case 0, 1 -> assertThat(store.put(key, value)).as("seed %d", seed).isEqualTo(model.put(key, value));
                    case 2 -> assertThat(store.remove(key)).as("seed %d", seed).isEqualTo(model.remove(key));
                    case 3 -> assertThat(store.get(key)).as("seed %d", seed).isEqualTo(model.get(key));
                    default -> {
                        byte[] a = randomKey(random);
                        byte[] b = randomKey(random);
                        byte[] low = Arrays.compareUnsigned(a, b) <= 0 ? a : b;
                        byte[] high = low == a ? b : a;
                        if (random.nextInt(4) == 0) {
                            low = null;
                        }
                        if (random.nextInt(4) == 0) {
                            high = null;
                        }
                        boolean forward = random.nextBoolean();
                        assertThat(keys(store.range(low, high, forward))).as("seed %d", seed)
                                .isEqualTo(keys(modelRange(model, low, high, forward)));
                    }
                }
            }
            assertThat(store.count()).isEqualTo(model.size());
        }
    }

    @Test
    void updateAppliesTheFunctionToTheCurrentValue() {
        try (MvStorage storage = MvStorage.inMemory()) {
            ItemStore store = storage.items("t");
            byte[] key = {1};
            assertThat(store.update(key, old -> new byte[] {5})).isNull();
            assertThat(store.update(key, old -> new byte[] {(byte) (old[0] + 1)})).containsExactly(5);
            assertThat(store.get(key)).containsExactly(6);
            assertThat(store.update(key, old -> null)).containsExactly(6);
            assertThat(store.get(key)).isNull();
        }
    }

    @Test
    void concurrentUpdatesOfOneKeyLoseNothing() throws Exception {
        try (MvStorage storage = MvStorage.inMemory()) {
            ItemStore store = storage.items("t");
            byte[] key = {7};
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                Thread thread = new Thread(() -> {
                    for (int i = 0; i < 500; i++) {
                        store.update(key, old -> {
                            int n = old == null ? 0 : Integer.parseInt(new String(old, StandardCharsets.US_ASCII));
                            return Integer.toString(n + 1).getBytes(StandardCharsets.US_ASCII);
                        });
                    }
                });
                threads.add(thread);
                thread.start();
            }
            for (Thread thread : threads) {
                thread.join();
            }
            assertThat(new String(store.get(key), StandardCharsets.US_ASCII)).isEqualTo("2000");
        }
    }

    @Test
    void reopeningADataDirectoryBringsBackItemsAndCatalog(@TempDir Path dir) {
        try (MvStorage storage = MvStorage.open(dir)) {
            storage.items("t1").put(new byte[] {1}, new byte[] {2});
            storage.putCatalog("t1", new byte[] {9});
            storage.items("gone").put(new byte[] {1}, new byte[] {1});
            storage.dropItems("gone");
        }
        try (MvStorage storage = MvStorage.open(dir)) {
            assertThat(storage.items("t1").get(new byte[] {1})).containsExactly(2);
            assertThat(storage.catalog()).containsOnlyKeys("t1");
            assertThat(storage.items("gone").count()).isZero();
        }
    }

    @Test
    void directoryOfANewerFormatIsRefused(@TempDir Path dir) {
        MVStore raw = new MVStore.Builder().fileName(dir.resolve(MvStorage.FILE_NAME).toString()).open();
        raw.<String, String>openMap(MvStorage.META_MAP).put(MvStorage.FORMAT_VERSION_KEY, "99");
        raw.close();
        assertThatThrownBy(() -> MvStorage.open(dir)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("newer Stratus");
    }

    @Test
    void directoryOfTheFirstFormatOpens(@TempDir Path dir) {
        MVStore raw = new MVStore.Builder().fileName(dir.resolve(MvStorage.FILE_NAME).toString()).open();
        raw.<String, String>openMap(MvStorage.META_MAP).put(MvStorage.FORMAT_VERSION_KEY, "1");
        raw.<String, byte[]>openMap(MvStorage.CATALOG_MAP).put("old", new byte[] {1});
        raw.close();
        try (MvStorage storage = MvStorage.open(dir)) {
            assertThat(storage.catalog()).containsOnlyKeys("old");
        }
    }

    private static byte[] randomKey(Random random) {
        byte[] key = new byte[random.nextInt(4)];
        for (int i = 0; i < key.length; i++) {
            // few distinct values so that keys collide and prefixes matter; include 0x00 and 0xFF
            key[i] = (byte) new int[] {0x00, 0x01, 0x7F, 0x80, 0xFF}[random.nextInt(5)];
        }
        return key;
    }

    private static Iterator<Map.Entry<byte[], byte[]>> modelRange(NavigableMap<byte[], byte[]> model, byte[] low,
                                                                 byte[] high, boolean forward) {
        NavigableMap<byte[], byte[]> sub = model;
        if (low != null) {
            sub = sub.tailMap(low, true);
        }
        if (high != null) {
            sub = sub.headMap(high, false);
        }
        return (forward ? sub : sub.descendingMap()).entrySet().iterator();
    }

    private static List<String> keys(Iterator<Map.Entry<byte[], byte[]>> it) {
        List<String> keys = new ArrayList<>();
        while (it.hasNext()) {
            Map.Entry<byte[], byte[]> e = it.next();
            keys.add(Arrays.toString(e.getKey()) + "=" + Arrays.toString(e.getValue()));
        }
        return keys;
    }

    @Test
    void clearRemovesEveryEntryOfOneStoreOnly() {
        try (MvStorage storage = MvStorage.inMemory()) {
            ItemStore cleared = storage.items("a");
            ItemStore kept = storage.items("b");
            for (int i = 0; i < 100; i++) {
                byte[] key = {(byte) i};
                cleared.put(key, key);
                kept.put(key, key);
            }
            cleared.clear();
            assertThat(cleared.count()).isZero();
            assertThat(cleared.range(null, null, true).hasNext()).isFalse();
            assertThat(kept.count()).isEqualTo(100);
        }
    }

    /**
     * A copy of the file taken while the storage is open is what a process killed at that moment
     * leaves behind: it must open, and hold every write whose {@code awaitDurable} returned.
     */
    @Test
    void writesAreInTheFileOnceAwaitDurableReturns(@TempDir Path dir, @TempDir Path crashed) throws Exception {
        try (MvStorage storage = MvStorage.open(dir)) {
            ItemStore items = storage.items("t");
            for (int i = 0; i < 50; i++) {
                items.put(new byte[] {(byte) i}, new byte[] {42, (byte) i});
                storage.awaitDurable();
            }
            Files.copy(dir.resolve(MvStorage.FILE_NAME), crashed.resolve(MvStorage.FILE_NAME));
        }
        try (MvStorage reopened = MvStorage.open(crashed)) {
            ItemStore items = reopened.items("t");
            assertThat(items.count()).isEqualTo(50);
            assertThat(items.get(new byte[] {49})).containsExactly(42, 49);
        }
    }
}
