package io.stratus.gateway.template.intrinsic;

import io.stratus.gateway.template.model.StackIdentity;
import java.util.List;
import java.util.Set;

/**
 * CloudFormation's pseudo parameters ({@code AWS::Region}, {@code AWS::AccountId}, ...) for a stack.
 * See https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/pseudo-parameter-reference.html
 */
public final class PseudoParameters {

    /** Every pseudo parameter name. */
    public static final Set<String> NAMES = Set.of("AWS::AccountId", "AWS::NotificationARNs", "AWS::NoValue",
            "AWS::Partition", "AWS::Region", "AWS::StackId", "AWS::StackName", "AWS::URLSuffix");

    private PseudoParameters() {
    }

    /** The value of pseudo parameter {@code name} for {@code stack}; {@link NoValue#INSTANCE} for AWS::NoValue. */
    public static Object value(String name, StackIdentity stack) {
        return switch (name) {
            case "AWS::AccountId" -> stack.accountId();
            case "AWS::NotificationARNs" -> List.of();
            case "AWS::NoValue" -> NoValue.INSTANCE;
            case "AWS::Partition" -> "aws";
            case "AWS::Region" -> stack.region();
            case "AWS::StackId" -> stack.stackId();
            case "AWS::StackName" -> stack.stackName();
            case "AWS::URLSuffix" -> "amazonaws.com";
            default -> throw new IllegalArgumentException("not a pseudo parameter: " + name);
        };
    }
}
