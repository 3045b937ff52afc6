/**
 * The legacy (pre-expression) request parameters — Expected, KeyConditions, QueryFilter,
 * ScanFilter, AttributeUpdates — translated into expressions over generated placeholders, so they
 * run through the same parser, resolver and evaluator as ConditionExpression and friends.
 */
package io.stratus.dynamo.legacy;
