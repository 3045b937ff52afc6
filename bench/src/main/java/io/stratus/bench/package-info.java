/**
 * Performance measurement of Stratus: JMH benchmarks of the DynamoDB engine ({@code engine}) and
 * {@link io.stratus.bench.WireLoad}, a load generator for a running server ({@code wire}).
 * Nothing here asserts timings; see {@code docs/performance.md}.
 */
package io.stratus.bench;
