package io.stratus.lambda.load;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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
    /** The temporary copy this handle holds, shared with other handles to it; null when there is none. */
    private final Extraction extraction;
    private final AtomicBoolean closed = new AtomicBoolean();

    private FunctionCode(Path taskRoot, List<URL> classpath, Path extracted) {
        this(extracted == null ? null : new Extraction(extracted), taskRoot, List.copyOf(classpath));
    }

    private FunctionCode(Extraction extraction, Path taskRoot, List<URL> classpath) {
        this.taskRoot = taskRoot;
        this.classpath = classpath;
        this.extraction = extraction;
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

    /** Whether this is a temporary copy of an archive, which {@link #close} deletes. */
    boolean isExtracted() {
        return extraction != null;
    }

    /**
     * Another handle to the same laid-out files, for a second function deployed from the same code: the files are
     * deleted when the last handle is closed. Empty when every handle is already closed and the files are gone.
     */
    public Optional<FunctionCode> share() {
        if (extraction == null) {
            return Optional.of(new FunctionCode(null, taskRoot, classpath));
        }
        return extraction.retain() ? Optional.of(new FunctionCode(extraction, taskRoot, classpath)) : Optional.empty();
    }

    /**
     * Lets go of this handle; the last handle to an extracted archive deletes it, and the private copy of its
     * classes when it has one. Closing a handle twice counts once.
     */
    @Override
    public void close() {
        if (extraction != null && closed.compareAndSet(false, true) && extraction.release()) {
            Path extracted = extraction.root;
            deleteTree(extracted);
            try {
                Files.deleteIfExists(extracted.getParent().resolve(extracted.getFileName() + ".jar"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A temporary copy and how many open handles hold it; it cannot be revived once the count reaches zero. */
    private static final class Extraction {
        private final Path root;
        private final AtomicInteger holders = new AtomicInteger(1);

        Extraction(Path root) {
            this.root = root;
        }

        boolean retain() {
            int now;
            do {
                now = holders.get();
                if (now == 0) {
                    return false;
                }
            } while (!holders.compareAndSet(now, now + 1));
            return true;
        }

        /** True when this was the last holder. */
        boolean release() {
            return holders.decrementAndGet() == 0;
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
            // Start-up time is dominated by file-system calls here (a shaded jar has over a thousand resources), so
            // each directory is created once, and files are opened with truncation rather than deleted first as
            // Files.copy(REPLACE_EXISTING) does: the target is fresh, so only a duplicate entry meets an old file.
            Set<Path> directories = new HashSet<>();
            directories.add(target);
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
                        createDirectories(out, directories);
                    } else {
                        createDirectories(out.getParent(), directories);
                        try (InputStream in = zip.getInputStream(entry);
                             OutputStream file = Files.newOutputStream(out)) {
                            in.transferTo(file);
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

    private static void createDirectories(Path directory, Set<Path> created) throws IOException {
        if (created.add(directory)) {
            Files.createDirectories(directory);
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
