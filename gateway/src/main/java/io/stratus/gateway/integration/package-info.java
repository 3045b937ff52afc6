/** The gateway's view of Lambda: a function invoked by name with a JSON payload, answering asynchronously. */
package io.stratus.gateway.integration;
