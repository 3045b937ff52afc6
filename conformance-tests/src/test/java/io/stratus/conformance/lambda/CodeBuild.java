package io.stratus.conformance.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds function code at test time the way a developer's build does: compiles handler sources kept as test
 * resources under {@code lambda/template/sources/}, and packs the classes into jars and deployment zips.
 */
final class CodeBuild {
    private static final String SOURCES = "/lambda/template/sources/";

    private CodeBuild() {
    }

    /**
     * Compiles the {@code .java} files of the given source directories (under {@code sources/}) into
     * {@code classes}, against the Lambda core interfaces and {@code classpath}.
     *
     * @throws AssertionError with the compiler's diagnostics when they do not compile
     */
    static Path compile(Path classes, List<Path> classpath, String... sourceDirectories) {
        return compile(classes, classpath, Arrays.stream(sourceDirectories).map(d -> resource(SOURCES + d)).toList());
    }

    /** As {@link #compile(Path, List, String...)}, for source trees anywhere on disk. */
    static Path compile(Path classes, List<Path> classpath, List<Path> sourceRoots) {
        List<String> files = new ArrayList<>();
        for (Path root : sourceRoots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".java")).forEach(p -> files.add(p.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<Path> path = new ArrayList<>(classpath);
        path.add(jarOf(Context.class));
        List<String> arguments = new ArrayList<>(List.of("--release", "17", "-proc:none", "-nowarn",
                "-d", classes.toString(),
                "-classpath", path.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator))));
        arguments.addAll(files);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        try {
            Files.createDirectories(classes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (javac.run(null, diagnostics, diagnostics, arguments.toArray(String[]::new)) != 0) {
            throw new AssertionError("function sources do not compile:\n"
                    + diagnostics.toString(StandardCharsets.UTF_8));
        }
        return classes;
    }

    /**
     * Packs {@code root}'s tree into a jar or zip, and each library under {@code lib/}. It is written beside the
     * target and moved into place, as a build tool replaces its output, so a watcher never sees half a file.
     */
    static Path pack(Path root, List<Path> libraries, Path archive) {
        try {
            Files.createDirectories(archive.getParent());
            Path partial = archive.resolveSibling(archive.getFileName() + ".part");
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(partial));
                 Stream<Path> files = Files.walk(root)) {
                // The libraries are jars already: storing them keeps packing fast.
                out.setLevel(Deflater.NO_COMPRESSION);
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    out.putNextEntry(new ZipEntry(root.relativize(file).toString().replace('\\', '/')));
                    Files.copy(file, out);
                    out.closeEntry();
                }
                for (Path library : libraries) {
                    out.putNextEntry(new ZipEntry("lib/" + library.getFileName()));
                    Files.copy(library, out);
                    out.closeEntry();
                }
            }
            return Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a test resource to a file. */
    static Path copyResource(String resource, Path target) {
        try (InputStream in = CodeBuild.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            Files.createDirectories(target.getParent());
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The jar (or classes directory) a class was loaded from. */
    static Path jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What a function bundling the AWS SDK's DynamoDB client puts in {@code lib/}: the SDK's jars from the test
     * classpath (surefire names it in {@code surefire.test.class.path}), with the URL-connection HTTP client as
     * the only one, as a lean Lambda package has it.
     */
    static List<Path> dynamoDbSdkJars() {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<Path> jars = Arrays.stream(classpath.split(File.pathSeparator))
                .filter(entry -> entry.endsWith(".jar"))
                .filter(entry -> entry.contains("/software/amazon/") || entry.contains("/org/reactivestreams/")
                        || entry.contains("/org/slf4j/slf4j-api/"))
                .filter(entry -> Stream.of("/lambda/", "/dynamodb-enhanced/", "/netty-nio-client/", "/apache-client/",
                        "/apache5-client/", "/aws-crt").noneMatch(entry::contains))
                .map(Path::of)
                .toList();
        if (jars.stream().noneMatch(jar -> jar.getFileName().toString().startsWith("dynamodb-"))) {
            throw new IllegalStateException("the DynamoDB SDK is not on the test classpath: " + classpath);
        }
        return jars;
    }

    /** A directory of test resources under {@code lambda/template/sources/}. */
    static Path sources(String directory) {
        return resource(SOURCES + directory);
    }

    private static Path resource(String name) {
        URL url = CodeBuild.class.getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
