package io.stratus.server.lambda;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.Map;

/** A test handler: answers the custom values of the caller's client context, or that there is none. */
public class ClientContextHandler implements RequestHandler<Object, Map<String, String>> {
    @Override
    public Map<String, String> handleRequest(Object input, Context context) {
        ClientContext client = context.getClientContext();
        return client == null ? Map.of("clientContext", "none") : client.getCustom();
    }
}
