package io.stratus.junit5.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequestEncoder;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.Version;
import io.stratus.junit5.Stratus;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * What the shaded jar promises a project on other versions of Stratus's libraries: the project's own
 * Jackson and Netty are the ones it loads, Stratus's copies live under {@code io.stratus.shaded}, and the jar
 * brings nothing else to the classpath.
 */
class ClasspathIsolationTest {

    private static Path jarOf(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static boolean onClasspath(String className) {
        try {
            Class.forName(className, false, ClasspathIsolationTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    @Test
    void stratusComesFromTheShadedJarNotFromClasses() throws Exception {
        Path jar = jarOf(Stratus.class);

        assertThat(jar.getFileName().toString()).startsWith("stratus-junit5-").endsWith(".jar");
        assertThat(jarOf(Class.forName("io.stratus.shaded.io.netty.channel.Channel", false,
                getClass().getClassLoader()))).isEqualTo(jar);
    }

    @Test
    void theProjectsJacksonIsThePinnedOldOne() throws IOException {
        ObjectMapper json = new ObjectMapper();

        assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString())
                .isEqualTo(System.getProperty("expected.jackson.version"));
        assertThat(json.writeValueAsString(Map.of("id", "o-1"))).isEqualTo("{\"id\":\"o-1\"}");
        assertThat(json.readTree("{\"n\":42}").get("n").asInt()).isEqualTo(42);
    }

    @Test
    void theProjectsNettyIsThePinnedOldOneAndWorks() throws URISyntaxException {
        String expected = System.getProperty("expected.netty.version");

        assertThat(Version.identify().get("netty-transport").artifactVersion()).isEqualTo(expected);
        assertThat(jarOf(Channel.class).getFileName().toString()).isEqualTo("netty-transport-" + expected + ".jar");
        EmbeddedChannel channel = new EmbeddedChannel(new HttpRequestEncoder());
        channel.writeOutbound(new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/orders"));
        ByteBuf encoded = channel.readOutbound();
        assertThat(encoded.toString(StandardCharsets.US_ASCII)).startsWith("GET /orders HTTP/1.1");
        encoded.release();
        assertThat(channel.finish()).isFalse();
    }

    @Test
    void stratusLibrariesAreNotOnTheClasspathUnderTheirOwnNames() {
        assertThat(onClasspath("org.h2.mvstore.MVStore")).isFalse();
        assertThat(onClasspath("org.yaml.snakeyaml.Yaml")).isFalse();
        assertThat(onClasspath("org.objectweb.asm.ClassReader")).isFalse();
        assertThat(onClasspath("com.amazonaws.services.lambda.runtime.serialization.PojoSerializer")).isFalse();
        assertThat(onClasspath("io.netty.channel.MultiThreadIoEventLoopGroup")).isFalse(); // new in Netty 4.2
        assertThat(onClasspath("io.stratus.shaded.org.h2.mvstore.MVStore")).isTrue();
        assertThat(onClasspath("io.stratus.shaded.org.yaml.snakeyaml.Yaml")).isTrue();
    }

    @Test
    void lambdaCoreInterfacesAreTheOneUnrelocatedCopy() throws Exception {
        assertThat(jarOf(com.amazonaws.services.lambda.runtime.RequestHandler.class).getFileName().toString())
                .startsWith("aws-lambda-java-core-");
        assertThat(Collections.list(getClass().getClassLoader()
                .getResources("com/amazonaws/services/lambda/runtime/RequestHandler.class"))).hasSize(1);
    }

    @Test
    void theJarRegistersNothingUnderAnotherLibrarysName() throws Exception {
        ClassLoader loader = getClass().getClassLoader();
        String stratusJar = jarOf(Stratus.class).toUri().toString();

        for (String resource : List.of("META-INF/services/java.sql.Driver",
                "META-INF/services/org.slf4j.spi.SLF4JServiceProvider",
                "META-INF/services/com.fasterxml.jackson.core.JsonFactory",
                "META-INF/io.netty.versions.properties", "simplelogger.properties")) {
            assertThat(Collections.list(loader.getResources(resource)))
                    .as(resource).noneMatch(url -> url.toString().contains(stratusJar));
        }
    }

    @Test
    void everyClassOfTheJarLivesUnderIoStratusIncludingMultiReleaseVersions() throws Exception {
        try (JarFile jar = new JarFile(jarOf(Stratus.class).toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Multi-Release")).isEqualTo("true");
            List<String> strays = jar.stream()
                    .map(JarEntry::getName)
                    .filter(name -> name.endsWith(".class"))
                    .map(name -> name.startsWith("META-INF/versions/") ? name.replaceFirst("^META-INF/versions/\\d+/", "")
                            : name)
                    .filter(name -> !name.startsWith("io/stratus/"))
                    .toList();
            assertThat(strays).isEmpty();
        }
    }

    @Test
    void stratusServesOnItsRelocatedNettyBesideTheProjectsNetty() throws Exception {
        try (Stratus stratus = Stratus.builder().start()) {
            assertThat(stratus.dynamoDb().listTables().tableNames()).isEmpty();
        }
        assertThat(jarOf(Class.forName("io.stratus.shaded.io.netty.channel.MultiThreadIoEventLoopGroup")))
                .isEqualTo(jarOf(Stratus.class));
    }
}
