package io.stratus.lambda.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A function whose {@code CodeUri} is a Maven project directory, as SAM's Java templates write it: Stratus runs
 * its {@code target/classes} with its runtime dependencies, so an edit then {@code mvn compile} is enough,
 * without {@code sam build}.
 *
 * <p>The dependencies are resolved once and cached in {@code target/stratus/classpath.txt}, keyed by the
 * SHA-256 of {@code pom.xml}: a changed pom (or a cached jar gone from the local repository) resolves again.
 *
 * <p>When {@code mvn package} has made a shaded jar (recognised by the {@code original-<name>.jar} that
 * maven-shade-plugin leaves beside it) and that jar is newer than everything in {@code target/classes}, the
 * jar wins: it is what the developer built last, and it already holds the dependencies.
 */
final class MavenProjectCode implements CodeSource {
    static final String CLASSPATH_CACHE = "target/stratus/classpath.txt";
    private static final String HASH_PREFIX = "# pom.xml sha-256 ";

    private final String functionName;
    private final Path project;
    private final Path pom;
    private final Path target;
    private final Path classes;
    private final DependencyResolver resolver;

    MavenProjectCode(String functionName, Path project, DependencyResolver resolver) {
        this.functionName = functionName;
        this.project = project;
        this.pom = project.resolve("pom.xml");
        this.target = project.resolve("target");
        this.classes = target.resolve("classes");
        this.resolver = resolver;
    }

    @Override
    public FunctionCode layOut() {
        Optional<Path> shaded = shadedJar();
        CodeStamp compiled = CodeStamp.of(classes);
        if (shaded.isPresent() && modifiedNanos(shaded.get()) > compiled.newestModifiedNanos()) {
            return FunctionCode.archive(shaded.get());
        }
        if (compiled.files() == 0) {
            throw new FunctionCodeException("Function " + functionName + ": no compiled classes in " + classes
                    + " — run mvn package in " + project);
        }
        return FunctionCode.withLibraries(classes, dependencies());
    }

    @Override
    public Optional<CodeStamp> stamp() {
        CodeStamp stamp = CodeStamp.of(pom).and(CodeStamp.of(classes));
        for (Path jar : jarsInTarget()) {
            stamp = stamp.and(CodeStamp.of(jar));
        }
        return Optional.of(stamp);
    }

    @Override
    public String describe() {
        return "Maven project " + project;
    }

    /** The runtime dependencies, from the cache when the pom has not changed since they were resolved. */
    List<Path> dependencies() {
        String hash = sha256(pom);
        Path cache = project.resolve(CLASSPATH_CACHE);
        Optional<List<Path>> cached = readCache(cache, hash);
        if (cached.isPresent()) {
            return cached.get();
        }
        List<Path> resolved;
        try {
            resolved = List.copyOf(resolver.resolve(project));
        } catch (IOException e) {
            throw new FunctionCodeException("Function " + functionName + ": cannot resolve the dependencies of "
                    + project + ": " + e.getMessage(), e);
        }
        writeCache(cache, hash, resolved);
        return resolved;
    }

    private static Optional<List<Path>> readCache(Path cache, String hash) {
        if (!Files.isRegularFile(cache)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(cache, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(HASH_PREFIX + hash)) {
                return Optional.empty();
            }
            List<Path> jars = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isBlank()) {
                    Path jar = Path.of(line);
                    if (!Files.exists(jar)) {
                        return Optional.empty();
                    }
                    jars.add(jar);
                }
            }
            return Optional.of(List.copyOf(jars));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void writeCache(Path cache, String hash, List<Path> jars) {
        List<String> lines = new ArrayList<>();
        lines.add(HASH_PREFIX + hash);
        jars.forEach(jar -> lines.add(jar.toString()));
        try {
            Files.createDirectories(cache.getParent());
            Path partial = cache.resolveSibling(cache.getFileName() + ".tmp");
            Files.write(partial, lines, StandardCharsets.UTF_8);
            Files.move(partial, cache, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Only the cache is lost: the next start resolves again.
        }
    }

    private Optional<Path> shadedJar() {
        return jarsInTarget().stream()
                .filter(jar -> !jar.getFileName().toString().startsWith("original-"))
                .filter(jar -> Files.exists(jar.resolveSibling("original-" + jar.getFileName())))
                .findFirst();
    }

    private List<Path> jarsInTarget() {
        if (!Files.isDirectory(target)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long modifiedNanos(Path file) {
        try {
            FileTime time = Files.getLastModifiedTime(file);
            return time.to(java.util.concurrent.TimeUnit.NANOSECONDS);
        } catch (IOException e) {
            return Long.MIN_VALUE;
        }
    }

    private String sha256(Path file) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
            return HexFormat.of().formatHex(digest);
        } catch (IOException e) {
            throw new FunctionCodeException("Function " + functionName + ": cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
