package io.stratus.server.lambda;

import io.stratus.lambda.config.FunctionConfig;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the Lambda API reports about a function beyond its {@link FunctionConfig}: when it was last modified, its
 * revision id and its code digest. An entry is made when a function is deployed (or first seen) and made again
 * whenever its configuration changes, as {@code LastModified} and {@code RevisionId} change on every update.
 */
public final class FunctionCatalog {

    /**
     * One function's details.
     *
     * @param config       the configuration they describe
     * @param lastModified when that configuration was deployed
     * @param revisionId   a fresh id per configuration
     * @param code         the code digest, computed on first use (hashing a large jar is not free)
     */
    public record Details(FunctionConfig config, Instant lastModified, String revisionId, Lazy code) {
    }

    /** The code digest, computed once on first use. */
    public static final class Lazy {
        private final FunctionConfig config;
        private volatile CodeDigest digest;

        Lazy(FunctionConfig config) {
            this.config = config;
        }

        /** The digest of the configuration's code. */
        public CodeDigest get() {
            CodeDigest known = digest;
            if (known == null) {
                known = CodeDigest.of(config.codeLocation());
                digest = known;
            }
            return known;
        }
    }

    private final Clock clock;
    private final Map<String, Details> entries = new ConcurrentHashMap<>();

    /** A catalog that stamps deployments with {@code clock}. */
    public FunctionCatalog(Clock clock) {
        this.clock = clock;
    }

    /** Records a deployment now. */
    public void deployed(FunctionConfig config) {
        entries.put(config.functionName(), fresh(config));
    }

    /** The details of {@code config}; a configuration not seen before counts as deployed now. */
    public Details details(FunctionConfig config) {
        return entries.compute(config.functionName(),
                (name, known) -> known != null && known.config().equals(config) ? known : fresh(config));
    }

    private Details fresh(FunctionConfig config) {
        return new Details(config, clock.instant(), UUID.randomUUID().toString(), new Lazy(config));
    }
}
