package io.stratus.lambda.runtime;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;

/** The Context one invocation's handler receives; remaining time counts down on the host clock. */
final class LambdaContext implements Context {
    private final String requestId;
    private final String functionName;
    private final String functionArn;
    private final int memoryLimit;
    private final String logGroupName;
    private final String logStreamName;
    private final String traceId;
    private final LambdaLogger logger;
    private final HostClock clock;
    private final long deadlineNanos;
    private final ClientContext clientContext;

    LambdaContext(String requestId, String functionName, String functionArn, int memoryLimit, String logGroupName,
                  String logStreamName, String traceId, LambdaLogger logger, HostClock clock, long deadlineNanos,
                  ClientContext clientContext) {
        this.requestId = requestId;
        this.functionName = functionName;
        this.functionArn = functionArn;
        this.memoryLimit = memoryLimit;
        this.logGroupName = logGroupName;
        this.logStreamName = logStreamName;
        this.traceId = traceId;
        this.logger = logger;
        this.clock = clock;
        this.deadlineNanos = deadlineNanos;
        this.clientContext = clientContext;
    }

    @Override
    public String getAwsRequestId() {
        return requestId;
    }

    @Override
    public String getLogGroupName() {
        return logGroupName;
    }

    @Override
    public String getLogStreamName() {
        return logStreamName;
    }

    @Override
    public String getFunctionName() {
        return functionName;
    }

    @Override
    public String getFunctionVersion() {
        return ExecutionEnvironment.VERSION;
    }

    @Override
    public String getInvokedFunctionArn() {
        return functionArn;
    }

    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return clientContext;
    }

    @Override
    public int getRemainingTimeInMillis() {
        long remaining = (deadlineNanos - clock.nanoTime()) / 1_000_000L;
        return (int) Math.max(0, remaining);
    }

    @Override
    public int getMemoryLimitInMB() {
        return memoryLimit;
    }

    @Override
    public LambdaLogger getLogger() {
        return logger;
    }

    @Override
    public String getXrayTraceId() {
        return traceId;
    }
}
