package io.stratus.lambda.runtime;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the actual type arguments a class gives a generic interface anywhere in its hierarchy, e.g. the
 * {@code I} and {@code O} of {@code RequestHandler<I, O>} behind {@code class H extends Base<Order>}.
 */
final class TypeArguments {
    private TypeArguments() {
    }

    /**
     * The arguments of {@code iface} as implemented by {@code clazz}, with type variables substituted as far
     * as the hierarchy binds them; null when {@code clazz} only implements the raw interface.
     */
    static Type[] of(Class<?> clazz, Class<?> iface) {
        return search(clazz, iface, Map.of());
    }

    private static Type[] search(Class<?> clazz, Class<?> iface, Map<TypeVariable<?>, Type> bindings) {
        List<Type> supertypes = new ArrayList<>(List.of(clazz.getGenericInterfaces()));
        if (clazz.getGenericSuperclass() != null) {
            supertypes.add(clazz.getGenericSuperclass());
        }
        for (Type supertype : supertypes) {
            if (supertype instanceof ParameterizedType parameterized) {
                Class<?> raw = (Class<?>) parameterized.getRawType();
                Map<TypeVariable<?>, Type> bound = bind(raw, parameterized, bindings);
                if (raw == iface) {
                    Type[] arguments = new Type[raw.getTypeParameters().length];
                    for (int i = 0; i < arguments.length; i++) {
                        arguments[i] = bound.get(raw.getTypeParameters()[i]);
                    }
                    return arguments;
                }
                Type[] found = search(raw, iface, bound);
                if (found != null) {
                    return found;
                }
            } else if (supertype instanceof Class<?> raw && raw != iface) {
                Type[] found = search(raw, iface, Map.of());
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Map<TypeVariable<?>, Type> bind(Class<?> raw, ParameterizedType type,
                                                   Map<TypeVariable<?>, Type> outer) {
        Map<TypeVariable<?>, Type> bound = new HashMap<>();
        Type[] actual = type.getActualTypeArguments();
        TypeVariable<?>[] variables = raw.getTypeParameters();
        for (int i = 0; i < variables.length; i++) {
            Type argument = actual[i];
            bound.put(variables[i], argument instanceof TypeVariable<?> v ? outer.getOrDefault(v, v) : argument);
        }
        return bound;
    }
}
