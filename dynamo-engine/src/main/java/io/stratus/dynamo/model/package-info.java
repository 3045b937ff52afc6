/** DynamoDB's data model: attribute values, items, keys and table descriptions as immutable values. */
package io.stratus.dynamo.model;
