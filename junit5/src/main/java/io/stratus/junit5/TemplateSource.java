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

/**
 * A template file for one instance: the file itself, or a temporary copy of a classpath resource that lives
 * in a jar (the server reads templates from the file system) which {@link #close()} deletes.
 */
record TemplateSource(Path path, boolean temporary) implements AutoCloseable {
    /** No template. */
    static final TemplateSource NONE = new TemplateSource(null, false);

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

    /** Where a template comes from, resolved when the builder is configured and opened when it starts. */
    record Location(String name, URL resource, Path file) {

        /** A classpath resource named {@code location} if {@code loader} has one, else the file {@code location}. */
        static Location of(String location, ClassLoader loader) {
            if (location == null || location.isBlank()) {
                throw new IllegalArgumentException("A template location must not be blank");
            }
            String resourceName = location.startsWith("/") ? location.substring(1) : location;
            URL resource = loader == null ? null : loader.getResource(resourceName);
            if (resource != null) {
                return new Location(location, resource, null);
            }
            Path file = Path.of(location);
            if (!Files.isRegularFile(file)) {
                throw new StratusStartupException("Template " + location
                        + " is neither a classpath resource nor a file (looked at " + file.toAbsolutePath() + ")");
            }
            return new Location(location, null, file);
        }

        /** The file {@code file}. */
        static Location of(Path file) {
            return new Location(file.toString(), null, file);
        }

        TemplateSource open() {
            if (file != null) {
                return new TemplateSource(file, false);
            }
            if ("file".equals(resource.getProtocol())) {
                try {
                    return new TemplateSource(Path.of(resource.toURI()), false);
                } catch (URISyntaxException e) {
                    throw new StratusStartupException("Template " + name + " has an unusable URL " + resource, e);
                }
            }
            return copyToTemporaryFile();
        }

        private TemplateSource copyToTemporaryFile() {
            // Keeps the extension so the server still tells YAML from JSON by name.
            String fileName = name.substring(name.lastIndexOf('/') + 1);
            String suffix = fileName.contains(".") ? fileName.substring(fileName.lastIndexOf('.')) : ".yaml";
            try (InputStream in = resource.openStream()) {
                Path copy = Files.createTempFile("stratus-template-", suffix);
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                return new TemplateSource(copy, true);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read template " + resource, e);
            }
        }
    }
}
