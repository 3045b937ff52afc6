/**
 * The items application: a small inventory service deployed with SAM, used as Stratus's example. The
 * handlers live in {@code rest}, {@code http} and {@code auth}; {@code store} keeps items in DynamoDB.
 */
package io.stratus.examples.items;
