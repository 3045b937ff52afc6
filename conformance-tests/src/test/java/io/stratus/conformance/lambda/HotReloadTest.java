package io.stratus.conformance.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import io.stratus.conformance.target.SdkClients;
import io.stratus.lambda.config.FunctionConfig;
import io.stratus.server.StratusServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/**
 * A function whose code is a jar that the test rebuilds while Stratus runs, as a developer's {@code mvn package}
 * does: the Invoke API answers with the new code soon after, and an invocation already running finishes on the
 * code it started with.
 */
class HotReloadTest {

    private static final String FUNCTION = "reloading";
    /**
     * The code watcher sees a settled change within two polls (0.5 s); the first invocation on the new code then
     * starts a fresh execution environment. Two seconds is what a developer may expect.
     */
    private static final Duration RELOADED_WITHIN = Duration.ofSeconds(2);
    private static final AtomicInteger BUILDS = new AtomicInteger();

    @TempDir
    static Path work;

    private static Path jar;
    private static StratusServer server;
    private static LambdaClient lambda;

    @BeforeAll
    static void start() throws IOException {
        jar = work.resolve("build/reloading.jar");
        build("version-" + BUILDS.incrementAndGet());
        server = StratusServer.builder().host("127.0.0.1").port(0).region(SdkClients.REGION.id())
                .function(FunctionConfig.builder(FUNCTION, "reloaded.Versioned::handleRequest")
                        .codeLocation(jar).timeoutSeconds(30).build())
                .start();
        lambda = LambdaTarget.client(server.endpoint());
    }

    @AfterAll
    static void stop() {
        if (lambda != null) {
            lambda.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** Compiles the handler as {@code version} and replaces the jar with it. */
    private static void build(String version) throws IOException {
        Path sources = work.resolve("src-" + version + "/reloaded");
        Files.createDirectories(sources);
        String text = Files.readString(CodeBuild.sources("reload").resolve("reloaded/Versioned.java"),
                StandardCharsets.UTF_8);
        Files.writeString(sources.resolve("Versioned.java"), text.replace("@VERSION@", version),
                StandardCharsets.UTF_8);
        Path classes = CodeBuild.compile(work.resolve("classes-" + version), List.of(), List.of(sources.getParent()));
        CodeBuild.pack(classes, List.of(), jar);
    }

    private static String invoke(String payload) {
        InvokeResponse response = lambda.invoke(r -> r.functionName(FUNCTION).payload(SdkBytes.fromUtf8String(payload)));
        assertThat(response.functionError()).as(response.payload().asUtf8String()).isNull();
        String quoted = response.payload().asUtf8String();
        return quoted.substring(1, quoted.length() - 1);
    }

    /** Invokes until the answer is {@code version}; returns how long that took. */
    private static Duration awaitVersion(String version) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + RELOADED_WITHIN.toNanos();
        String seen;
        do {
            seen = invoke("{}");
            if (seen.equals(version)) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            Thread.sleep(25);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("still " + seen + " " + RELOADED_WITHIN + " after the rebuild to " + version);
    }

    @Test
    void aRebuiltJarAnswersNewInvocationsWithinTwoSeconds() throws Exception {
        String before = invoke("{}");
        String next = "version-" + BUILDS.incrementAndGet();

        build(next);
        Duration took = awaitVersion(next);

        assertThat(next).isNotEqualTo(before);
        assertThat(took).isLessThanOrEqualTo(RELOADED_WITHIN);
        assertThat(invoke("{}")).isEqualTo(next);
    }

    @Test
    void anInvocationInFlightFinishesOnTheCodeItStartedWith() throws Exception {
        String before = invoke("{}");
        Path started = work.resolve("started-" + BUILDS.get());
        Path release = work.resolve("release-" + BUILDS.get());
        String payload = "{\"startedFile\":\"" + started + "\",\"releaseFile\":\"" + release + "\"}";
        ExecutorService caller = Executors.newSingleThreadExecutor();
        try {
            CompletableFuture<String> inFlight = CompletableFuture.supplyAsync(() -> invoke(payload), caller);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!Files.exists(started) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(started).as("the long invocation started").exists();

            String next = "version-" + BUILDS.incrementAndGet();
            build(next);
            awaitVersion(next);
            assertThat(inFlight).as("still waiting for its release").isNotDone();

            Files.writeString(release, "go");
            assertThat(inFlight.get(30, TimeUnit.SECONDS)).isEqualTo(before);
            assertThat(invoke("{}")).isEqualTo(next);
        } finally {
            Files.writeString(release, "go");
            caller.shutdownNow();
        }
    }
}
