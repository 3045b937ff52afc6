/**
 * The one-port HTTP/1.1 server: bootstrap, the channel pipeline and the dispatcher that hands each
 * request to the first {@link io.stratus.server.netty.HttpService} that accepts it.
 *
 * <p>Netty types stay inside this package and the server module; services see an immutable
 * {@link io.stratus.server.netty.ServerRequest} and answer with a
 * {@link io.stratus.server.netty.ServerResponse}, so no {@code ByteBuf} escapes the pipeline.
 */
package io.stratus.server.netty;
