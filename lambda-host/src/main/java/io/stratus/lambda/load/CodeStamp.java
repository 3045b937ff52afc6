package io.stratus.lambda.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * A cheap summary of files on disk (how many, their total size, the newest modification) that changes when
 * any of them is written, added or removed; compared between polls to notice rebuilt code.
 *
 * @param files the number of regular files
 * @param bytes their total size
 * @param newestModifiedNanos the latest modification time, in nanoseconds since the epoch
 */
public record CodeStamp(long files, long bytes, long newestModifiedNanos) {
    /** The stamp of nothing: what a missing path contributes. */
    public static final CodeStamp EMPTY = new CodeStamp(0, 0, Long.MIN_VALUE);

    /** Stamps a file, or a directory tree recursively; a missing path stamps as {@link #EMPTY}. */
    public static CodeStamp of(Path path) {
        Accumulator accumulator = new Accumulator();
        try {
            Files.walkFileTree(path, accumulator);
        } catch (NoSuchFileException gone) {
            // Deleted between listing and reading, as a compiler's clean step does: stamps as what is left.
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return accumulator.stamp();
    }

    /** This stamp and another combined, e.g. a project's pom and its classes. */
    public CodeStamp and(CodeStamp other) {
        return new CodeStamp(files + other.files, bytes + other.bytes,
                Math.max(newestModifiedNanos, other.newestModifiedNanos));
    }

    private static final class Accumulator extends SimpleFileVisitor<Path> {
        private long files;
        private long bytes;
        private long newest = Long.MIN_VALUE;

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (attributes.isRegularFile()) {
                files++;
                bytes += attributes.size();
                newest = Math.max(newest, attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            // A file that vanished mid-walk (a build rewriting it) is simply not counted this time.
            return FileVisitResult.CONTINUE;
        }

        CodeStamp stamp() {
            return new CodeStamp(files, bytes, newest);
        }
    }
}
