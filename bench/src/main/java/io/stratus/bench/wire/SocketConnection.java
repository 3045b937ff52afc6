package io.stratus.bench.wire;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A keep-alive HTTP/1.1 connection over a plain socket that writes requests encoded once and reads
 * responses framed by {@code Content-Length} (all Stratus responses are), reusing one buffer:
 * nothing is allocated per request. Reconnects when the server answers {@code Connection: close}.
 */
final class SocketConnection implements Connection {

    private final InetSocketAddress address;
    private final byte[][] requests;
    private final HttpResponseReader reader = new HttpResponseReader();
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    private SocketConnection(InetSocketAddress address, byte[][] requests) throws IOException {
        this.address = address;
        this.requests = requests;
        connect();
    }

    /** Encodes {@code requests} for {@code endpoint} once; connections share the bytes. */
    static ClientKind.Pool pool(URI endpoint, List<WireRequest> requests) {
        String host = endpoint.getHost() + ":" + endpoint.getPort();
        byte[][] encoded = new byte[requests.size()][];
        for (int i = 0; i < encoded.length; i++) {
            encoded[i] = requests.get(i).http11(host);
        }
        InetSocketAddress address = new InetSocketAddress(endpoint.getHost(), endpoint.getPort());
        return () -> new SocketConnection(address, encoded);
    }

    private void connect() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(address, 5_000);
        socket.setSoTimeout(30_000);
        in = socket.getInputStream();
        out = socket.getOutputStream();
        reader.reset(in);
    }

    @Override
    public int exchange(int index) throws IOException {
        if (socket == null) {
            connect();
        }
        try {
            out.write(requests[index]);
            out.flush();
            int status = reader.read();
            if (!reader.keepAlive()) {
                closeSocket();
            }
            return status;
        } catch (IOException e) {
            closeSocket();
            throw e;
        }
    }

    @Override
    public String lastBody() {
        return new String(reader.body(), 0, reader.bodyLength(), StandardCharsets.UTF_8);
    }

    private void closeSocket() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a connection we give up on: nothing left to report
            }
            socket = null;
        }
    }

    @Override
    public void close() {
        closeSocket();
    }
}
