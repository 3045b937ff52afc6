package io.stratus.lambda.runtime;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import io.stratus.lambda.runtime.log.EnvironmentLog;
import java.nio.charset.StandardCharsets;

/** The LambdaLogger a function gets from its Context: writes go to its environment's log as they are. */
final class FunctionLogger implements LambdaLogger {
    private final EnvironmentLog log;

    FunctionLogger(EnvironmentLog log) {
        this.log = log;
    }

    @Override
    public void log(String message) {
        log(String.valueOf(message).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void log(byte[] message) {
        log.write(message, 0, message.length);
    }
}
