/**
 * Reading many items from a table or a secondary index: key conditions as ranges over the
 * order-preserving key encoding, and pages
 * bounded by Limit and DynamoDB's 1 MB read limit, for Query and Scan.
 */
package io.stratus.dynamo.query;
