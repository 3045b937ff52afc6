/**
 * The item write path: a write is prepared (validated, without touching storage), applied as a
 * pure function of the old item, and committed atomically for that key.
 */
package io.stratus.dynamo.write;
