/**
 * The syntax trees of DynamoDB expressions as the parser produces them: immutable records with
 * {@code #name} and {@code :value} placeholders still unresolved, so one tree serves every request
 * that sends the same expression text.
 */
package io.stratus.dynamo.expr.ast;
