package io.stratus.server.netty;

import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerKeepAliveHandler;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/** Builds the pipeline of every accepted connection; the whole server reads top to bottom here. */
public final class StratusChannelInitializer extends ChannelInitializer<SocketChannel> {

    private final Supplier<List<HttpService>> services;
    private final Executor worker;

    /**
     * An initializer whose connections dispatch to the services {@code services} supplies when the
     * connection is accepted, running them on {@code worker}.
     */
    public StratusChannelInitializer(Supplier<List<HttpService>> services, Executor worker) {
        this.services = services;
        this.worker = worker;
    }

    @Override
    protected void initChannel(SocketChannel channel) {
        configure(channel.pipeline(), services.get(), worker, RequestSizeLimit.MAX_REQUEST_BYTES);
    }

    /**
     * The largest header block the codec reads. Netty's default, 8 KiB, is below API Gateway's
     * "request line and header values: 10240 bytes" quota, which the gateway must see to answer as AWS does.
     */
    public static final int MAX_HEADER_BYTES = 16 * 1024;

    /** Installs the handlers; shared with tests, which run the same pipeline in an {@code EmbeddedChannel}. */
    public static void configure(
            ChannelPipeline pipeline, List<HttpService> services, Executor worker, int maxRequestBytes) {
        pipeline.addLast("http", new HttpServerCodec(new HttpDecoderConfig().setMaxHeaderSize(MAX_HEADER_BYTES)));
        pipeline.addLast("keep-alive", new HttpServerKeepAliveHandler());
        pipeline.addLast("aggregate", new RequestSizeLimit(maxRequestBytes));
        pipeline.addLast("dispatch", new ServiceDispatcher(services, worker));
    }
}
