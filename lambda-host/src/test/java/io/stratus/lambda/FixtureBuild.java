package io.stratus.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Builds function code the way a developer's build would, at test time: compiles Java sources against given
 * jars (plus the Lambda core interfaces), and packs class directories into jars and deployment zips.
 */
public final class FixtureBuild {
    private FixtureBuild() {
    }

    /**
     * Compiles {@code sources} (class name to source text) into {@code classes}.
     *
     * @throws AssertionError with the compiler's diagnostics when the sources do not compile
     */
    public static Path compile(Path classes, List<Path> classpath, Map<String, String> sources) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((className, text) -> units.add(new Source(className, text)));
        List<Path> path = new ArrayList<>(classpath);
        path.add(coreJar());
        StringWriter diagnostics = new StringWriter();
        try {
            Files.createDirectories(classes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> options = List.of("--release", "17", "-proc:none", "-nowarn", "-d", classes.toString(),
                "-classpath", path.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator)));
        boolean compiled = compiler.getTask(diagnostics, null, null, options, null, units).call();
        if (!compiled) {
            throw new AssertionError("fixture sources do not compile:\n" + diagnostics);
        }
        return classes;
    }

    /** Packs a class directory (or any tree) into a jar or zip, entries relative to {@code root}. */
    public static Path pack(Path root, Path archive) {
        return pack(root, List.of(), archive);
    }

    /** A deployment zip: {@code root}'s tree at the top and each library under {@code lib/}. */
    public static Path pack(Path root, List<Path> libraries, Path archive) {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(archive));
             Stream<Path> files = Files.walk(root)) {
            // Libraries are jars already: storing them uncompressed keeps packing fast.
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return archive;
    }

    /** The jars in a directory, e.g. {@code target/sdk-2.10}, sorted by name. */
    public static List<Path> jarsIn(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets a file's modification time, to order builds without sleeping. */
    public static void touch(Path file, Instant when) {
        try {
            Files.setLastModifiedTime(file, FileTime.from(when));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path coreJar() {
        try {
            return Path.of(Context.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String text;

        Source(String className, String text) {
            super(URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}
