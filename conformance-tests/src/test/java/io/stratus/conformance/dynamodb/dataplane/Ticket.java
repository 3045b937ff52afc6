package io.stratus.conformance.dynamodb.dataplane;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondaryPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondarySortKey;

/**
 * A support ticket mapped by the Enhanced client: partition key {@code id}; global secondary
 * index {@value #BY_STATUS} on {@code status} (S) and {@code opened} (N).
 */
@DynamoDbBean
public class Ticket {

    /** The name of the index on status and opening time. */
    public static final String BY_STATUS = "byStatus";

    private String id;
    private String status;
    private Integer opened;
    private String title;

    /** An empty ticket, for the mapper. */
    public Ticket() {
    }

    /** A ticket with every attribute. */
    public Ticket(String id, String status, Integer opened, String title) {
        this.id = id;
        this.status = status;
        this.opened = opened;
        this.title = title;
    }

    @DynamoDbPartitionKey
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    @DynamoDbSecondaryPartitionKey(indexNames = BY_STATUS)
    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    @DynamoDbSecondarySortKey(indexNames = BY_STATUS)
    public Integer getOpened() {
        return opened;
    }

    public void setOpened(Integer opened) {
        this.opened = opened;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
