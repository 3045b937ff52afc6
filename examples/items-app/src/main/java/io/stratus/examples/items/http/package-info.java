/** The HTTP API (payload format 2.0): the public catalogue from the status index and JWT-protected profiles. */
package io.stratus.examples.items.http;
