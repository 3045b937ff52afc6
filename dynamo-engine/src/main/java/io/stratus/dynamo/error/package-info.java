/** The typed DynamoDB errors of the engine; the server renders them on the wire. */
package io.stratus.dynamo.error;
