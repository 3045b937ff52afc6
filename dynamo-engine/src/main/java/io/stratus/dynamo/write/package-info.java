/**
 * The item write path: a write is prepared (validated, without touching storage), applied as a
 * pure function of the old item, and committed for that key together with its secondary index
 * entries, under the key's stripe lock.
 */
package io.stratus.dynamo.write;
