package io.stratus.lambda.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Decides what a function's code location is: nothing (the host's classpath, embedded mode), a directory
 * holding {@code pom.xml} (a Maven project, see {@link MavenProjectCode}), any other directory (a task root
 * such as {@code .aws-sam/build/<LogicalId>}: classes at its root and {@code lib/*.jar}), or a jar or zip
 * deployment package.
 */
public final class CodeLocator {
    private CodeLocator() {
    }

    /**
     * The source of {@code functionName}'s code.
     *
     * @throws FunctionCodeException when the location does not exist
     */
    public static CodeSource locate(String functionName, Optional<Path> location, DependencyResolver resolver) {
        if (location.isEmpty()) {
            return new HostClasspath();
        }
        Path path = location.get().toAbsolutePath().normalize();
        if (Files.isDirectory(path)) {
            return Files.isRegularFile(path.resolve("pom.xml"))
                    ? new MavenProjectCode(functionName, path, resolver)
                    : new TaskDirectory(path);
        }
        if (Files.isRegularFile(path)) {
            return new Archive(path);
        }
        throw new FunctionCodeException("Function " + functionName + ": code location " + path + " does not exist");
    }

    /** Embedded mode: the host's classpath, which a running JVM cannot rebuild, so it is never reloaded. */
    private record HostClasspath() implements CodeSource {
        @Override
        public FunctionCode layOut() {
            return FunctionCode.at(Optional.empty());
        }

        @Override
        public Optional<CodeStamp> stamp() {
            return Optional.empty();
        }

        @Override
        public String describe() {
            return "the host classpath";
        }
    }

    /** A directory laid out as {@code /var/task}; used in place, so classes not yet loaded come from disk. */
    private record TaskDirectory(Path root) implements CodeSource {
        @Override
        public FunctionCode layOut() {
            return FunctionCode.directory(root);
        }

        @Override
        public Optional<CodeStamp> stamp() {
            return Optional.of(CodeStamp.of(root));
        }

        @Override
        public String describe() {
            return root.toString();
        }
    }

    /** A jar or zip, extracted afresh for each version so that running environments keep their own copy. */
    private record Archive(Path file) implements CodeSource {
        @Override
        public FunctionCode layOut() {
            return FunctionCode.archive(file);
        }

        @Override
        public Optional<CodeStamp> stamp() {
            return Optional.of(CodeStamp.of(file));
        }

        @Override
        public String describe() {
            return file.toString();
        }
    }
}
