package io.stratus.lambda.runtime;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import io.stratus.lambda.serde.HandlerSerializers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Resolves a handler string in a function's class loader into an {@link Invocable}, following the Java
 * runtime's rules: {@code pkg.Class} must be a RequestHandler or RequestStreamHandler; {@code pkg.Class::method}
 * picks among the public overloads of that name, preferring non-bridge methods and longer signatures (a
 * trailing Context counting one extra), and accepts {@code ()}, {@code (I)}, {@code (I, Context)},
 * {@code (Context)} and the stream forms {@code (InputStream[, OutputStream][, Context])}.
 *
 * <p>Reflection happens here, once per execution environment; invocations go through interface calls or
 * pre-adapted method handles. Failures become {@link HandlerFault}s: fatal ones (a static initialiser or
 * constructor threw) are thrown, the others become an Invocable that fails every call.
 */
final class HandlerResolver {
    private static final byte[] JSON_NULL = "null".getBytes(StandardCharsets.US_ASCII);
    private static final MethodType POJO_SHAPE = MethodType.methodType(Object.class, Object.class, Context.class);
    private static final MethodType STREAM_SHAPE =
            MethodType.methodType(void.class, InputStream.class, OutputStream.class, Context.class);

    /** Non-bridge first; then longer signatures, counting a trailing Context as one more parameter. */
    private static final Comparator<Method> PRIORITY = Comparator
            .comparing(Method::isBridge)
            .thenComparing(Comparator.comparingInt(HandlerResolver::weightedLength).reversed());

    private HandlerResolver() {
    }

    /** Resolves {@code handler}; throws a fatal {@link HandlerFault} when the function cannot initialise. */
    static Invocable resolve(String handler, ClassLoader loader) {
        int colon = handler.lastIndexOf("::");
        String className = colon < 0 ? handler : handler.substring(0, colon);
        String methodName = colon < 0 ? null : handler.substring(colon + 2);
        if (className.isEmpty() || (methodName != null && methodName.isEmpty())) {
            return failing(HandlerFault.message("Invalid handler: `" + handler + "'"));
        }
        Class<?> clazz;
        try {
            // Initialising here runs the static initialisers during init, as the runtime does.
            clazz = Class.forName(className, true, loader);
        } catch (ClassNotFoundException e) {
            return failing(HandlerFault.classNotFound(e, className));
        } catch (Throwable t) {
            throw HandlerFault.loadingClass(t, className);
        }
        Invocable invocable;
        try {
            invocable = methodName == null ? forClass(clazz, loader) : forMethod(clazz, methodName, loader);
        } catch (HandlerFault fault) {
            if (fault.fatal()) {
                throw fault;
            }
            return failing(fault);
        }
        return invocable;
    }

    private static Invocable failing(HandlerFault fault) {
        return (payload, context) -> {
            throw fault;
        };
    }

    private static Invocable forClass(Class<?> clazz, ClassLoader loader) {
        if (RequestStreamHandler.class.isAssignableFrom(clazz)) {
            RequestStreamHandler handler = (RequestStreamHandler) instantiate(clazz);
            return stream(handler::handleRequest, true);
        }
        if (RequestHandler.class.isAssignableFrom(clazz)) {
            Type[] types = TypeArguments.of(clazz, RequestHandler.class);
            if (types == null) {
                throw HandlerFault.message("Class " + clazz.getName()
                        + " does not implement RequestHandler with concrete type parameters");
            }
            for (Type type : types) {
                if (type instanceof TypeVariable<?> variable
                        && Arrays.stream(variable.getBounds()).allMatch(Object.class::equals)) {
                    throw HandlerFault.message("Class " + clazz.getName()
                            + " does not implement RequestHandler with concrete type parameters: parameter "
                            + variable + " has no upper bound.");
                }
            }
            @SuppressWarnings("unchecked")
            RequestHandler<Object, Object> handler = (RequestHandler<Object, Object>) instantiate(clazz);
            return pojo(handler::handleRequest, types[0], types[1], loader);
        }
        throw HandlerFault.message("Class does not implement an appropriate handler interface: " + clazz.getName());
    }

    private static Invocable forMethod(Class<?> clazz, String methodName, ClassLoader loader) {
        List<Method> candidates = Arrays.stream(clazz.getMethods())
                .filter(m -> m.getName().equals(methodName))
                .sorted(PRIORITY)
                .toList();
        for (Method method : candidates) {
            Optional<Invocable> invocable = forOverload(clazz, method, loader);
            if (invocable.isPresent()) {
                return invocable.get();
            }
        }
        throw HandlerFault.message("No public method named " + methodName
                + " with appropriate method signature found on class " + clazz.getName());
    }

