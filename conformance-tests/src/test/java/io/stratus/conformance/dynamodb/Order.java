package io.stratus.conformance.dynamodb;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/** An order as a user's Enhanced-client bean: keys, a number, a list, a map, a set, a boolean and a nested bean. */
@DynamoDbBean
public final class Order {
    private String customerId;
    private String orderId;
    private BigDecimal total;
    private List<String> notes;
    private Map<String, Integer> quantities;
    private Set<String> labels;
    private Boolean gift;
    private Address shipTo;

    /** The partition key. */
    @DynamoDbPartitionKey
    public String getCustomerId() {
        return customerId;
    }

    /** Sets the partition key. */
    public void setCustomerId(String customerId) {
        this.customerId = customerId;
    }

    /** The sort key. */
    @DynamoDbSortKey
    public String getOrderId() {
        return orderId;
    }

    /** Sets the sort key. */
    public void setOrderId(String orderId) {
        this.orderId = orderId;
    }

    /** The order total, a number. */
    public BigDecimal getTotal() {
        return total;
    }

    /** Sets the total. */
    public void setTotal(BigDecimal total) {
        this.total = total;
    }

    /** Free-text notes, a list. */
    public List<String> getNotes() {
        return notes;
    }

    /** Sets the notes. */
    public void setNotes(List<String> notes) {
        this.notes = notes;
    }

    /** Quantity per product, a map. */
    public Map<String, Integer> getQuantities() {
        return quantities;
    }

    /** Sets the quantities. */
    public void setQuantities(Map<String, Integer> quantities) {
        this.quantities = quantities;
    }

    /** Labels, a string set. */
    public Set<String> getLabels() {
        return labels;
    }

    /** Sets the labels. */
    public void setLabels(Set<String> labels) {
        this.labels = labels;
    }

    /** Whether the order is a gift, a boolean. */
    public Boolean getGift() {
        return gift;
    }

    /** Sets the gift flag. */
    public void setGift(Boolean gift) {
        this.gift = gift;
    }

    /** The delivery address, a nested bean. */
    public Address getShipTo() {
        return shipTo;
    }

    /** Sets the delivery address. */
    public void setShipTo(Address shipTo) {
        this.shipTo = shipTo;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Order other
                && Objects.equals(customerId, other.customerId) && Objects.equals(orderId, other.orderId)
                && Objects.equals(total, other.total) && Objects.equals(notes, other.notes)
                && Objects.equals(quantities, other.quantities) && Objects.equals(labels, other.labels)
                && Objects.equals(gift, other.gift) && Objects.equals(shipTo, other.shipTo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(customerId, orderId, total, notes, quantities, labels, gift, shipTo);
    }

    @Override
    public String toString() {
        return "Order[" + customerId + "/" + orderId + ", total=" + total + ", notes=" + notes + ", quantities="
                + quantities + ", labels=" + labels + ", gift=" + gift + ", shipTo=" + shipTo + "]";
    }
}
