/**
 * DynamoDB's expression language: ConditionExpression, FilterExpression, KeyConditionExpression,
 * ProjectionExpression and UpdateExpression.
 *
 * <p>Text is parsed once into a tree with unresolved placeholders ({@code parse}, {@code ast},
 * cached by text in {@link io.stratus.dynamo.expr.ExpressionCache}); per request,
 * {@link io.stratus.dynamo.expr.ExpressionContext} binds ExpressionAttributeNames and
 * ExpressionAttributeValues, runs AWS's semantic checks in AWS's order and yields small evaluable
 * objects ({@link io.stratus.dynamo.expr.Condition}, {@link io.stratus.dynamo.expr.Projection},
 * {@link io.stratus.dynamo.expr.Update}, {@link io.stratus.dynamo.expr.KeyCondition}).
 */
package io.stratus.dynamo.expr;
