package io.stratus.lambda.load;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A function's code laid out as Lambda lays it out in {@code /var/task}: the root (classes and resources)
 * followed by {@code lib/*.jar} in lexical order. A jar or zip is extracted once, as Lambda unzips the
 * deployment package; no code location means the host's classpath (embedded mode).
 */
public final class FunctionCode implements AutoCloseable {
    private final Path taskRoot;
    private final List<URL> classpath;
    private final Path extracted;

    private FunctionCode(Path taskRoot, List<URL> classpath, Path extracted) {
        this.taskRoot = taskRoot;
        this.classpath = List.copyOf(classpath);
        this.extracted = extracted;
    }

    /** Lays out the code at {@code location}, or the host classpath when empty. */
    public static FunctionCode at(Optional<Path> location) {
        if (location.isEmpty()) {
            return hostClasspath();
        }
        Path path = location.get().toAbsolutePath();
        if (Files.isDirectory(path)) {
            return directory(path);
        }
        if (Files.isRegularFile(path)) {
            return archive(path);
        }
        throw new IllegalArgumentException("code location does not exist: " + path);
    }

    /** A directory used in place as the task root: its classes and resources, then {@code lib/*.jar}. */
    public static FunctionCode directory(Path root) {
        return new FunctionCode(root, taskRootClasspath(root), null);
    }

    /**
     * A jar or zip deployment package in a fresh temporary task root that {@link #close} deletes. A package with
     * {@code lib/*.jar} is extracted, as Lambda unzips it. A package without (a plain or shaded jar) keeps its
     * classes in a private copy of the archive and only its other files are extracted: a shaded jar holds
     * thousands of classes, and writing each out as a file made every deployment of such a jar take seconds.
     * Classes and resources load the same either way; only files under {@code LAMBDA_TASK_ROOT} that end in
     * {@code .class} are not there as files.
     */
    public static FunctionCode archive(Path file) {
        if (hasLibraries(file)) {
            Path directory = extract(file, entry -> true);
            return new FunctionCode(directory, taskRootClasspath(directory), directory);
        }
        Path directory = extract(file, entry -> !entry.getName().endsWith(".class"));
        Path classes = directory.getParent().resolve(directory.getFileName() + ".jar");
        try {
            Files.copy(file, classes, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            deleteTree(directory);
            throw new UncheckedIOException("cannot copy " + file, e);
        }
        List<URL> urls = new ArrayList<>(taskRootClasspath(directory));
        urls.add(toUrl(classes));
        return new FunctionCode(directory, urls, directory);
    }

    private static boolean hasLibraries(Path archive) {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (name.startsWith("lib/") && name.endsWith(".jar")) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            // not a readable zip (yet): let extraction report it as it always has
            return true;
        }
    }

    /** A classes directory as the task root followed by the given jars, as a Maven project runs. */
    public static FunctionCode withLibraries(Path classes, List<Path> jars) {
        List<URL> urls = new ArrayList<>();
        urls.add(toUrl(classes));
        jars.forEach(jar -> urls.add(toUrl(jar)));
        return new FunctionCode(classes, urls, null);
    }

    /** What {@code LAMBDA_TASK_ROOT} points at. */
    public Path taskRoot() {
        return taskRoot;
    }

    /** The class loader's roots, in Lambda's order. */
    public List<URL> classpath() {
        return classpath;
    }

    /** Deletes an extracted archive, and the private copy of its classes when it has one. */
    @Override
    public void close() {
        if (extracted != null) {
            deleteTree(extracted);
            try {
                Files.deleteIfExists(extracted.getParent().resolve(extracted.getFileName() + ".jar"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<URL> taskRootClasspath(Path root) {
        List<URL> urls = new ArrayList<>();
        urls.add(toUrl(root));
        Path lib = root.resolve("lib");
        if (Files.isDirectory(lib)) {
            try (Stream<Path> jars = Files.list(lib)) {
                jars.filter(p -> p.getFileName().toString().endsWith(".jar"))
                        .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                        .forEach(p -> urls.add(toUrl(p)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return urls;
    }

    private static Path extract(Path archive, Predicate<ZipEntry> wanted) {
        Path target;
        try {
            target = Files.createTempDirectory("stratus-task-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extract " + archive, e);
        }
        try {
            try (ZipFile zip = new ZipFile(archive.toFile())) {
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry entry = entries.nextElement();
                    if (!wanted.test(entry)) {
                        continue;
                    }
                    Path out = target.resolve(entry.getName()).normalize();
                    if (!out.startsWith(target)) {
                        throw new IllegalArgumentException("archive entry escapes the task root: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(out);
                    } else {
                        Files.createDirectories(out.getParent());
                        try (InputStream in = zip.getInputStream(entry)) {
                            Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            }
            return target;
        } catch (IOException | RuntimeException e) {
            // A package still being written is not a valid zip yet: leave no half-extracted copy behind.
            deleteTree(target);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new UncheckedIOException("cannot extract " + archive, (IOException) e);
        }
    }

    private static FunctionCode hostClasspath() {
        Set<URL> urls = new LinkedHashSet<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                addWithManifestClassPath(Paths.get(entry).toAbsolutePath(), urls);
            }
        }
        return new FunctionCode(Paths.get(System.getProperty("user.dir")), new ArrayList<>(urls), null);
    }

    /** Follows {@code Class-Path} manifest entries, as launchers such as surefire's booter jar rely on. */
    private static void addWithManifestClassPath(Path entry, Set<URL> urls) {
        if (!Files.exists(entry) || !urls.add(toUrl(entry)) || Files.isDirectory(entry)) {
            return;
        }
        try (JarFile jar = new JarFile(entry.toFile())) {
            if (jar.getManifest() == null) {
                return;
            }
            String classPath = jar.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            if (classPath == null) {
                return;
            }
            for (String reference : classPath.trim().split("\\s+")) {
                URL resolved = new URL(toUrl(entry), reference);
                if ("file".equals(resolved.getProtocol())) {
                    addWithManifestClassPath(Paths.get(resolved.toURI()), urls);
                }
            }
        } catch (IOException | java.net.URISyntaxException e) {
            // An unreadable jar simply contributes no Class-Path entries, as for the JVM's own launcher.
        }
    }

    private static URL toUrl(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
