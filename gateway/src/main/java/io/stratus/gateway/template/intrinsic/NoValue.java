package io.stratus.gateway.template.intrinsic;

/**
 * The value of {@code Ref: AWS::NoValue}: the enclosing property or list element is removed, as if the
 * template had never written it.
 */
public enum NoValue {
    /** The only instance. */
    INSTANCE
}
