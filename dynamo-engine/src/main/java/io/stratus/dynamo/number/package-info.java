/** DynamoDB numbers: parsing, range checks, canonical text and stored size. */
package io.stratus.dynamo.number;
