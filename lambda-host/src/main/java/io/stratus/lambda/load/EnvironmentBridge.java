package io.stratus.lambda.load;

import java.util.Map;

/**
 * The target of rewritten {@code System.getenv} calls: answers from the calling class's function
 * environment, or from the real process environment for classes no function loader defined.
 *
 * <p>Public because rewritten function classes call it; it is the one Stratus class function loaders share.
 */
public final class EnvironmentBridge {
    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    private EnvironmentBridge() {
    }

    /** Replaces {@link System#getenv(String)} in function code. */
    public static String getenv(String name) {
        FunctionEnvironment environment = environmentOf(WALKER.getCallerClass());
        return environment == null ? System.getenv(name) : environment.get(name);
    }

    /** Replaces {@link System#getenv()} in function code. */
    public static Map<String, String> getenv() {
        FunctionEnvironment environment = environmentOf(WALKER.getCallerClass());
        return environment == null ? System.getenv() : environment.asMap();
    }

    private static FunctionEnvironment environmentOf(Class<?> caller) {
        // The caller is a rewritten class, or a hidden lambda class nested in one (for System::getenv
        // method references); both are defined by the function's loader.
        return caller.getClassLoader() instanceof FunctionClassLoader loader ? loader.environment() : null;
    }
}
