package io.stratus.lambda.load;

import java.util.Optional;

/**
 * Where a function's code comes from on disk, able to lay it out again after a rebuild: a deployment
 * package, a {@code sam build} directory, a Maven project, or the host's own classpath.
 */
public interface CodeSource {
    /**
     * Lays out the code as it is now, for new execution environments.
     *
     * @throws FunctionCodeException when the code is missing or its dependencies cannot be resolved
     */
    FunctionCode layOut();

    /** What the code looks like on disk now, to notice rebuilds; empty when it is never reloaded. */
    Optional<CodeStamp> stamp();

    /** A short description for log lines, e.g. the path. */
    String describe();
}
