package io.stratus.junit5;

import io.stratus.server.StratusStartupException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * A file the server reads for one instance (the template, a JWKS): the file itself, or a temporary copy of a
 * classpath resource that lives in a jar (the server reads from the file system) which {@link #close()} deletes.
 */
record ResourceFile(Path path, boolean temporary) implements AutoCloseable {
    /** No file. */
    static final ResourceFile NONE = new ResourceFile(null, false);

    @Override
    public void close() {
        if (temporary) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // A leftover file in the temporary directory is harmless; failing a test over it is not.
            }
        }
    }

    /**
     * Where a file comes from, resolved when the builder is configured and opened when it starts; {@code kind}
     * names it in errors ({@code Template}, {@code JWKS}).
     */
    record Location(String kind, String name, URL resource, Path file) {

        /** A template: a classpath resource named {@code location} if {@code loader} has one, else that file. */
        static Location of(String location, ClassLoader loader) {
            return of("Template", location, loader);
        }

        /** A {@code kind} file: a classpath resource named {@code location} if {@code loader} has one, else that file. */
        static Location of(String kind, String location, ClassLoader loader) {
            if (location == null || location.isBlank()) {
                throw new IllegalArgumentException("A " + kind.toLowerCase(Locale.ROOT)
                        + " location must not be blank");
            }
            String resourceName = location.startsWith("/") ? location.substring(1) : location;
            URL resource = loader == null ? null : loader.getResource(resourceName);
            if (resource != null) {
                return new Location(kind, location, resource, null);
            }
            Path file = Path.of(location);
            if (!Files.isRegularFile(file)) {
                throw new StratusStartupException(kind + " " + location
                        + " is neither a classpath resource nor a file (looked at " + file.toAbsolutePath() + ")");
            }
            return new Location(kind, location, null, file);
        }

        /** The template file {@code file}. */
        static Location of(Path file) {
            return new Location("Template", file.toString(), null, file);
        }

        ResourceFile open() {
            if (file != null) {
                return new ResourceFile(file, false);
            }
            if ("file".equals(resource.getProtocol())) {
                try {
                    return new ResourceFile(Path.of(resource.toURI()), false);
                } catch (URISyntaxException e) {
                    throw new StratusStartupException(kind + " " + name + " has an unusable URL " + resource, e);
                }
            }
            return copyToTemporaryFile();
        }

        private ResourceFile copyToTemporaryFile() {
            // Keeps the extension so the server still tells YAML from JSON by name.
            String fileName = name.substring(name.lastIndexOf('/') + 1);
            String suffix = fileName.contains(".") ? fileName.substring(fileName.lastIndexOf('.')) : ".yaml";
            try (InputStream in = resource.openStream()) {
                Path copy = Files.createTempFile("stratus-" + kind.toLowerCase(Locale.ROOT) + "-", suffix);
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                return new ResourceFile(copy, true);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + kind.toLowerCase(Locale.ROOT) + " "
                        + resource, e);
            }
        }
    }
}
