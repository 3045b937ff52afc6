package io.stratus.dynamo.ops;

import com.fasterxml.jackson.databind.JsonNode;
import io.stratus.dynamo.catalog.AttributeDefinition;
import io.stratus.dynamo.catalog.KeyElement;
import io.stratus.dynamo.catalog.SecondaryIndex;
import io.stratus.dynamo.catalog.TableMetadata;
import io.stratus.dynamo.catalog.Throughput;
import io.stratus.dynamo.error.DynamoDbException;
import io.stratus.dynamo.error.ErrorCode;
import io.stratus.dynamo.model.AttributeValue;
import io.stratus.dynamo.shape.Shape;
import io.stratus.dynamo.shape.Shapes;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * UpdateTable's {@code GlobalSecondaryIndexUpdates}: Create (built from the table's items before
 * UpdateTable returns, so ACTIVE at once), Delete and Update (provisioned throughput). Request
 * checks run before the table is looked at; the rest against the table's current metadata.
 * Texts: dynalite's suite where it covers them, otherwise as captured from DynamoDB by other
 * emulators (Dynoxide) and the ack-api-quirks message catalogue.
 */
final class GlobalIndexUpdates {

    private static final String INVALID = "One or more parameter values were invalid: ";

    static final Shape SHAPE = Shape.list(Shape.structure("GlobalSecondaryIndexUpdate")
            .member("Update", Shape.structure("UpdateGlobalSecondaryIndexAction")
                    .member("IndexName", Shapes.INDEX_NAME)
                    .member("ProvisionedThroughput", Shapes.PROVISIONED_THROUGHPUT.notNull()))
            .member("Create", Shape.structure("CreateGlobalSecondaryIndexAction")
                    .member("IndexName", Shapes.INDEX_NAME)
                    .member("KeySchema", Shapes.KEY_SCHEMA)
                    .member("Projection", Shapes.PROJECTION)
                    .member("ProvisionedThroughput", Shapes.PROVISIONED_THROUGHPUT))
            .member("Delete", Shape.structure("DeleteGlobalSecondaryIndexAction")
                    .member("IndexName", Shapes.INDEX_NAME)));

    private GlobalIndexUpdates() {
    }

    /** Checks the updates on their own, before the table is looked up. */
    static void checkRequest(JsonNode request) {
        JsonNode updates = Requests.member(request, "GlobalSecondaryIndexUpdates");
        if (updates == null) {
            return;
        }
        if (updates.isEmpty()) {
            throw DynamoDbException.validation(INVALID + "List of GlobalSecondaryIndexUpdates is empty");
        }
        Set<String> names = new HashSet<>();
        int online = 0;
        for (JsonNode update : updates) {
            int actions = (Requests.has(update, "Update") ? 1 : 0) + (Requests.has(update, "Create") ? 1 : 0)
                    + (Requests.has(update, "Delete") ? 1 : 0);
            if (actions == 0) {
                throw DynamoDbException.validation(INVALID + "One of GlobalSecondaryIndexUpdate.Update, "
                        + "GlobalSecondaryIndexUpdate.Create, GlobalSecondaryIndexUpdate.Delete must not be null");
            }
            if (actions > 1) {
                throw DynamoDbException.validation(INVALID
                        + "Only one global secondary index action is allowed per GlobalSecondaryIndexUpdate object");
            }
            JsonNode action = action(update);
            String name = Requests.text(action, "IndexName");
            if (!names.add(name)) {
                throw DynamoDbException.validation(INVALID
                        + "Only one global secondary index update per index is allowed simultaneously. Index: " + name);
            }
            if (Requests.has(update, "Update")) {
                TableRequests.checkedThroughput(action.get("ProvisionedThroughput"), " for index " + name);
            } else {
                online++;
            }
        }
        if (online > 1) {
            // developer guide: "You can create or delete only one global secondary index per UpdateTable operation"
            throw DynamoDbException.of(ErrorCode.LIMIT_EXCEEDED,
                    "Subscriber limit exceeded: Only 1 online index can be created or deleted simultaneously per table");
        }
        if (online == 1 && Requests.has(request, "StreamSpecification")) {
            throw DynamoDbException.validation(INVALID + "You cannot create or delete index while changing stream status");
        }
        if (online == 1 && Requests.has(request, "ProvisionedThroughput")) {
            throw DynamoDbException.validation(INVALID + "You cannot create or delete index while updating table IOPS");
        }
    }

    /** {@code current} with the updates applied ({@code current} itself when there are none). */
    static TableMetadata apply(JsonNode request, TableMetadata current, BigDecimal now) {
        JsonNode updates = Requests.member(request, "GlobalSecondaryIndexUpdates");
        if (updates == null) {
            return current;
        }
        List<SecondaryIndex> globals = new ArrayList<>(current.globalSecondaryIndexes());
        List<AttributeDefinition> definitions = new ArrayList<>(current.attributeDefinitions());
        for (JsonNode update : updates) {
            JsonNode action = action(update);
            String name = Requests.text(action, "IndexName");
            int at = position(globals, name);
            if (Requests.has(update, "Create")) {
                globals.add(create(request, action, name, current, definitions));
            } else if (Requests.has(update, "Delete")) {
                if (at < 0) {
                    if (isLocal(current, name)) {
                        throw DynamoDbException.validation(
                                "Cannot delete an index that is not a GlobalSecondaryIndex: " + name);
                    }
                    // DynamoDB's text names the index where it would name a table (recorded by Dynoxide)
                    throw DynamoDbException.resourceNotFound("Requested resource not found: Table: " + name
                            + " not found");
                }
                globals.remove(at);
            } else {
                if (at < 0) {
                    throw DynamoDbException.validation("This operation cannot be performed with given input values. "
                            + "Please contact DynamoDB service team for more info: Action Blocked: IndexUpdate");
                }
                globals.set(at, update(globals.get(at), action, current, now));
            }
        }
        return current.withGlobalIndexes(used(definitions, current, globals), globals);
    }

