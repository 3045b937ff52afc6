/**
 * Primary keys: validation against a table's key schema and the order-preserving byte encoding
 * that makes a Query a range scan.
 */
package io.stratus.dynamo.key;
