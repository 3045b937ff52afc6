/** The {@code /_stratus/health} endpoint that tools and containers poll to see whether Stratus is up. */
package io.stratus.server.health;
