package io.stratus.dynamo.storage;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The engine's persistence: item stores by name plus a small catalog of table metadata.
 *
 * <p>A write is durable against a crash of the process once {@link #awaitDurable()} called after it
 * has returned, and everything written is durable once {@link #close()} returns. Implementations
 * are thread-safe.
 */
public interface Storage extends AutoCloseable {

    /** The item store named {@code name}, created empty if it does not exist. */
    ItemStore items(String name);

    /** Whether an item store named {@code name} exists (was ever created and not dropped). */
    boolean hasItems(String name);

    /** Deletes the item store named {@code name} and all its entries. */
    void dropItems(String name);

    /** All catalog entries (table name to encoded metadata). */
    Map<String, byte[]> catalog();

    /** Stores a catalog entry. */
    void putCatalog(String tableName, byte[] metadata);

    /** Removes a catalog entry. */
    void removeCatalog(String tableName);

    /** Makes everything written so far durable. */
    void commit();

    /**
     * Returns once everything this thread wrote before the call would survive the process being
     * killed (not necessarily a power loss): concurrent callers share one commit. Free when the
     * storage is not persistent.
     */
    void awaitDurable();

    /**
     * {@link #awaitDurable()} without holding the calling thread: a future completed once everything
     * this thread wrote before the call would survive the process being killed, or failed with what
     * the commit threw. Already complete when the storage is not persistent.
     */
    CompletableFuture<Void> durable();

    @Override
    void close();
}
