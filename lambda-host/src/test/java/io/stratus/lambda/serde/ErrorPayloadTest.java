package io.stratus.lambda.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorPayloadTest {
    @Test
    void aMessageOnlyErrorHasNoTypeOrStackTrace() {
        assertThat(new String(ErrorPayload.message("late \"again\"").toJson(), StandardCharsets.UTF_8))
                .isEqualTo("{\"errorMessage\":\"late \\\"again\\\"\"}");
    }

    @Test
    void aThrowableWithoutMessageIsReportedByItsClassName() {
        NullPointerException npe = new NullPointerException();
        npe.setStackTrace(new StackTraceElement[] {new StackTraceElement("a.B", "c", "B.java", 7)});
        ErrorPayload payload = ErrorPayload.of(npe);
        assertThat(payload).isEqualTo(new ErrorPayload("java.lang.NullPointerException",
                "java.lang.NullPointerException", List.of("a.B.c(B.java:7)")));
        assertThat(new String(payload.toJson(), StandardCharsets.UTF_8)).isEqualTo(
                "{\"errorMessage\":\"java.lang.NullPointerException\",\"errorType\":\"java.lang.NullPointerException\","
                        + "\"stackTrace\":[\"a.B.c(B.java:7)\"]}");
    }
}
