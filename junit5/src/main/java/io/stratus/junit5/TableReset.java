package io.stratus.junit5;

import io.stratus.server.StratusServer;

/**
 * Empties every table of an embedded Stratus before a test. The server runs in this JVM (the extension
 * starts it), so the reset goes straight to its engine: one call that empties items and index entries under
 * the engine's own locks, instead of a Scan and BatchWriteItem round trip per 25 items over HTTP.
 */
final class TableReset {
    private final StratusServer server;

    TableReset(StratusServer server) {
        this.server = server;
    }

    /** Deletes every item of every table, keeping the tables with their keys, indexes and settings. */
    void run() {
        server.resetTables();
    }
}
