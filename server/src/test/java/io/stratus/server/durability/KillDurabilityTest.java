package io.stratus.server.durability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write Stratus acknowledged survives {@code kill -9} of its process, and the data directory it
 * leaves always opens. Runs the real {@code Main} in a child JVM on this test's classpath and kills it
 * with {@link Process#destroyForcibly()} (SIGKILL on Unix: no shutdown hook, no close).
 */
class KillDurabilityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Process> started = new ArrayList<>();

    @TempDir
    Path dataDir;

    @AfterEach
    void killLeftovers() throws InterruptedException {
        for (Process process : started) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void everyAcknowledgedPutSurvivesAKillNine() throws Exception {
        URI endpoint = start();
        call(endpoint, "CreateTable", "{'TableName':'kills','BillingMode':'PAY_PER_REQUEST',"
                + "'AttributeDefinitions':[{'AttributeName':'pk','AttributeType':'S'}],"
                + "'KeySchema':[{'AttributeName':'pk','KeyType':'HASH'}]}");
        int n = 300;
        for (int i = 0; i < n; i++) {
            assertThat(put(endpoint, "k" + i, i)).as("PutItem k%d", i).isEqualTo(200);
        }
        // the last write is a few milliseconds old: far inside MVStore's one-second auto-commit delay
        killNine();

        URI restarted = start();
        assertThat(keys(restarted)).hasSize(n);
        JsonNode last = call(restarted, "GetItem", "{'TableName':'kills','Key':{'pk':{'S':'k" + (n - 1) + "'}}}");
        assertThat(last.path("Item").path("v").path("N").asText()).isEqualTo(Integer.toString(n - 1));
    }

    /**
     * Four writers put distinct keys as fast as they can; the process is killed in the middle of the
     * burst, three times over on one directory. Every restart must open the directory and find at
     * least every write that was acknowledged before any of the kills.
     */
    @Test
    void aKillInTheMiddleOfAWriteBurstLosesNoAcknowledgedWrite() throws Exception {
        URI endpoint = start();
        call(endpoint, "CreateTable", "{'TableName':'kills','BillingMode':'PAY_PER_REQUEST',"
                + "'AttributeDefinitions':[{'AttributeName':'pk','AttributeType':'S'}],"
                + "'KeySchema':[{'AttributeName':'pk','KeyType':'HASH'}]}");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        for (int round = 0; round < 3; round++) {
            AtomicInteger count = new AtomicInteger();
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                String prefix = "r" + round + "w" + w + "-";
                URI target = endpoint;
                Thread writer = new Thread(() -> {
                    for (int i = 0; ; i++) {
                        try {
                            if (put(target, prefix + i, i) != 200) {
                                return;
                            }
                        } catch (IOException | InterruptedException e) {
                            return; // the server is gone: this write was never acknowledged
                        }
                        acknowledged.add(prefix + i);
                        count.incrementAndGet();
                    }
                });
                writers.add(writer);
                writer.start();
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (count.get() < 200 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            Set<String> acknowledgedBeforeKill = new HashSet<>(acknowledged);
            killNine();
            for (Thread writer : writers) {
                writer.join(TimeUnit.SECONDS.toMillis(30));
            }
            assertThat(acknowledgedBeforeKill.size()).as("writes acknowledged in round %d", round)
                    .isGreaterThanOrEqualTo(200);

            endpoint = start();
            Set<String> stored = keys(endpoint);
            // writes answered between the snapshot and the kill count too
            assertThat(stored).as("round %d", round).containsAll(acknowledged);
        }
    }

    private URI start() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path log = Files.createTempFile("stratus-kill-test", ".log");
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "io.stratus.server.Main", "--data-dir", dataDir.toString(), "--port", "0", "--log-level", "warn")
                .redirectError(log.toFile());
        Process process = builder.start();
        started.add(process);
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        String prefix = "Stratus listening on port ";
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith(prefix)) {
                int port = Integer.parseInt(line.substring(prefix.length()).trim());
                drain(out);
                return URI.create("http://127.0.0.1:" + port + "/");
            }
            if (System.nanoTime() > deadline) {
                break;
            }
        }
        process.waitFor(5, TimeUnit.SECONDS);
        throw new AssertionError("Stratus did not start on " + dataDir + ":\n" + Files.readString(log));
    }

    /** Keeps reading the child's output so that it never blocks on a full pipe. */
    private static void drain(BufferedReader out) {
        Thread drainer = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // discarded
                }
            } catch (IOException e) {
                // the process died
            }
        });
        drainer.setDaemon(true);
        drainer.start();
    }

    private void killNine() throws InterruptedException {
        Process process = started.get(started.size() - 1);
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    private int put(URI endpoint, String key, int value) throws IOException, InterruptedException {
        return send(endpoint, "PutItem", "{'TableName':'kills','Item':{'pk':{'S':'" + key + "'},'v':{'N':'" + value
                + "'},'payload':{'S':'" + "x".repeat(200) + "'}}}").statusCode();
    }

    /** Every key of table {@code kills}, read with consistent Scans page by page. */
    private Set<String> keys(URI endpoint) throws IOException, InterruptedException {
        Set<String> keys = new HashSet<>();
        String start = null;
        do {
            JsonNode page = call(endpoint, "Scan", "{'TableName':'kills','ConsistentRead':true"
                    + (start == null ? "" : ",'ExclusiveStartKey':{'pk':{'S':'" + start + "'}}") + "}");
            for (JsonNode item : page.path("Items")) {
                keys.add(item.path("pk").path("S").asText());
            }
            JsonNode last = page.get("LastEvaluatedKey");
            start = last == null ? null : last.path("pk").path("S").asText();
        } while (start != null);
        return keys;
    }

    private JsonNode call(URI endpoint, String operation, String body) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = send(endpoint, operation, body);
        String text = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(response.statusCode()).as("%s answered %s", operation, text).isEqualTo(200);
        return JSON.readTree(text);
    }

    private HttpResponse<byte[]> send(URI endpoint, String operation, String body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "DynamoDB_20120810." + operation)
                .header("X-Amz-Date", "20240101T000000Z")
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=AKID/20240101/us-east-1/dynamodb/aws4_request, "
                        + "SignedHeaders=host;x-amz-date, Signature=0")
                .POST(HttpRequest.BodyPublishers.ofString(body.replace('\'', '"')))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
