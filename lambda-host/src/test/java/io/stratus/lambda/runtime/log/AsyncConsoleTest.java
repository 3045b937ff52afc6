package io.stratus.lambda.runtime.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AsyncConsoleTest {

    @Test
    void linesAreWrittenInOrderByTheTimeTheConsoleIsClosed() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AsyncConsole console = new AsyncConsole(new PrintStream(bytes, false, StandardCharsets.UTF_8));
        for (int i = 0; i < 1000; i++) {
            console.accept("line " + i);
        }
        console.close();

        String[] lines = bytes.toString(StandardCharsets.UTF_8).split(System.lineSeparator());
        assertThat(lines).hasSize(1000);
        for (int i = 0; i < 1000; i++) {
            assertThat(lines[i]).isEqualTo("line " + i);
        }
    }

    @Test
    void aStalledStreamDoesNotHoldUpTheLoggingThread() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        OutputStream stalled = new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                written.write(b, off, len);
            }
        };
        AsyncConsole console = new AsyncConsole(new PrintStream(stalled, false, StandardCharsets.UTF_8));

        long start = System.nanoTime();
        for (int i = 0; i < 100; i++) {
            console.accept("START RequestId: " + i);
        }
        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        release.countDown();
        console.close();

        assertThat(elapsedMillis).as("logging waited for the stream").isLessThan(5_000);
        assertThat(written.toString(StandardCharsets.UTF_8)).contains("START RequestId: 0", "START RequestId: 99");
    }

    @Test
    void afterCloseLinesAreWrittenDirectly() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AsyncConsole console = new AsyncConsole(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        console.close();
        console.accept("late");
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("late" + System.lineSeparator());
    }
}
