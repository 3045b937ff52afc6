package io.stratus.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a template is found, and the temporary copy of one that lives in a jar. */
class ResourceFileTest {

    @TempDir
    Path dir;

    @Test
    void classpathDirectoryResourceIsUsedInPlace() throws Exception {
        ResourceFile.Location location = ResourceFile.Location.of("template.yaml", getClass().getClassLoader());

        try (ResourceFile source = location.open()) {
            assertThat(source.temporary()).isFalse();
            assertThat(source.path()).isEqualTo(Path.of(getClass().getClassLoader().getResource("template.yaml").toURI()));
        }
    }

    @Test
    void templateInsideAJarIsCopiedAndTheCopyDeletedOnClose() throws IOException {
        Path jar = dir.resolve("templates.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("stacks/app.template.json"));
            out.write("{\"Resources\":{}}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            ResourceFile source = ResourceFile.Location.of("/stacks/app.template.json", loader).open();

            assertThat(source.temporary()).isTrue();
            assertThat(source.path().getFileName().toString()).startsWith("stratus-template-").endsWith(".json");
            assertThat(Files.readString(source.path())).isEqualTo("{\"Resources\":{}}");
            source.close();
            assertThat(source.path()).doesNotExist();
        }
    }
}