    private static SecondaryIndex create(JsonNode request, JsonNode action, String name, TableMetadata current,
                                         List<AttributeDefinition> definitions) {
        if (position(current.globalSecondaryIndexes(), name) >= 0 || isLocal(current, name)) {
            throw DynamoDbException.validation("Attempting to create an index which already exists");
        }
        JsonNode requested = Requests.member(request, "AttributeDefinitions");
        if (requested == null) {
            throw DynamoDbException.validation(INVALID + "AttributeDefinitions is not specified for index: " + name);
        }
        List<String> definedNames = new ArrayList<>();
        for (JsonNode d : requested) {
            String attribute = d.get("AttributeName").textValue();
            definedNames.add(attribute);
            boolean known = false;
            for (AttributeDefinition existing : definitions) {
                known |= existing.attributeName().equals(attribute);
            }
            // a redeclared attribute keeps its type (DynamoDB ignores the redeclaration, per Dynoxide)
            if (!known) {
                definitions.add(new AttributeDefinition(attribute,
                        AttributeValue.Type.fromDescriptor(d.get("AttributeType").textValue())));
            }
        }
        List<KeyElement> keys = CreateTable.indexKeys(action, definedNames);
        JsonNode pt = Requests.member(action, "ProvisionedThroughput");
        Throughput throughput = null;
        if (current.billingMode().equals(TableMetadata.PAY_PER_REQUEST)) {
            if (pt != null) {
                throw DynamoDbException.validation(INVALID + "Neither ReadCapacityUnits nor WriteCapacityUnits can be "
                        + "specified for index: " + name + " when BillingMode is PAY_PER_REQUEST");
            }
        } else {
            if (pt == null) {
                throw DynamoDbException.validation(INVALID + "ProvisionedThroughput must be specified for index: " + name);
            }
            throughput = TableRequests.checkedThroughput(pt, " for index " + name);
        }
        return CreateTable.projection(action, name, keys, throughput);
    }

    private static SecondaryIndex update(SecondaryIndex index, JsonNode action, TableMetadata current, BigDecimal now) {
        String name = index.indexName();
        if (current.billingMode().equals(TableMetadata.PAY_PER_REQUEST)) {
            throw DynamoDbException.validation(INVALID + "The only Updates for index: " + name
                    + " when TableThroughputMode is PAY_PER_REQUEST can be to OnDemandThroughput, WarmThroughput");
        }
        Throughput requested = TableRequests.checkedThroughput(action.get("ProvisionedThroughput"), " for index " + name);
        Throughput old = index.throughput();
        long readDiff = requested.readCapacityUnits() - old.readCapacityUnits();
        long writeDiff = requested.writeCapacityUnits() - old.writeCapacityUnits();
        if (readDiff == 0 && writeDiff == 0) {
            throw DynamoDbException.validation("The provisioned throughput for the index " + name + " will not change. "
                    + "The requested value equals the current value. Current ReadCapacityUnits provisioned for the "
                    + "index: " + old.readCapacityUnits() + ". Requested ReadCapacityUnits: "
                    + requested.readCapacityUnits() + ". Current WriteCapacityUnits provisioned for the index: "
                    + old.writeCapacityUnits() + ". Requested WriteCapacityUnits: " + requested.writeCapacityUnits()
                    + ". Refer to the Amazon DynamoDB Developer Guide for current limits and how to request higher "
                    + "limits.");
        }
        boolean increase = readDiff > 0 || writeDiff > 0;
        boolean decrease = readDiff < 0 || writeDiff < 0;
        Throughput next = new Throughput(requested.readCapacityUnits(), requested.writeCapacityUnits(),
                increase ? now : old.lastIncreaseDateTime(), decrease ? now : old.lastDecreaseDateTime(),
                old.numberOfDecreasesToday() + (decrease ? 1 : 0));
        return new SecondaryIndex(name, index.keySchema(), index.projectionType(), index.nonKeyAttributes(), next);
    }

    /** The definitions some key of the table or its indexes still uses: a dropped index takes its own along. */
    private static List<AttributeDefinition> used(List<AttributeDefinition> definitions, TableMetadata current,
                                                  List<SecondaryIndex> globals) {
        Set<String> keys = new LinkedHashSet<>();
        current.keySchema().forEach(k -> keys.add(k.attributeName()));
        for (List<SecondaryIndex> indexes : List.of(globals, current.localSecondaryIndexes())) {
            for (SecondaryIndex index : indexes) {
                index.keySchema().forEach(k -> keys.add(k.attributeName()));
            }
        }
        List<AttributeDefinition> used = new ArrayList<>();
        for (AttributeDefinition d : definitions) {
            if (keys.contains(d.attributeName())) {
                used.add(d);
            }
        }
        return used;
    }

    private static JsonNode action(JsonNode update) {
        for (String member : List.of("Update", "Create", "Delete")) {
            JsonNode action = Requests.member(update, member);
            if (action != null) {
                return action;
            }
        }
        throw new IllegalStateException("checked by checkRequest");
    }

    private static int position(List<SecondaryIndex> indexes, String name) {
        for (int i = 0; i < indexes.size(); i++) {
            if (indexes.get(i).indexName().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isLocal(TableMetadata table, String name) {
        return position(table.localSecondaryIndexes(), name) >= 0;
    }
}
