/**
 * DynamoDB's JSON protocol on the shared port: request checks in AWS's order, the hand-off to the
 * engine, and the one place DynamoDB errors become bytes.
 */
package io.stratus.server.dynamodb;
