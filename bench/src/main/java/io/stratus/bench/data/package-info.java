/** The table, items and request bodies that the engine benchmarks and the wire scenarios share. */
package io.stratus.bench.data;
