/** Consumed capacity units computed with DynamoDB's rounding rules. */
package io.stratus.dynamo.capacity;
