package io.stratus.gateway.template.intrinsic;

/**
 * What {@code Ref} and {@code Fn::GetAtt} give for the template's resources: physical names, ARNs and
 * other attributes, as CloudFormation would report them after creating the stack.
 */
public interface ResourceResolver {

    /** Whether the template declares {@code logicalId} at all, whatever its condition. */
    boolean isDeclared(String logicalId);

    /**
     * The value of {@code Ref: logicalId}.
     *
     * @param resolver resolves the resource's own properties when the value depends on them (e.g. {@code TableName})
     * @param path     where the reference sits, for messages
     */
    Object ref(String logicalId, IntrinsicResolver resolver, String path);

    /** The value of {@code Fn::GetAtt: [logicalId, attribute]}; see {@link #ref}. */
    Object getAtt(String logicalId, String attribute, IntrinsicResolver resolver, String path);
}