    private static Optional<Invocable> forOverload(Class<?> clazz, Method method, ClassLoader loader) {
        Class<?>[] p = method.getParameterTypes();
        Type[] generic = method.getGenericParameterTypes();
        Type returns = method.getGenericReturnType();
        switch (p.length) {
            case 0:
                return Optional.of(pojoMethod(clazz, method, null, returns, loader));
            case 1:
                if (p[0] == InputStream.class || p[0] == OutputStream.class) {
                    return Optional.of(streamMethod(clazz, method, p[0] == InputStream.class,
                            p[0] == OutputStream.class, false));
                }
                return Optional.of(pojoMethod(clazz, method, p[0] == Context.class ? null : generic[0], returns, loader));
            case 2:
                if (p[0] == OutputStream.class) {
                    return p[1] == Context.class
                            ? Optional.of(streamMethod(clazz, method, false, true, true)) : Optional.empty();
                }
                if (p[0] == Context.class) {
                    return Optional.empty();
                }
                if (p[0] == InputStream.class) {
                    if (p[1] == OutputStream.class || p[1] == Context.class) {
                        return Optional.of(streamMethod(clazz, method, true, p[1] == OutputStream.class,
                                p[1] == Context.class));
                    }
                    return Optional.empty();
                }
                return p[1] == Context.class
                        ? Optional.of(pojoMethod(clazz, method, generic[0], returns, loader)) : Optional.empty();
            case 3:
                return p[0] == InputStream.class && p[1] == OutputStream.class && p[2] == Context.class
                        ? Optional.of(streamMethod(clazz, method, true, true, true)) : Optional.empty();
            default:
                return Optional.empty();
        }
    }

    private static Invocable pojoMethod(Class<?> clazz, Method method, Type input, Type output, ClassLoader loader) {
        Class<?>[] p = method.getParameterTypes();
        boolean needsContext = p.length > 0 && p[p.length - 1] == Context.class;
        MethodHandle handle = handleFor(clazz, method);
        if (input == null) {
            handle = MethodHandles.dropArguments(handle, 0, Object.class);
        }
        if (!needsContext) {
            handle = MethodHandles.dropArguments(handle, 1, Context.class);
        }
        MethodHandle call = handle.asType(POJO_SHAPE);
        return pojo((in, context) -> (Object) call.invokeExact(in, context), input, output, loader);
    }

    private static Invocable streamMethod(Class<?> clazz, Method method, boolean needsInput, boolean needsOutput,
                                          boolean needsContext) {
        MethodHandle handle = handleFor(clazz, method);
        if (!needsInput) {
            handle = MethodHandles.dropArguments(handle, 0, InputStream.class);
        }
        if (!needsOutput) {
            handle = MethodHandles.dropArguments(handle, 1, OutputStream.class);
        }
        if (!needsContext) {
            handle = MethodHandles.dropArguments(handle, 2, Context.class);
        }
        MethodHandle call = handle.asType(STREAM_SHAPE);
        // A statement, so that invokeExact's symbolic return type is void like STREAM_SHAPE's.
        return stream((in, out, context) -> {
            call.invokeExact(in, out, context);
        }, needsOutput);
    }

    private static MethodHandle handleFor(Class<?> clazz, Method method) {
        Object instance = Modifier.isStatic(method.getModifiers()) ? null : instantiate(clazz);
        try {
            method.setAccessible(true);
            MethodHandle handle = MethodHandles.lookup().unreflect(method);
            return instance == null ? handle : handle.bindTo(instance);
        } catch (IllegalAccessException | RuntimeException e) {
            throw HandlerFault.of(e, false);
        }
    }

    private static Object instantiate(Class<?> clazz) {
        Constructor<?> constructor;
        try {
            constructor = clazz.getConstructor();
        } catch (NoSuchMethodException e) {
            if (clazz.getEnclosingClass() != null && !Modifier.isStatic(clazz.getModifiers())) {
                throw HandlerFault.of(new Exception("Class " + clazz.getName()
                        + " cannot be instantiated because it is a non-static inner class"), false);
            }
            throw HandlerFault.of(new Exception("Class " + clazz.getName()
                    + " has no public zero-argument constructor", e), false);
        }
        try {
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (InvocationTargetException e) {
            // The handler's constructor threw: an init error, as in Lambda.
            throw HandlerFault.of(e.getCause() == null ? e : StackTraceFilter.filter(e.getCause()), true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw HandlerFault.of(e, false);
        }
    }

    @FunctionalInterface
    private interface PojoCall {
        Object call(Object input, Context context) throws Throwable;
    }

    @FunctionalInterface
    private interface StreamCall {
        void call(InputStream in, OutputStream out, Context context) throws Throwable;
    }

    /** The runtime's POJO adapter: deserialize, call, serialize; a void result is JSON null. */
    private static Invocable pojo(PojoCall call, Type input, Type output, ClassLoader loader) {
        PojoSerializer<Object> in = input == null ? null : HandlerSerializers.forType(input, loader);
        PojoSerializer<Object> out = isVoid(output) ? null : HandlerSerializers.forType(output, loader);
        return (payload, context) -> {
            Object value = null;
            if (in != null) {
                try {
                    value = in.fromJson(new ByteArrayInputStream(payload));
                } catch (Throwable t) {
                    throw new RuntimeException("An error occurred during JSON parsing", StackTraceFilter.filter(t));
                }
            }
            Object result = call.call(value, context);
            if (out == null) {
                return JSON_NULL;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
            try {
                out.toJson(result, bytes);
            } catch (Throwable t) {
                throw new RuntimeException("An error occurred during JSON serialization of response", t);
            }
            return bytes.toByteArray();
        };
    }

    private static Invocable stream(StreamCall call, boolean writesOutput) {
        return (payload, context) -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream(256);
            call.call(new ByteArrayInputStream(payload), out, context);
            return writesOutput ? out.toByteArray() : JSON_NULL;
        };
    }

    private static boolean isVoid(Type type) {
        return type == void.class || type == Void.class;
    }

    private static int weightedLength(Method method) {
        Class<?>[] p = method.getParameterTypes();
        return p.length + (p.length > 0 && p[p.length - 1] == Context.class ? 1 : 0);
    }
}
