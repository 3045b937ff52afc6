/** Stratus's DynamoDB engine: DynamoDB semantics over H2's MVStore, with no network code. */
package io.stratus.dynamo;
