package io.stratus.server.dynamodb;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stratus.dynamo.error.DynamoDbException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Renders a {@link DynamoDbException} as DynamoDB's error body:
 * {@code {"__type":"<type>","message":"<text>", ...extra members}}, leaving out {@code message}
 * when AWS sends none.
 */
public final class ErrorBody {

    /** Thread-safe once configured; shared because building one is expensive. */
    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorBody() {
    }

    /** The body bytes (UTF-8 JSON) for {@code error}. */
    public static byte[] render(DynamoDbException error) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("__type", error.code().type());
            if (error.getMessage() != null) {
                json.writeStringField("message", error.getMessage());
            }
            for (Map.Entry<String, Object> member : error.extraMembers().entrySet()) {
                json.writeObjectField(member.getKey(), member.getValue());
            }
            json.writeEndObject();
        } catch (IOException e) {
            // Writing to memory cannot fail for I/O reasons; only an unserialisable member can get here.
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
