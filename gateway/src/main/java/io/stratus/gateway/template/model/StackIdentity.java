package io.stratus.gateway.template.model;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The stack a template is loaded as: its name, region and account, which feed the pseudo parameters,
 * generated physical names and ARNs.
 *
 * @param stackName the stack name ({@code AWS::StackName})
 * @param region    the region ({@code AWS::Region})
 * @param accountId the 12-digit account id ({@code AWS::AccountId})
 */
public record StackIdentity(String stackName, String region, String accountId) {

    /** Stratus's defaults: stack {@code stratus} in {@code us-east-1}, account {@code 000000000000}. */
    public static final StackIdentity DEFAULT = new StackIdentity("stratus", "us-east-1", "000000000000");

    /**
     * The stack ARN ({@code AWS::StackId}); its UUID is derived from the name and region so that every
     * start of Stratus agrees on it.
     */
    public String stackId() {
        UUID id = UUID.nameUUIDFromBytes((region + "/" + stackName).getBytes(StandardCharsets.UTF_8));
        return "arn:aws:cloudformation:" + region + ":" + accountId + ":stack/" + stackName + "/" + id;
    }
}
