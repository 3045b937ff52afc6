/**
 * Stratus in tests: {@link io.stratus.junit5.StratusTest @StratusTest} and its
 * {@link io.stratus.junit5.StratusExtension extension}, and the {@link io.stratus.junit5.Stratus} handle for
 * starting an embedded instance by hand.
 *
 * <p>Everything Stratus needs besides this package is relocated under {@code io.stratus.shaded} in the
 * published jar; the AWS SDK classes used here are the user's own and are touched only when present.
 */
package io.stratus.junit5;
