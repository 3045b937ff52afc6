package io.stratus.lambda.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.stratus.lambda.FixtureBuild;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FunctionCodeTest {

    @TempDir
    Path temp;

    private Path jarWithAResource() throws IOException {
        Path classes = temp.resolve("classes");
        FixtureBuild.compile(classes, List.of(), Map.of("pkg.Hello", """
                package pkg;
                public class Hello { public String hi() { return "hi"; } }
                """));
        Files.writeString(classes.resolve("greeting.txt"), "hello", StandardCharsets.UTF_8);
        return FixtureBuild.pack(classes, temp.resolve("app.jar"));
    }

    @Test
    void aJarWithoutLibrariesKeepsItsClassesInAPrivateCopyAndExtractsOnlyItsOtherFiles() throws Exception {
        Path jar = jarWithAResource();
        Path root;
        try (FunctionCode code = FunctionCode.archive(jar)) {
            root = code.taskRoot();
            assertThat(root.resolve("greeting.txt")).hasContent("hello");
            try (Stream<Path> files = Files.walk(root)) {
                assertThat(files.filter(p -> p.toString().endsWith(".class"))).isEmpty();
            }
            assertThat(code.classpath()).hasSize(2);
            assertThat(code.classpath().get(1).getPath()).endsWith(".jar").doesNotContain("app.jar");
            try (URLClassLoader loader = new URLClassLoader(code.classpath().toArray(URL[]::new), null)) {
                assertThat(loader.loadClass("pkg.Hello")).isNotNull();
                assertThat(loader.getResource("greeting.txt")).isNotNull();
            }
        }
        assertThat(root).doesNotExist();
        assertThat(root.getParent().resolve(root.getFileName() + ".jar")).doesNotExist();
    }

    @Test
    void aPackageWithLibrariesIsExtractedAsLambdaUnzipsIt() throws Exception {
        Path classes = temp.resolve("handler");
        FixtureBuild.compile(classes, List.of(), Map.of("pkg.Main", "package pkg; public class Main {}"));
        Path library = FixtureBuild.pack(jarWithAResourceTree(), temp.resolve("lib.jar"));
        Path zip = FixtureBuild.pack(classes, List.of(library), temp.resolve("function.zip"));
        try (FunctionCode code = FunctionCode.archive(zip)) {
            assertThat(code.taskRoot().resolve("pkg/Main.class")).exists();
            assertThat(code.classpath()).hasSize(2);
            assertThat(code.classpath().get(1).getPath()).endsWith("/lib/lib.jar");
        }
    }

    private Path jarWithAResourceTree() throws IOException {
        Path tree = temp.resolve("libtree");
        Files.createDirectories(tree);
        Files.writeString(tree.resolve("lib.txt"), "lib", StandardCharsets.UTF_8);
        return tree;
    }
}
