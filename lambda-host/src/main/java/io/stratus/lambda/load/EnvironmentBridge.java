package io.stratus.lambda.load;

import java.lang.StackWalker.StackFrame;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The target of rewritten {@code System.getenv} and {@code System.getProperty} calls: answers from the calling
 * class's function environment, or from the real process for classes no function loader defined. Only the
 * AWS SDK's own setting properties are answered by the function; all other properties are the JVM's.
 *
 * <p>Public because rewritten function classes call it; it is the one Stratus class function loaders share.
 */
public final class EnvironmentBridge {
    /**
     * Hidden frames must show: for {@code Optional.map(System::getenv)} the bridge's caller is the hidden class
     * the lambda metafactory defined for the function's class, and {@link StackWalker#getCallerClass} would
     * skip it and report {@code Optional}, a JDK class, answering with the host's values.
     */
    private static final StackWalker WALKER = StackWalker.getInstance(
            Set.of(StackWalker.Option.RETAIN_CLASS_REFERENCE, StackWalker.Option.SHOW_HIDDEN_FRAMES));
    /** Frame 0 is {@link #callerEnvironment}, 1 the public bridge method, 2 whoever called it. */
    private static final Function<Stream<StackFrame>, Class<?>> CALLER =
            frames -> frames.skip(2).findFirst().<Class<?>>map(StackFrame::getDeclaringClass).orElse(Object.class);

    private EnvironmentBridge() {
    }

    /** Replaces {@link System#getenv(String)} in function code. */
    public static String getenv(String name) {
        FunctionEnvironment environment = callerEnvironment();
        return environment == null ? System.getenv(name) : environment.get(name);
    }

    /** Replaces {@link System#getenv()} in function code. */
    public static Map<String, String> getenv() {
        FunctionEnvironment environment = callerEnvironment();
        return environment == null ? System.getenv() : environment.asMap();
    }

    /** Replaces {@link System#getProperty(String)} in function code. */
    public static String getProperty(String name) {
        FunctionEnvironment environment = callerEnvironment();
        if (environment == null || !FunctionEnvironment.isSdkProperty(name)) {
            return System.getProperty(name);
        }
        return environment.sdkProperty(name);
    }

    /** Replaces {@link System#getProperty(String, String)} in function code. */
    public static String getProperty(String name, String defaultValue) {
        FunctionEnvironment environment = callerEnvironment();
        if (environment == null || !FunctionEnvironment.isSdkProperty(name)) {
            return System.getProperty(name, defaultValue);
        }
        String value = environment.sdkProperty(name);
        return value == null ? defaultValue : value;
    }

    private static FunctionEnvironment callerEnvironment() {
        return environmentOf(WALKER.walk(CALLER));
    }

    private static FunctionEnvironment environmentOf(Class<?> caller) {
        // The caller is a rewritten class, or a hidden lambda class nested in one (for System::getenv
        // method references); both are defined by the function's loader.
        return caller.getClassLoader() instanceof FunctionClassLoader loader ? loader.environment() : null;
    }
}
