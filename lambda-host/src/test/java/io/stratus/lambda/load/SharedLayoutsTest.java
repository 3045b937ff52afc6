package io.stratus.lambda.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.stratus.lambda.FixtureBuild;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedLayoutsTest {

    @TempDir
    Path temp;

    private Path jar() throws IOException {
        Path classes = temp.resolve("classes");
        FixtureBuild.compile(classes, List.of(), Map.of("pkg.Hello", "package pkg; public class Hello {}"));
        Files.writeString(classes.resolve("greeting.txt"), "hello", StandardCharsets.UTF_8);
        return FixtureBuild.pack(classes, temp.resolve("app.jar"));
    }

    private static CodeSource source(Path jar) {
        return CodeLocator.locate("fn", Optional.of(jar), project -> List.of());
    }

    @Test
    void functionsDeployedFromTheSameVersionShareOneCopyUntilTheLastLetsGo() throws Exception {
        CodeSource source = source(jar());
        SharedLayouts layouts = new SharedLayouts();
        FunctionCode first = layouts.layOut(source, source.stamp());
        FunctionCode second = layouts.layOut(source, source.stamp());
        assertThat(second).isNotSameAs(first);
        assertThat(second.taskRoot()).isEqualTo(first.taskRoot());
        first.close();
        first.close();
        assertThat(second.taskRoot().resolve("greeting.txt")).hasContent("hello");
        second.close();
        assertThat(second.taskRoot()).doesNotExist();
    }

    @Test
    void aClosedVersionIsLaidOutAfreshRatherThanRevived() throws Exception {
        CodeSource source = source(jar());
        SharedLayouts layouts = new SharedLayouts();
        FunctionCode gone = layouts.layOut(source, source.stamp());
        gone.close();
        try (FunctionCode fresh = layouts.layOut(source, source.stamp())) {
            assertThat(fresh.taskRoot()).isNotEqualTo(gone.taskRoot());
            assertThat(fresh.taskRoot().resolve("greeting.txt")).hasContent("hello");
        }
    }

    @Test
    void aRebuiltVersionGetsItsOwnCopy() throws Exception {
        Path jar = jar();
        CodeSource source = source(jar);
        SharedLayouts layouts = new SharedLayouts();
        try (FunctionCode old = layouts.layOut(source, source.stamp())) {
            Files.writeString(temp.resolve("classes/greeting.txt"), "hello again", StandardCharsets.UTF_8);
            FixtureBuild.pack(temp.resolve("classes"), jar);
            try (FunctionCode rebuilt = layouts.layOut(source, source.stamp())) {
                assertThat(rebuilt.taskRoot()).isNotEqualTo(old.taskRoot());
                assertThat(rebuilt.taskRoot().resolve("greeting.txt")).hasContent("hello again");
                assertThat(old.taskRoot().resolve("greeting.txt")).hasContent("hello");
            }
        }
    }
}
