package io.stratus.bench.wire;

import java.io.IOException;
import java.util.List;

/**
 * One kind of traffic: what it needs on the server, and the pool of requests the workers replay
 * (each worker cycles through the pool from its own offset).
 *
 * <p>Requests are built before the clock starts so the client spends its cycles sending, not
 * rendering JSON. A new scenario is one class plus a line in {@link Scenarios}: e.g. Lambda
 * {@code Invoke} is a {@link WireRequest} {@code POST /2015-03-31/functions/NAME/invocations} with
 * the payload as body and no special headers (deploy the function with {@code --template}); an
 * API Gateway route is {@code GET /path} or {@code POST /path} with a JSON body. Nothing else
 * in the runner is DynamoDB-specific.
 */
public interface Scenario {

    /** The name {@code --scenario} selects it by. */
    String name();

    /** What one request does, for the report. */
    String description();

    /**
     * Creates what the requests need on the server (tables, items, …) and checks one request
     * answers as expected, so that a broken set-up fails before measuring instead of as errors.
     */
    void prepare(Setup setup) throws IOException;

    /** The requests to replay; called after {@link #prepare}. */
    List<WireRequest> requests();
}
