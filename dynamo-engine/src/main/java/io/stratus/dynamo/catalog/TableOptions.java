package io.stratus.dynamo.catalog;

import java.util.List;

/**
 * Table settings DynamoDB echoes but Stratus does not act on yet: stream specification,
 * server-side encryption, table class, tags. Any member may be {@code null} when not given.
 */
public record TableOptions(Boolean streamEnabled, String streamViewType, Boolean sseEnabled, String sseType,
                           String kmsMasterKeyId, String tableClass, List<Tag> tags) {

    /** No options set. */
    public static final TableOptions NONE = new TableOptions(null, null, null, null, null, null, List.of());

    public TableOptions {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A resource tag. */
    public record Tag(String key, String value) {
    }
}
