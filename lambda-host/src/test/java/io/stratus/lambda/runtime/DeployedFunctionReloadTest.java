package io.stratus.lambda.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.stratus.lambda.FixtureBuild;
import io.stratus.lambda.HostTestSupport;
import io.stratus.lambda.InvocationResult;
import io.stratus.lambda.InvocationType;
import io.stratus.lambda.LambdaHost;
import io.stratus.lambda.config.FunctionConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeployedFunctionReloadTest extends HostTestSupport {
    /** The brief's bound: a rebuild reaches new invocations within two seconds. */
    private static final long RELOAD_DEADLINE_MILLIS = 2000;

    @TempDir
    Path temp;
    private int builds;

    @Override
    protected LambdaHost.Builder configure(LambdaHost.Builder builder) {
        // The Maven project here has no dependencies: answer as mvn would, without running it.
        return builder.dependencyResolver(project -> List.of());
    }

    /** Compiles the handler answering {@code version} (after sleeping, if asked) into a fresh directory. */
    private Path compile(String version) {
        return FixtureBuild.compile(temp.resolve("build-" + ++builds), List.of(), Map.of("reload.Version", """
                package reload;
                import com.amazonaws.services.lambda.runtime.Context;
                import com.amazonaws.services.lambda.runtime.RequestHandler;
                import java.util.Map;
                public class Version implements RequestHandler<Map<String, Integer>, Map<String, String>> {
                    public Map<String, String> handleRequest(Map<String, Integer> input, Context context) {
                        Integer sleep = input.get("sleepMillis");
                        if (sleep != null) {
                            try { Thread.sleep(sleep); } catch (InterruptedException e) { throw new RuntimeException(e); }
                        }
                        return Map.of("version", "%s", "taskRoot", System.getenv("LAMBDA_TASK_ROOT"));
                    }
                }
                """.formatted(version)));
    }

    private Map<String, Object> call(String json) {
        return json(invoke("versioned", json));
    }

    /** Invokes until the answer is {@code version}, failing after the deadline; returns how long it took. */
    private long awaitVersion(String version) throws InterruptedException {
        long start = System.nanoTime();
        while (true) {
            Object seen = call("{}").get("version");
            long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            if (version.equals(seen)) {
                return elapsed;
            }
            assertThat(elapsed).as("still answering %s", seen).isLessThan(RELOAD_DEADLINE_MILLIS);
            Thread.sleep(50);
        }
    }

    @Test
    void aRebuiltJarReachesNewInvocationsWhileAnInFlightOneFinishesOnTheOldCode() throws Exception {
        Path jar = FixtureBuild.pack(compile("v1"), temp.resolve("function.jar"));
        host.deploy(FunctionConfig.builder("versioned", "reload.Version").codeLocation(jar).build());
        Map<String, Object> first = call("{}");
        assertThat(first).containsEntry("version", "v1");

        CompletableFuture<InvocationResult> inFlight =
                host.invokeAsync("versioned", bytes("{\"sleepMillis\":1500}"), InvocationType.REQUEST_RESPONSE);
        FixtureBuild.pack(compile("v2"), jar);

        awaitVersion("v2");
        Map<String, Object> finished = json(inFlight.get(10, TimeUnit.SECONDS));
        assertThat(finished).containsEntry("version", "v1").containsEntry("taskRoot", first.get("taskRoot"));
        assertThat(call("{}")).containsEntry("version", "v2");
        // The old version's extracted copy goes once its last environment has finished.
        assertThat(Path.of((String) first.get("taskRoot"))).doesNotExist();
        assertThat(console).anyMatch(line -> line.equals("[versioned] reloaded code from " + jar));
    }

    @Test
    void aRecompiledClassInTargetClassesReachesNewInvocations() throws Exception {
        Path project = Files.createDirectories(temp.resolve("HelloFunction"));
        Files.writeString(project.resolve("pom.xml"), "<project/>");
        Path classes = project.resolve("target/classes");
        copyTree(compile("v1"), classes);
        host.deploy(FunctionConfig.builder("versioned", "reload.Version").codeLocation(project).build());
        assertThat(call("{}")).containsEntry("version", "v1");

        copyTree(compile("v2"), classes);

        awaitVersion("v2");
    }

    @Test
    void aBrokenRebuildKeepsThePreviousVersionUntilAGoodOneArrives() throws Exception {
        Path jar = FixtureBuild.pack(compile("v1"), temp.resolve("function.jar"));
        host.deploy(FunctionConfig.builder("versioned", "reload.Version").codeLocation(jar).build());
        assertThat(call("{}")).containsEntry("version", "v1");

        Files.writeString(jar, "not a zip");
        long deadline = System.currentTimeMillis() + RELOAD_DEADLINE_MILLIS;
        while (console.stream().noneMatch(line -> line.startsWith("[versioned] code changed but cannot be loaded"))) {
            assertThat(System.currentTimeMillis()).as("the failed reload is reported").isLessThan(deadline);
            Thread.sleep(50);
        }
        assertThat(call("{}")).containsEntry("version", "v1");

        FixtureBuild.pack(compile("v2"), jar);
        awaitVersion("v2");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
