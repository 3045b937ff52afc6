package io.stratus.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field (static or not) or a {@link java.net.URI} parameter that the extension fills: a
 * {@link java.net.URI} gets the endpoint, a {@link Stratus} the running instance, an AWS SDK client
 * ({@code DynamoDbClient}, {@code DynamoDbAsyncClient}, {@code LambdaClient}, {@code LambdaAsyncClient},
 * {@code ApiGatewayManagementApiClient}, {@code ApiGatewayManagementApiAsyncClient}) a client configured
 * for the instance. Parameters of those client types and of type {@link Stratus} need no annotation.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface StratusInject {
}
