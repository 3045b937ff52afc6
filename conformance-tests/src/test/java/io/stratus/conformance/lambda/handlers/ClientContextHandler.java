package io.stratus.conformance.lambda.handlers;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.LinkedHashMap;
import java.util.Map;

/** Answers what {@code Context.getClientContext()} holds: the client, its custom values and environment. */
public class ClientContextHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    @Override
    public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
        ClientContext client = context.getClientContext();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("present", client != null);
        if (client != null) {
            out.put("installationId", client.getClient() == null ? null : client.getClient().getInstallationId());
            out.put("appTitle", client.getClient() == null ? null : client.getClient().getAppTitle());
            out.put("custom", client.getCustom());
            out.put("environment", client.getEnvironment());
        }
        return out;
    }
}
