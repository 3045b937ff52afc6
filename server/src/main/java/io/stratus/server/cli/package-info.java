/** The {@code stratus} command line: options, environment fallbacks and usage text, parsed by hand. */
package io.stratus.server.cli;
