package io.stratus.conformance.dynamodb;

import java.util.Objects;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;

/** A delivery address, nested inside {@link Order} as a map attribute. */
@DynamoDbBean
public final class Address {
    private String city;
    private Integer floor;

    /** The city. */
    public String getCity() {
        return city;
    }

    /** Sets the city. */
    public void setCity(String city) {
        this.city = city;
    }

    /** The floor, a number inside the nested map. */
    public Integer getFloor() {
        return floor;
    }

    /** Sets the floor. */
    public void setFloor(Integer floor) {
        this.floor = floor;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Address other && Objects.equals(city, other.city) && Objects.equals(floor, other.floor);
    }

    @Override
    public int hashCode() {
        return Objects.hash(city, floor);
    }

    @Override
    public String toString() {
        return "Address[" + city + ", floor " + floor + "]";
    }
}
