package io.stratus.gateway.template;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A DynamoDB table declared by the template, as the CreateTable request that creates it.
 *
 * @param logicalId          the resource's logical id in the template
 * @param tableName          the physical table name ({@code TableName}, or generated like CloudFormation does)
 * @param createTableRequest the CreateTable request body in DynamoDB's JSON wire format
 */
public record TableDefinition(String logicalId, String tableName, ObjectNode createTableRequest) {

    /**
     * The stream label in {@code !GetAtt Table.StreamArn}. CloudFormation reports the time the stream was
     * created; a template is resolved before any table exists, so Stratus uses this fixed label, and the
     * engine should label template tables' streams the same way for the ARNs to match.
     */
    public static final String STREAM_LABEL = "1970-01-01T00:00:00.000";

    /** Keeps a private copy, because Jackson trees are mutable and the record must not be. */
    public TableDefinition {
        createTableRequest = createTableRequest.deepCopy();
    }

    /** Returns a fresh copy of the request, so a caller that edits it cannot change this definition. */
    @Override
    public ObjectNode createTableRequest() {
        return createTableRequest.deepCopy();
    }
}
