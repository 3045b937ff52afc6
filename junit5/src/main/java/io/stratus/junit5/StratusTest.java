package io.stratus.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated test class against an embedded Stratus on a random port, started before its first
 * test and closed after its last one (or, with {@link #shared()}, at the end of the whole run).
 *
 * <pre>{@code
 * @StratusTest(template = "template.yaml", reset = ResetMode.BEFORE_EACH)
 * class OrdersTest {
 *     @Test
 *     void storesAnOrder(DynamoDbClient dynamo) { ... }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(StratusExtension.class)
public @interface StratusTest {
    /**
     * The SAM/CloudFormation template: a classpath resource (e.g. {@code template.yaml} from
     * {@code src/test/resources}) if one has this name, else a file path relative to the working directory.
     * Empty: no template, an instance without tables.
     */
    String template() default "";

    /** Template parameter overrides, each {@code Name=Value}, like {@code sam deploy --parameter-overrides}. */
    String[] parameters() default {};

    /**
     * One instance for every class with an equal configuration (template, parameters, region), started by the
     * first and closed when the test run ends; otherwise each class has its own.
     */
    boolean shared() default false;

    /** What happens to table data before each test; a method or class can override it with {@link StratusReset}. */
    ResetMode reset() default ResetMode.NONE;

    /** The region the SDK clients sign for; it appears in ARNs. */
    String region() default Stratus.DEFAULT_REGION;

    /**
     * The JSON Web Key Set for JWT and Cognito authorizers: an http(s) URL, a classpath resource or a file,
     * looked up like {@link #template()}. Empty: none (JWT-protected routes then answer 401).
     */
    String jwks() default "";

    /** API keys accepted in {@code x-api-key} on routes with {@code ApiKeyRequired}, besides the template's. */
    String[] apiKeys() default {};
}
