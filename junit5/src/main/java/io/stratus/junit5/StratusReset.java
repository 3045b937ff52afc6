package io.stratus.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Overrides the {@link ResetMode} of the instance's configuration for one test method, or for every test of
 * a class (including a class that registers {@link StratusExtension} itself).
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface StratusReset {
    /** The reset mode for the annotated test or class. */
    ResetMode value();
}
