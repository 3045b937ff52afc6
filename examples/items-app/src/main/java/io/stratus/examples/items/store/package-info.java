/** Items in DynamoDB: the table access, its errors and the opaque pagination tokens. */
package io.stratus.examples.items.store;
