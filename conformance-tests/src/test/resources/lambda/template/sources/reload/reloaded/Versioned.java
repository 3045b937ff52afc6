package reloaded;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Answers the version it was built as (HotReloadTest puts it in place of the marker below). With
 * {@code startedFile} and {@code releaseFile} it first says it has started, then waits for the release, so the test
 * can rebuild the code while this invocation is in flight.
 */
public class Versioned implements RequestHandler<Map<String, String>, String> {
    private static final String VERSION = "@VERSION@";

    @Override
    public String handleRequest(Map<String, String> input, Context context) {
        String started = input.get("startedFile");
        if (started != null) {
            try {
                Files.writeString(Path.of(started), context.getAwsRequestId());
                Path release = Path.of(input.get("releaseFile"));
                while (!Files.exists(release)) {
                    Thread.sleep(20);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
        }
        return VERSION;
    }
}
