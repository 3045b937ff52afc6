/**
 * JSON in and out of a function: the Java runtime's own serializers for handler types, payload validation
 * as the Invoke API does it, and Lambda's error payloads.
 */
package io.stratus.lambda.serde;
