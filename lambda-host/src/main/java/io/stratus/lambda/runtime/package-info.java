/**
 * Runs a function: its handler resolved once per execution environment into one {@link
 * io.stratus.lambda.runtime.Invocable} shape, environments started cold and reused warm, timeouts, the
 * {@code Context}, and the START/END/REPORT log frame.
 */
package io.stratus.lambda.runtime;
