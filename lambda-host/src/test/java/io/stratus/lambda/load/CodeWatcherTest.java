package io.stratus.lambda.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeWatcherTest {
    private static final CodeStamp BUILT = new CodeStamp(10, 1000, 1);

    private final AtomicReference<CodeStamp> onDisk = new AtomicReference<>(BUILT);
    private final AtomicInteger reloads = new AtomicInteger();
    private final List<String> console = new ArrayList<>();
    private final CodeWatcher watcher = new CodeWatcher(console::add, false);

    private final CodeSource source = new CodeSource() {
        @Override
        public FunctionCode layOut() {
            throw new UnsupportedOperationException("the watcher never lays code out");
        }

        @Override
        public Optional<CodeStamp> stamp() {
            return Optional.of(onDisk.get());
        }

        @Override
        public String describe() {
            return "test code";
        }
    };

    @Test
    void unchangedCodeIsNeverReported() {
        watcher.watch(source, BUILT, reloads::incrementAndGet);
        watcher.pollOnce();
        watcher.pollOnce();
        assertThat(reloads).hasValue(0);
    }

    @Test
    void aBurstOfWritesIsReportedOnceAfterItSettles() {
        watcher.watch(source, BUILT, reloads::incrementAndGet);

        onDisk.set(new CodeStamp(10, 1001, 2));
        watcher.pollOnce();
        onDisk.set(new CodeStamp(11, 1500, 3));
        watcher.pollOnce();
        assertThat(reloads).as("still being written").hasValue(0);

        watcher.pollOnce();
        assertThat(reloads).as("settled").hasValue(1);
        watcher.pollOnce();
        watcher.pollOnce();
        assertThat(reloads).hasValue(1);
    }

    @Test
    void aChangeThatIsUndoneBeforeItSettlesIsNotReported() {
        watcher.watch(source, BUILT, reloads::incrementAndGet);
        onDisk.set(new CodeStamp(10, 1001, 2));
        watcher.pollOnce();
        onDisk.set(BUILT);
        watcher.pollOnce();
        watcher.pollOnce();
        assertThat(reloads).hasValue(0);
    }

    @Test
    void aClosedWatchIsNoLongerPolled() throws Exception {
        AutoCloseable watch = watcher.watch(source, BUILT, reloads::incrementAndGet);
        watch.close();
        onDisk.set(new CodeStamp(10, 1001, 2));
        watcher.pollOnce();
        watcher.pollOnce();
        assertThat(reloads).hasValue(0);
    }

    @Test
    void aFailingReloadIsReportedAndWatchingGoesOn() {
        watcher.watch(source, BUILT, () -> {
            reloads.incrementAndGet();
            throw new IllegalStateException("disk on fire");
        });
        onDisk.set(new CodeStamp(10, 1001, 2));
        watcher.pollOnce();
        watcher.pollOnce();
        onDisk.set(new CodeStamp(10, 1002, 3));
        watcher.pollOnce();
        watcher.pollOnce();
        assertThat(reloads).hasValue(2);
        assertThat(console).contains("Cannot reload test code: disk on fire");
    }

    @Test
    void aStampChangesWhenAFileIsRewrittenAddedOrRemoved(@TempDir Path dir) throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes/pkg"));
        Files.writeString(classes.resolve("A.class"), "a");
        CodeStamp first = CodeStamp.of(dir);

        Files.writeString(classes.resolve("B.class"), "b");
        CodeStamp added = CodeStamp.of(dir);
        Files.delete(classes.resolve("B.class"));
        Files.writeString(classes.resolve("A.class"), "aa");
        CodeStamp rewritten = CodeStamp.of(dir);

        assertThat(added).isNotEqualTo(first);
        assertThat(added.files()).isEqualTo(2);
        assertThat(rewritten).isNotEqualTo(first).isNotEqualTo(added);
        assertThat(CodeStamp.of(dir.resolve("missing"))).isEqualTo(CodeStamp.EMPTY);
    }
}
