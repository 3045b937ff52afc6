/** One class per DynamoDB operation, each with its declared request shape, and the registry mapping names to them. */
package io.stratus.dynamo.ops;
