package io.stratus.conformance.dynamodb;

import static io.stratus.conformance.dynamodb.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stratus.conformance.target.ConformanceTest;
import io.stratus.conformance.target.Tables;
import io.stratus.conformance.target.Target;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

@ConformanceTest
class EnhancedClientTest {

    private static final TableSchema<Order> SCHEMA = TableSchema.fromBean(Order.class);

    @Test
    void enhancedClientCreatesATableFromTheBeanSchema(Tables tables, Target target) {
        String name = Tables.uniqueName("enhanced");
        DynamoDbTable<Order> orders = target.enhanced().table(name, SCHEMA);

        orders.createTable(r -> r.provisionedThroughput(t -> t.readCapacityUnits(1L).writeCapacityUnits(1L)));
        tables.track(name);
        target.dynamo().waiter().waitUntilTableExists(r -> r.tableName(name));

        TableDescription table = orders.describeTable().table();
        assertThat(table.keySchema()).containsExactly(
                Tables.key("customerId", KeyType.HASH), Tables.key("orderId", KeyType.RANGE));
    }

    @Test
    void enhancedClientRoundTripsABeanWithEveryKindOfAttribute(Tables tables, Target target) {
        DynamoDbTable<Order> orders = ordersTable(tables, target);
        Order order = sampleOrder();

        orders.putItem(order);
        Order read = orders.getItem(r -> r.key(Key.builder().partitionValue("c-1").sortValue("o-1").build())
                .consistentRead(true));

        assertThat(read).isEqualTo(order);
    }

    @Test
    void enhancedClientWritesTheBeanAsTheDynamoDbTypesAUserExpects(Tables tables, Target target) {
        DynamoDbTable<Order> orders = ordersTable(tables, target);
        orders.putItem(sampleOrder());

        Map<String, AttributeValue> raw = target.dynamo().getItem(r -> r.tableName(orders.tableName())
                .key(Map.of("customerId", AttributeValue.fromS("c-1"), "orderId", AttributeValue.fromS("o-1")))).item();

        assertThat(raw.get("total").n()).isEqualTo("12.5");
        assertThat(raw.get("notes").l()).extracting(AttributeValue::s).containsExactly("ring twice", "fragile");
        assertThat(raw.get("quantities").m().get("apple").n()).isEqualTo("3");
        assertThat(raw.get("labels").ss()).containsExactlyInAnyOrder("express", "paid");
        assertThat(raw.get("gift").bool()).isTrue();
        assertThat(raw.get("shipTo").m().get("city").s()).isEqualTo("Lisbon");
    }

    @Test
    void enhancedClientDeleteItemReturnsTheDeletedBean(Tables tables, Target target) {
        DynamoDbTable<Order> orders = ordersTable(tables, target);
        Order order = sampleOrder();
        orders.putItem(order);
        Key key = Key.builder().partitionValue("c-1").sortValue("o-1").build();

        Order deleted = orders.deleteItem(key);

        assertThat(deleted).isEqualTo(order);
        assertThat(orders.getItem(r -> r.key(key).consistentRead(true))).isNull();
    }

    @Test
    void enhancedClientGetItemFromAMissingTableIsNotFound(Target target) {
        DynamoDbTable<Order> orders = target.enhanced().table(Tables.uniqueName("missing"), SCHEMA);

        assertThatThrownBy(() -> orders.getItem(Key.builder().partitionValue("c").sortValue("o").build()))
                .satisfies(e -> assertError(e, ResourceNotFoundException.class, AwsMessages.RESOURCE_NOT_FOUND));
    }

    private static DynamoDbTable<Order> ordersTable(Tables tables, Target target) {
        String name = Tables.uniqueName("orders");
        DynamoDbTable<Order> orders = target.enhanced().table(name, SCHEMA);
        orders.createTable(r -> r.provisionedThroughput(t -> t.readCapacityUnits(1L).writeCapacityUnits(1L)));
        tables.track(name);
        target.dynamo().waiter().waitUntilTableExists(r -> r.tableName(name));
        return orders;
    }

    private static Order sampleOrder() {
        Address address = new Address();
        address.setCity("Lisbon");
        address.setFloor(3);
        Order order = new Order();
        order.setCustomerId("c-1");
        order.setOrderId("o-1");
        order.setTotal(new BigDecimal("12.5"));
        order.setNotes(List.of("ring twice", "fragile"));
        order.setQuantities(Map.of("apple", 3, "pear", 1));
        order.setLabels(Set.of("express", "paid"));
        order.setGift(true);
        order.setShipTo(address);
        return order;
    }
}
