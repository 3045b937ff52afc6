/** The REST API's Lambda authorizer. */
package io.stratus.examples.items.auth;
