package io.stratus.lambda.load;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Resolves a project's dependencies by running {@code mvn dependency:build-classpath} in its directory, with
 * the {@code mvn} of {@code MAVEN_HOME} or {@code M2_HOME} if set, else the one on {@code PATH}. It uses the
 * developer's own settings and local repository, so it resolves exactly what their build does.
 */
public final class MavenDependencyResolver implements DependencyResolver {
    /**
     * Pinned, rather than {@code dependency:build-classpath}, so that Maven needs no plugin metadata from the
     * network to pick a version: once this plugin is in the local repository, resolution works offline.
     */
    static final String PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath";
    /** Generous: a first resolution may download the whole dependency tree. */
    private static final long TIMEOUT_MINUTES = 10;
    private static final int OUTPUT_TAIL_CHARS = 2000;

    private final Path mvn;

    private MavenDependencyResolver(Path mvn) {
        this.mvn = mvn;
    }

    /** Uses the given {@code mvn} executable. */
    public static MavenDependencyResolver using(Path mvn) {
        return new MavenDependencyResolver(mvn);
    }

    /** Finds {@code mvn} as a shell would: {@code MAVEN_HOME}/{@code M2_HOME} first, then {@code PATH}. */
    public static Optional<MavenDependencyResolver> find() {
        return locateMvn().map(MavenDependencyResolver::new);
    }

    /**
     * A resolver that looks for {@code mvn} only when first asked, so that hosts which never deploy a Maven
     * project do not care whether Maven is installed.
     */
    public static DependencyResolver onDemand() {
        return project -> find()
                .orElseThrow(() -> new IOException("mvn not found: set MAVEN_HOME or put mvn on the PATH"))
                .resolve(project);
    }

    @Override
    public List<Path> resolve(Path projectDirectory) throws IOException {
        Path output = Files.createTempFile("stratus-classpath-", ".txt");
        Path log = Files.createTempFile("stratus-mvn-", ".log");
        try {
            Process process = new ProcessBuilder(mvn.toString(), "-B", "-q", "-Dstyle.color=never", PLUGIN,
                    "-Dmdep.outputFile=" + output, "-DincludeScope=runtime")
                    .directory(projectDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException("mvn did not finish within " + TIMEOUT_MINUTES + " minutes");
            }
            if (process.exitValue() != 0) {
                throw new IOException("mvn exited with " + process.exitValue() + ": " + tail(log));
            }
            return parse(Files.readString(output, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running mvn", e);
        } finally {
            Files.deleteIfExists(output);
            Files.deleteIfExists(log);
        }
    }

    /** The entries of a {@code build-classpath} output file: paths joined with the platform's separator. */
    static List<Path> parse(String classpath) {
        List<Path> jars = new ArrayList<>();
        for (String entry : classpath.trim().split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                jars.add(Path.of(entry.trim()));
            }
        }
        return jars;
    }

    private static String tail(Path log) throws IOException {
        String text = Files.readString(log, StandardCharsets.UTF_8).strip();
        return text.length() <= OUTPUT_TAIL_CHARS ? text : "..." + text.substring(text.length() - OUTPUT_TAIL_CHARS);
    }

    private static Optional<Path> locateMvn() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        String executable = windows ? "mvn.cmd" : "mvn";
        for (String home : new String[] {System.getenv("MAVEN_HOME"), System.getenv("M2_HOME")}) {
            if (home != null && !home.isBlank()) {
                Path candidate = Path.of(home, "bin", executable);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String directory : path.split(File.pathSeparator)) {
            if (!directory.isBlank()) {
                Path candidate = Path.of(directory, executable);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
