/**
 * Items as a whole: DynamoDB's size accounting, the compact binary form items are stored in, and
 * writing that form straight to JSON for reads that return items as stored.
 */
package io.stratus.dynamo.item;
