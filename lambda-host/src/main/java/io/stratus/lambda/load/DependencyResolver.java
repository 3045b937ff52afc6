package io.stratus.lambda.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Resolves a Maven project's runtime dependencies to jar files, e.g. by running {@code mvn}. */
@FunctionalInterface
public interface DependencyResolver {
    /**
     * The jars the project needs at runtime (compile and runtime scope), in classpath order.
     *
     * @param projectDirectory the directory holding {@code pom.xml}
     * @throws IOException when resolution fails; the message says why
     */
    List<Path> resolve(Path projectDirectory) throws IOException;
}
