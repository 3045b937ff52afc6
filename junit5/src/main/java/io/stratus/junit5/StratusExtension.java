package io.stratus.junit5;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit Jupiter extension behind {@link StratusTest}: starts an embedded {@link Stratus} per test class
 * (or one shared by the run), fills {@link StratusInject} fields and resolves parameters of type
 * {@link Stratus}, SDK client and {@code @StratusInject URI}, and resets tables before each test when asked.
 *
 * <p>It holds no state of its own: running instances live in JUnit's {@link ExtensionContext.Store}s, so
 * classes and methods may run in parallel. Registered by {@code @StratusTest}, or by hand:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final StratusExtension STRATUS = StratusExtension.builder().template("template.yaml").build();
 * }</pre>
 */
public final class StratusExtension implements BeforeAllCallback, TestInstancePostProcessor, BeforeEachCallback,
        AfterEachCallback, ParameterResolver {

    private static final Namespace NAMESPACE = Namespace.create(StratusExtension.class);
    /** The instance bound to a class, found from the class's own and every descendant context. */
    private static final String BINDING = "instance";
    /** Set in a test's own context while the test holds its instance's exclusive lock. */
    private static final String HELD = "held";

    /** Null when the configuration comes from {@link StratusTest} on the test class. */
    private final StratusConfig configured;

    /** The extension as {@code @StratusTest} registers it: configured by that annotation. */
    public StratusExtension() {
        this(null);
    }

    private StratusExtension(StratusConfig configured) {
        this.configured = configured;
    }

    /** A builder for an extension registered with {@code @RegisterExtension} on a static field. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        RunningInstance instance = instance(context);
        injectFields(context.getRequiredTestClass(), null, instance.stratus());
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
        injectFields(testInstance.getClass(), testInstance, instance(context).stratus());
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        RunningInstance instance = instance(context);
        // Also here: an extension registered on an instance field is never asked to post-process the instance.
        for (Object testInstance : context.getRequiredTestInstances().getAllInstances()) {
            injectFields(testInstance.getClass(), testInstance, instance.stratus());
        }
        if (resetMode(context) == ResetMode.BEFORE_EACH) {
            instance.lockAndReset();
            context.getStore(NAMESPACE).put(HELD, instance);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        RunningInstance held = context.getStore(NAMESPACE).remove(HELD, RunningInstance.class);
        if (held != null) {
            held.unlock();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        // A bare URI parameter may well belong to a @ParameterizedTest: only an annotated one is ours.
        return type == Stratus.class || SdkClients.supports(type)
                || type == URI.class && parameter.isAnnotated(StratusInject.class);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        try {
            return valueOf(parameter.getParameter().getType(), instance(context).stratus());
        } catch (RuntimeException | LinkageError e) {
            throw new ParameterResolutionException("Cannot provide " + parameter.getParameter() + ": " + e, e);
        }
    }

    private static Object valueOf(Class<?> type, Stratus stratus) {
        if (type == URI.class) {
            return stratus.endpoint();
        }
        if (type == Stratus.class) {
            return stratus;
        }
        return stratus.client(type);
    }

    /** The instance of the test's class, started and bound on first need. */
    private RunningInstance instance(ExtensionContext context) {
        RunningInstance bound = context.getStore(NAMESPACE).get(BINDING, RunningInstance.class);
        if (bound != null) {
            return bound;
        }
        ExtensionContext owner = classContext(context);
        return owner.getStore(NAMESPACE).getOrComputeIfAbsent(BINDING, key -> bind(owner), RunningInstance.class);
    }

    private RunningInstance bind(ExtensionContext classContext) {
        StratusConfig config = config(classContext);
        ClassLoader loader = classContext.getRequiredTestClass().getClassLoader();
        if (!config.shared()) {
            return RunningInstance.owning(config.start(loader));
        }
        RunningInstance shared = classContext.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(
                config.sharingKey(), key -> RunningInstance.owning(config.start(loader)), RunningInstance.class);
        return shared.borrowed();
    }

    /** The class-level context: instances outlive single tests even when first needed inside one. */
    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
            current = current.getParent().get();
        }
        return current;
    }

    private StratusConfig config(ExtensionContext context) {
        if (configured != null) {
            return configured;
        }
        for (Class<?> type = context.getRequiredTestClass(); type != null; type = type.getEnclosingClass()) {
            Optional<StratusTest> annotation = AnnotationSupport.findAnnotation(type, StratusTest.class);
            if (annotation.isPresent()) {
                try {
                    return StratusConfig.of(annotation.get());
                } catch (IllegalArgumentException e) {
                    throw new ExtensionConfigurationException(e.getMessage(), e);
                }
            }
        }
        throw new ExtensionConfigurationException("StratusExtension on " + context.getRequiredTestClass().getName()
                + " needs @StratusTest on the class, or registration through"
                + " @RegisterExtension static StratusExtension ... = StratusExtension.builder()...build()");
    }

    /** The test method's {@link StratusReset}, else its class's (or an enclosing class's), else the configuration's. */
    private ResetMode resetMode(ExtensionContext context) {
        Optional<StratusReset> onMethod = context.getTestMethod()
                .flatMap(method -> AnnotationSupport.findAnnotation(method, StratusReset.class));
        if (onMethod.isPresent()) {
            return onMethod.get().value();
        }
        for (Class<?> type = context.getRequiredTestClass(); type != null; type = type.getEnclosingClass()) {
            Optional<StratusReset> onClass = AnnotationSupport.findAnnotation(type, StratusReset.class);
            if (onClass.isPresent()) {
                return onClass.get().value();
            }
        }
        return config(context).reset();
    }

    /** Fills the static ({@code target == null}) or instance {@link StratusInject} fields of {@code type}. */
    private static void injectFields(Class<?> type, Object target, Stratus stratus) {
        List<Field> fields = AnnotationSupport.findAnnotatedFields(type, StratusInject.class);
        for (Field field : fields) {
            if (Modifier.isStatic(field.getModifiers()) != (target == null)) {
                continue;
            }
            Class<?> fieldType = field.getType();
            if (Modifier.isFinal(field.getModifiers())) {
                throw new ExtensionConfigurationException("@StratusInject field " + field + " must not be final");
            }
            if (fieldType != URI.class && fieldType != Stratus.class && !SdkClients.supports(fieldType)) {
                throw new ExtensionConfigurationException("@StratusInject field " + field + " has type "
                        + fieldType.getName() + "; Stratus injects java.net.URI, io.stratus.junit5.Stratus or one of "
                        + SdkClients.SUPPORTED.stream().sorted().toList());
            }
            try {
                field.setAccessible(true);
                field.set(target, valueOf(fieldType, stratus));
            } catch (IllegalAccessException | RuntimeException e) {
                throw new ExtensionConfigurationException("Cannot inject @StratusInject field " + field + ": " + e, e);
            }
        }
    }

    /** Configures a {@link StratusExtension} for {@code @RegisterExtension}; the same options as {@link StratusTest}. */
    public static final class Builder {
        private String template = "";
        private final Map<String, String> parameters = new LinkedHashMap<>();
        private boolean shared;
        private ResetMode reset = ResetMode.NONE;
        private String region = Stratus.DEFAULT_REGION;
        private String jwks = "";
        private final List<String> apiKeys = new ArrayList<>();

        private Builder() {
        }

        /** See {@link StratusTest#template()}. */
        public Builder template(String location) {
            this.template = Objects.requireNonNull(location, "location");
            return this;
        }

        /** See {@link StratusTest#parameters()}. */
        public Builder parameter(String name, String value) {
            parameters.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** See {@link StratusTest#shared()}. */
        public Builder shared(boolean shared) {
            this.shared = shared;
            return this;
        }

        /** See {@link StratusTest#reset()}. */
        public Builder reset(ResetMode reset) {
            this.reset = Objects.requireNonNull(reset, "reset");
            return this;
        }

        /** See {@link StratusTest#region()}. */
        public Builder region(String region) {
            this.region = Objects.requireNonNull(region, "region");
            return this;
        }

        /** See {@link StratusTest#jwks()}. */
        public Builder jwks(String location) {
            this.jwks = Objects.requireNonNull(location, "location");
            return this;
        }

        /** See {@link StratusTest#apiKeys()}. */
        public Builder apiKey(String key) {
            apiKeys.add(Objects.requireNonNull(key, "key"));
            return this;
        }

        /** The extension; it starts nothing until a test class uses it. */
        public StratusExtension build() {
            return new StratusExtension(new StratusConfig(template, parameters, shared, reset, region, jwks, apiKeys));
        }
    }
}
