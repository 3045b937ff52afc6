package io.stratus.lambda.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.stratus.lambda.FixtureBuild;
import io.stratus.lambda.HostTestSupport;
import io.stratus.lambda.LambdaHost;
import io.stratus.lambda.config.FunctionConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeLocatorTest extends HostTestSupport {
    private static final String LIBRARY = """
            package greeting;
            public final class Greetings {
                public static String greet(String name) { return "Hello, " + name; }
            }
            """;

    @TempDir
    Path temp;
    private final AtomicInteger resolutions = new AtomicInteger();
    private Path libraryJar;

    @Override
    protected LambdaHost.Builder configure(LambdaHost.Builder builder) {
        // Stands in for mvn: the project's one dependency is a jar this test builds.
        return builder.hotReload(false).dependencyResolver(project -> {
            resolutions.incrementAndGet();
            return List.of(libraryJar);
        });
    }

    @BeforeEach
    void buildLibrary() {
        Path classes = FixtureBuild.compile(temp.resolve("library-classes"), List.of(),
                Map.of("greeting.Greetings", LIBRARY));
        libraryJar = FixtureBuild.pack(classes, temp.resolve("greetings-1.0.jar"));
    }

    /** A handler answering its greeting and where it was built, compiled into {@code classes}. */
    private Path compileHandler(Path classes, String builtBy) {
        return FixtureBuild.compile(classes, List.of(libraryJar), Map.of("hello.Hello", """
                package hello;
                import com.amazonaws.services.lambda.runtime.Context;
                import com.amazonaws.services.lambda.runtime.RequestHandler;
                import java.util.Map;
                public class Hello implements RequestHandler<Map<String, String>, String> {
                    public String handleRequest(Map<String, String> input, Context context) {
                        return greeting.Greetings.greet(input.get("name")) + " from %s";
                    }
                }
                """.formatted(builtBy)));
    }

    private Path mavenProject(String name) throws IOException {
        Path project = Files.createDirectories(temp.resolve(name));
        Files.writeString(project.resolve("pom.xml"), pom("1.0"));
        return project;
    }

    private static String pom(String version) {
        return """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>example</groupId><artifactId>hello</artifactId><version>%s</version>
                  <dependencies>
                    <dependency><groupId>org.slf4j</groupId><artifactId>slf4j-api</artifactId><version>2.0.20</version></dependency>
                    <dependency>
                      <groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter-api</artifactId>
                      <version>5.14.4</version><scope>test</scope>
                    </dependency>
                  </dependencies>
                </project>
                """.formatted(version);
    }

    private String invokeHello(String function) {
        return text(invoke(function, "{\"name\":\"Ada\"}"));
    }

    @Nested
    class MavenProjects {
        @Test
        void aMavenProjectRunsItsCompiledClassesWithItsDependencies() throws IOException {
            Path project = mavenProject("HelloFunction");
            compileHandler(project.resolve("target/classes"), "classes");
            host.deploy(FunctionConfig.builder("Hello", "hello.Hello::handleRequest").codeLocation(project).build());

            assertThat(invokeHello("Hello")).isEqualTo("\"Hello, Ada from classes\"");
        }

        @Test
        void dependenciesAreResolvedOnceAndCachedUntilThePomChanges() throws IOException {
            Path project = mavenProject("HelloFunction");
            compileHandler(project.resolve("target/classes"), "classes");
            FunctionConfig config = FunctionConfig.builder("Hello", "hello.Hello").codeLocation(project).build();

            host.deploy(config);
            host.deploy(config);
            assertThat(resolutions).hasValue(1);
            List<String> cache = Files.readAllLines(project.resolve("target/stratus/classpath.txt"));
            assertThat(cache.get(0)).matches("# pom.xml sha-256 [0-9a-f]{64}");
            assertThat(cache.subList(1, cache.size())).containsExactly(libraryJar.toString());

            Files.writeString(project.resolve("pom.xml"), pom("1.1"));
            host.deploy(config);
            assertThat(resolutions).hasValue(2);
            assertThat(invokeHello("Hello")).isEqualTo("\"Hello, Ada from classes\"");
        }

        @Test
        void aCachedClasspathNamingAJarThatIsGoneIsResolvedAgain() throws IOException {
            Path project = mavenProject("HelloFunction");
            compileHandler(project.resolve("target/classes"), "classes");
            FunctionConfig config = FunctionConfig.builder("Hello", "hello.Hello").codeLocation(project).build();
            host.deploy(config);

            Path moved = Files.move(libraryJar, temp.resolve("greetings-1.0-moved.jar"));
            libraryJar = moved;
            host.deploy(config);

            assertThat(resolutions).hasValue(2);
            assertThat(invokeHello("Hello")).isEqualTo("\"Hello, Ada from classes\"");
        }

        @Test
        void aNewerShadedJarWinsOverTargetClassesAndOlderOneDoesNot() throws IOException {
            Path project = mavenProject("HelloFunction");
            Path classes = compileHandler(project.resolve("target/classes"), "classes");
            Path shadedTree = compileHandler(temp.resolve("shaded"), "the shaded jar");
            FixtureBuild.compile(shadedTree, List.of(), Map.of("greeting.Greetings", LIBRARY));
            Path shaded = FixtureBuild.pack(shadedTree, project.resolve("target/hello-1.0.jar"));
            FixtureBuild.pack(classes, project.resolve("target/original-hello-1.0.jar"));
            FunctionConfig config = FunctionConfig.builder("Hello", "hello.Hello").codeLocation(project).build();

            FixtureBuild.touch(shaded, Instant.now().plusSeconds(60));
            host.deploy(config);
            assertThat(invokeHello("Hello")).isEqualTo("\"Hello, Ada from the shaded jar\"");
            assertThat(resolutions).as("a shaded jar holds its dependencies").hasValue(0);

            FixtureBuild.touch(shaded, Instant.now().minusSeconds(60));
            host.deploy(config);
            assertThat(invokeHello("Hello")).isEqualTo("\"Hello, Ada from classes\"");
        }

        @Test
        void aMavenProjectWithoutCompiledClassesFailsWithAnErrorNamingTheFunction() throws IOException {
            Path project = mavenProject("HelloFunction");
            FunctionConfig config = FunctionConfig.builder("Hello", "hello.Hello").codeLocation(project).build();

            assertThatThrownBy(() -> host.deploy(config))
                    .isInstanceOf(FunctionCodeException.class)
                    .hasMessage("Function Hello: no compiled classes in " + project.resolve("target/classes")
                            + " — run mvn package in " + project);
            assertThat(host.function("Hello")).isEmpty();
        }

        @Test
        void aFailedResolutionNamesTheFunctionAndTheProject() throws IOException {
            Path project = mavenProject("HelloFunction");
            compileHandler(project.resolve("target/classes"), "classes");
            FunctionConfig config = FunctionConfig.builder("Hello", "hello.Hello").codeLocation(project).build();
            try (LambdaHost failing = LambdaHost.builder().clock(clock).console(console::add).hotReload(false)
                    .dependencyResolver(p -> {
                        throw new IOException("mvn exited with 1: Could not resolve dependencies");
                    }).build()) {
                assertThatThrownBy(() -> failing.deploy(config))
                        .isInstanceOf(FunctionCodeException.class)
                        .hasMessage("Function Hello: cannot resolve the dependencies of " + project
                                + ": mvn exited with 1: Could not resolve dependencies");
            }
        }

        @Test
        void mavenResolvesTheProjectsRuntimeClasspath() throws IOException {
            var maven = MavenDependencyResolver.find();
            assumeThat(maven).as("mvn on the PATH or in MAVEN_HOME").isPresent();
            Path project = mavenProject("RealMaven");

            List<Path> classpath = maven.get().resolve(project);

            assertThat(classpath).extracting(p -> p.getFileName().toString())
                    .contains("slf4j-api-2.0.20.jar")
                    .noneMatch(name -> name.startsWith("junit-jupiter-api"));
            assertThat(classpath).allMatch(Files::isRegularFile);
        }
    }

    @Nested
    class OtherLocations {
        @Test
        void aSamBuildDirectoryRunsWithClassesAtItsRootAndLibrariesInLib() throws IOException {
            Path build = temp.resolve(".aws-sam/build/HelloFunction");
            compileHandler(build, "sam build");
            Files.createDirectories(build.resolve("lib"));
            Files.copy(libraryJar, build.resolve("lib/greetings-1.0.jar"));
            host.deploy(FunctionConfig.builder("Hello", "hello.Hello").codeLocation(build).build());

            assertThat(invokeHello("Hello")).isEqualTo("\"Hello, Ada from sam build\"");
            assertThat(resolutions).hasValue(0);
        }

        @Test
        void aMissingCodeLocationFailsWithAnErrorNamingTheFunction() {
            Path missing = temp.resolve("nowhere/HelloFunction");
            FunctionConfig config = FunctionConfig.builder("Hello", "hello.Hello").codeLocation(missing).build();

            assertThatThrownBy(() -> host.deploy(config))
                    .isInstanceOf(FunctionCodeException.class)
                    .hasMessage("Function Hello: code location " + missing + " does not exist");
        }
    }

    @Test
    void buildClasspathOutputIsSplitOnThePathSeparator() {
        String sep = java.io.File.pathSeparator;
        assertThat(MavenDependencyResolver.parse("/r/a.jar" + sep + "/r/b.jar\n"))
                .containsExactly(Path.of("/r/a.jar"), Path.of("/r/b.jar"));
        assertThat(MavenDependencyResolver.parse("")).isEmpty();
    }
}
