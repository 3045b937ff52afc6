/**
 * The wire load generator behind {@link io.stratus.bench.WireLoad}: closed-loop workers, one
 * keep-alive HTTP/1.1 connection each, replaying requests that {@link io.stratus.bench.wire.Scenario}s
 * build before the clock starts.
 */
package io.stratus.bench.wire;
