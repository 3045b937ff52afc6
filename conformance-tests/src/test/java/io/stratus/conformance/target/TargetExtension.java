package io.stratus.conformance.target;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Resolves {@link Target} and {@link Tables} parameters. The target lives in the root store, so it
 * starts once per JVM however many classes use it and closes when the run ends; each {@code Tables}
 * lives in the store of the test (or class) that asked for it and deletes its tables afterwards.
 */
public final class TargetExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(TargetExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Target.class || type == Tables.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Target target = target(context);
        if (parameter.getParameter().getType() == Target.class) {
            return target;
        }
        // One Tables per test (or per class for constructor/@BeforeAll parameters); the store closes it
        // when that context ends, which deletes the tables it created.
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(Tables.class, k -> new Tables(target), Tables.class);
    }

    /** The shared target of this JVM, started on first use. */
    static Target target(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Target.class, k -> Target.startSelected(), Target.class);
    }
}
