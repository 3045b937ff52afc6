/** DynamoDB JSON: wire-type checks, validation and encoding of attribute values and items. */
package io.stratus.dynamo.json;
