/**
 * Reading many items: key conditions as ranges over the order-preserving key encoding, and pages
 * bounded by Limit and DynamoDB's 1 MB read limit, for Query and Scan.
 */
package io.stratus.dynamo.query;
