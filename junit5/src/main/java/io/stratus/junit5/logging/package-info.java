/**
 * The logging backend of the shaded jar: Stratus's relocated slf4j writes to {@code java.util.logging}.
 *
 * <p>Why JUL rather than the user's slf4j: the user's slf4j may be 1.7 with a 1.x binding, 2.x with any
 * provider, or absent; depending on it would either drag slf4j-api into their tests or lose Stratus's
 * messages. JUL is always there, Spring Boot bridges it into Logback/Log4j 2, Quarkus' log manager is a
 * JUL implementation, and its levels are set by logger name ({@code io.stratus}) like any other.
 */
package io.stratus.junit5.logging;
