package io.stratus.lambda.load;

import java.util.Set;

/**
 * The target of rewritten {@code System.exit}, {@code Runtime.exit} and {@code Runtime.halt} calls in function
 * code: instead of ending Stratus's JVM, it marks the calling function's execution environment as exited and
 * unwinds the calling thread with a {@link FunctionExit}. Lambda would end the environment's process; the host
 * ends the environment and fails the invocation with {@code Runtime.ExitError}.
 *
 * <p>Public because rewritten function classes call it; like {@link EnvironmentBridge}, function loaders share it.
 */
public final class ExitBridge {
    /** As in {@link EnvironmentBridge}: the caller may be a hidden class made for {@code System::exit}. */
    private static final StackWalker WALKER = StackWalker.getInstance(
            Set.of(StackWalker.Option.RETAIN_CLASS_REFERENCE, StackWalker.Option.SHOW_HIDDEN_FRAMES));

    private ExitBridge() {
    }

    /** Replaces {@link System#exit(int)} in function code. */
    public static void exit(int status) {
        stop(status, false);
    }

    /** Replaces {@link Runtime#exit(int)}; the receiver comes first, so the call site's stack is unchanged. */
    public static void exit(Runtime runtime, int status) {
        stop(status, false);
    }

    /** Replaces {@link Runtime#halt(int)}. */
    public static void halt(Runtime runtime, int status) {
        stop(status, true);
    }

    private static void stop(int status, boolean halt) {
        // Frame 0 is this method, 1 the public bridge method, 2 the function code that called it.
        Class<?> caller = WALKER.walk(frames -> frames.skip(2).findFirst()
                .<Class<?>>map(StackWalker.StackFrame::getDeclaringClass).orElse(Object.class));
        if (!(caller.getClassLoader() instanceof FunctionClassLoader loader)) {
            // Only function classes are rewritten, so this is unreachable in practice; keep the JDK's meaning.
            if (halt) {
                Runtime.getRuntime().halt(status);
            } else {
                Runtime.getRuntime().exit(status);
            }
            return;
        }
        loader.recordExit(status);
        throw new FunctionExit(status);
    }
}
