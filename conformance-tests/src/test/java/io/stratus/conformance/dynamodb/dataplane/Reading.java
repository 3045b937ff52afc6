package io.stratus.conformance.dynamodb.dataplane;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/** A sensor reading mapped by the Enhanced client: partition key {@code sensor}, string sort key {@code at}. */
@DynamoDbBean
public class Reading {

    private String sensor;
    private String at;
    private Integer value;
    private String note;

    /** An empty reading, for the mapper. */
    public Reading() {
    }

    /** A reading with every attribute. */
    public Reading(String sensor, String at, Integer value, String note) {
        this.sensor = sensor;
        this.at = at;
        this.value = value;
        this.note = note;
    }

    @DynamoDbPartitionKey
    public String getSensor() {
        return sensor;
    }

    public void setSensor(String sensor) {
        this.sensor = sensor;
    }

    @DynamoDbSortKey
    public String getAt() {
        return at;
    }

    public void setAt(String at) {
        this.at = at;
    }

    public Integer getValue() {
        return value;
    }

    public void setValue(Integer value) {
        this.value = value;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
