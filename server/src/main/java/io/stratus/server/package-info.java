/**
 * The Stratus server: the programmatic {@link io.stratus.server.StratusServer} API, the command line
 * entry point {@link io.stratus.server.Main} and the start-up banner.
 */
package io.stratus.server;
