package io.stratus.server.lambda;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A function's {@code CodeSize} and {@code CodeSha256} (base64 of the SHA-256, as Lambda reports them). For a jar
 * or zip they are the archive's, as in Lambda; a classes directory is hashed over its files' relative paths and
 * contents in path order, so the digest changes exactly when the code does; code on the host's classpath has
 * size 0 and the digest of nothing.
 *
 * @param size      bytes
 * @param sha256    base64 SHA-256
 */
public record CodeDigest(long size, String sha256) {

    /** Digests the code at {@code location} (empty: the host's classpath). */
    public static CodeDigest of(Optional<Path> location) {
        MessageDigest digest = newSha256();
        if (location.isEmpty()) {
            return new CodeDigest(0, encode(digest));
        }
        Path root = location.get();
        try {
            if (Files.isRegularFile(root)) {
                return new CodeDigest(update(digest, root), encode(digest));
            }
            long size = 0;
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                digest.update(root.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                size += update(digest, file);
            }
            return new CodeDigest(size, encode(digest));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the code at " + root, e);
        }
    }

    private static long update(MessageDigest digest, Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            return in.transferTo(OutputStreamSink.INSTANCE);
        }
    }

    private static String encode(MessageDigest digest) {
        return Base64.getEncoder().encodeToString(digest.digest());
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM ships SHA-256", e);
        }
    }

    /** Discards what the digest stream has already hashed. */
    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
