package io.stratus.lambda.runtime.log;

/** Where bytes a function prints end up. */
@FunctionalInterface
public interface LogTarget {
    /** Appends {@code len} bytes of {@code bytes} from {@code off}. */
    void write(byte[] bytes, int off, int len);
}
