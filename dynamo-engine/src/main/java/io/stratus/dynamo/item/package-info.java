/** Items as a whole: DynamoDB's size accounting and the compact binary form items are stored in. */
package io.stratus.dynamo.item;
