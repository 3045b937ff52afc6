/**
 * Secondary index maintenance: each global and local secondary index is an ordered map of
 * projected items keyed by {@code encode(indexPk) + encode(indexSk?) + encode(tablePk) +
 * encode(tableSk?)}, changed together with the item under the item's stripe lock, built by a
 * backfill scan when a global index is added to a live table.
 */
package io.stratus.dynamo.index;
