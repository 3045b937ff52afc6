package io.stratus.conformance.lambda;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Resolves {@link LambdaTarget} parameters: one target per JVM, kept in the root store so it starts once however
 * many classes use it and closes when the run ends.
 */
public final class LambdaTargetExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(LambdaTargetExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LambdaTarget.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(LambdaTarget.class, k -> LambdaTarget.start(), LambdaTarget.class);
    }
}
