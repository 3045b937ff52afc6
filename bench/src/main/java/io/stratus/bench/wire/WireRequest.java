package io.stratus.bench.wire;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One HTTP request a scenario sends: method, path (with query), headers other than {@code Host}
 * and {@code Content-Length}, and body.
 */
public record WireRequest(String method, String path, Map<String, String> headers, byte[] body) {

    /** Copies the headers, keeping their order. */
    public WireRequest {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /** The request as HTTP/1.1 bytes for host {@code host} ({@code 127.0.0.1:4566}), keep-alive. */
    public byte[] http11(String host) {
        StringBuilder head = new StringBuilder(256)
                .append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(head.length() + body.length);
        bytes.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        bytes.writeBytes(body);
        return bytes.toByteArray();
    }
}
