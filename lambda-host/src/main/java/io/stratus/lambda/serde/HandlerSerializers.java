package io.stratus.lambda.serde;

import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import java.lang.reflect.Type;

/**
 * Picks the serializer for a handler's input or output type as the Java runtime does: types from
 * {@code aws-lambda-java-events} get the events serializer (Jackson with the runtime's mix-ins, resolved in
 * the function's class loader); everything else the runtime's POJO serializer.
 */
public final class HandlerSerializers {
    private HandlerSerializers() {
    }

    /** The serializer for {@code type}; {@code functionLoader} is where event model classes live. */
    @SuppressWarnings("unchecked")
    public static PojoSerializer<Object> forType(Type type, ClassLoader functionLoader) {
        if (type instanceof Class<?> clazz && LambdaEventSerializers.isLambdaSupportedEvent(clazz.getName())) {
            return (PojoSerializer<Object>) LambdaEventSerializers.serializerFor(clazz, functionLoader);
        }
        return JacksonFactory.getInstance().getSerializer(type);
    }
}
