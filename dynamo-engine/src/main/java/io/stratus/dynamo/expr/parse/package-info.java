/** The hand-written lexer and recursive-descent parser shared by all five kinds of DynamoDB expression. */
package io.stratus.dynamo.expr.parse;
