package io.stratus.server.netty;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The bound listening socket with its event loops and worker pool.
 *
 * <p>Binding and serving are separate steps so a caller learns that the port is taken before doing
 * expensive start-up work (opening the data directory, creating the template's tables), yet serves no
 * request before that work is done: until {@link #serve} the kernel queues incoming connections.
 */
public final class HttpServer implements AutoCloseable {

    /** Thrown by {@link #bind} when the address is already in use. */
    public static final class PortInUseException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PortInUseException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final EventLoopGroup acceptor;
    private final EventLoopGroup io;
    private final ExecutorService worker;
    private final ServiceHolder services;
    private final Channel channel;

    private HttpServer(
            EventLoopGroup acceptor, EventLoopGroup io, ExecutorService worker, ServiceHolder services, Channel channel) {
        this.acceptor = acceptor;
        this.io = io;
        this.worker = worker;
        this.services = services;
        this.channel = channel;
    }

    /** The services, set once by {@link #serve} before the first connection is accepted. */
    private static final class ServiceHolder implements Supplier<List<HttpService>> {
        private volatile List<HttpService> services = List.of();

        @Override
        public List<HttpService> get() {
            return services;
        }
    }

    /**
     * Binds {@code host:port} (0 picks a free port); connections are queued, not served, until
     * {@link #serve}.
     *
     * @throws PortInUseException when the port is taken
     */
    public static HttpServer bind(String host, int port) {
        EventLoopGroup acceptor = new MultiThreadIoEventLoopGroup(
                1, new DefaultThreadFactory("stratus-accept", true), NioIoHandler.newFactory());
        // I/O threads only parse and write; the work itself runs on the worker pool.
        EventLoopGroup io = new MultiThreadIoEventLoopGroup(
                Math.min(4, Runtime.getRuntime().availableProcessors()),
                new DefaultThreadFactory("stratus-io", true),
                NioIoHandler.newFactory());
        ExecutorService worker = newWorkerPool();
        ServiceHolder services = new ServiceHolder();
        try {
            Channel channel = new ServerBootstrap()
                    .group(acceptor, io)
                    .channel(NioServerSocketChannel.class)
                    .option(ChannelOption.AUTO_READ, false)
                    .option(ChannelOption.SO_BACKLOG, 1024)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childHandler(new StratusChannelInitializer(services, worker))
                    .bind(new InetSocketAddress(host, port))
                    .syncUninterruptibly()
                    .channel();
            return new HttpServer(acceptor, io, worker, services, channel);
        } catch (Exception e) {
            // Netty rethrows the bind failure as is, checked BindException included.
            shutdown(acceptor, io, worker);
            if (e instanceof BindException || e.getCause() instanceof BindException) {
                throw new PortInUseException("Port " + port + " is already in use on " + host, e);
            }
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
    }

    /**
     * A fixed pool sized for the machine: engine calls mostly compute, sometimes wait on the file
     * store, so a few threads per core keep the cores busy without thrashing.
     */
    private static ExecutorService newWorkerPool() {
        int threads = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
        return new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), new DefaultThreadFactory("stratus-worker", true));
    }

    /**
     * Starts accepting connections (including those queued since {@link #bind}) and dispatching
     * their requests to {@code services}, tried in order.
     */
    public void serve(List<HttpService> services) {
        this.services.services = List.copyOf(services);
        channel.config().setAutoRead(true);
    }

    /** The port actually bound (the chosen one when 0 was asked). */
    public int port() {
        return ((InetSocketAddress) channel.localAddress()).getPort();
    }

    /** Stops accepting, closes open connections and stops all threads; waits a few seconds at most. */
    @Override
    public void close() {
        channel.close().awaitUninterruptibly();
        shutdown(acceptor, io, worker);
    }

    private static void shutdown(EventLoopGroup acceptor, EventLoopGroup io, ExecutorService worker) {
        // No quiet period: there is no one to be polite to once close() is called.
        acceptor.shutdownGracefully(0, 2, TimeUnit.SECONDS);
        io.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly();
        acceptor.terminationFuture().awaitUninterruptibly();
        worker.shutdown();
        try {
            if (!worker.awaitTermination(5, TimeUnit.SECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
