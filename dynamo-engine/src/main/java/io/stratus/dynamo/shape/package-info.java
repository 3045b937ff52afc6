/**
 * Declarative request shapes: each operation describes its members once, and one walker checks
 * wire types ({@code SerializationException}) and constraints ({@code N validation errors
 * detected}) in AWS's order.
 */
package io.stratus.dynamo.shape;
