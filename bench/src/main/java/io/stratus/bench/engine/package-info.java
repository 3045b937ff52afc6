/**
 * JMH benchmarks of {@link io.stratus.dynamo.DynamoEngine} in memory, one class per operation,
 * each measuring {@code execute} on a request parsed beforehand ({@link ParseBenchmark} measures
 * the parse). State classes are not final because JMH subclasses them.
 */
package io.stratus.bench.engine;
