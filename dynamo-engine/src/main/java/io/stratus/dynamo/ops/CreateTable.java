package io.stratus.dynamo.ops;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.stratus.dynamo.RequestContext;
import io.stratus.dynamo.catalog.AttributeDefinition;
import io.stratus.dynamo.catalog.Catalog;
import io.stratus.dynamo.catalog.KeyElement;
import io.stratus.dynamo.catalog.SecondaryIndex;
import io.stratus.dynamo.catalog.Table;
import io.stratus.dynamo.catalog.TableMetadata;
import io.stratus.dynamo.catalog.TableOptions;
import io.stratus.dynamo.catalog.Throughput;
import io.stratus.dynamo.error.DynamoDbException;
import io.stratus.dynamo.model.AttributeValue;
import io.stratus.dynamo.shape.Shape;
import io.stratus.dynamo.shape.Shapes;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * CreateTable: validates the key schema, billing and index definitions with AWS's messages and
 * creates the table and its secondary indexes, ACTIVE at once.
 */
final class CreateTable implements Operation {

    /** Local secondary indexes per table (developer guide, quotas). */
    static final int MAX_LOCAL_INDEXES = 5;
    /** Global secondary indexes per table (developer guide, quotas). */
    static final int MAX_GLOBAL_INDEXES = 20;

    private static final String INVALID = "One or more parameter values were invalid: ";

    private static final Shape INDEX_KEY_SCHEMA = Shapes.KEY_SCHEMA;

    static final Shape SHAPE = Shape.structure("CreateTableInput")
            .member("AttributeDefinitions", Shape.list(TableRequests.ATTRIBUTE_DEFINITION).notNull())
            .member("TableName", Shapes.TABLE_NAME)
            .member("KeySchema", Shapes.KEY_SCHEMA)
            .member("LocalSecondaryIndexes", Shape.list(Shape.structure("LocalSecondaryIndex")
                    .member("IndexName", Shapes.INDEX_NAME)
                    .member("KeySchema", INDEX_KEY_SCHEMA)
                    .member("Projection", Shapes.PROJECTION)))
            .member("GlobalSecondaryIndexes", Shape.list(Shape.structure("GlobalSecondaryIndex")
                    .member("IndexName", Shapes.INDEX_NAME)
                    .member("KeySchema", INDEX_KEY_SCHEMA)
                    .member("Projection", Shapes.PROJECTION)
                    .member("ProvisionedThroughput", Shapes.PROVISIONED_THROUGHPUT)))
            .member("BillingMode", Shape.string().oneOf("PROVISIONED", "PAY_PER_REQUEST"))
            .member("ProvisionedThroughput", Shapes.PROVISIONED_THROUGHPUT)
            .member("StreamSpecification", TableRequests.STREAM_SPECIFICATION)
            .member("SSESpecification", Shapes.SSE_SPECIFICATION)
            .member("Tags", Shape.list(Shape.structure("Tag")
                    .member("Key", Shape.string().notNull().minLength(1).maxLength(128))
                    .member("Value", Shape.string().notNull().minLength(0).maxLength(256))))
            .member("TableClass", Shape.string())
            .member("DeletionProtectionEnabled", Shape.bool());

    private final Catalog catalog;
    private final Clock clock;

    CreateTable(Catalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "CreateTable";
    }

    @Override
    public Shape shape() {
        return SHAPE;
    }

    @Override
    public boolean writes() {
        return true;
    }

    @Override
    public void execute(JsonNode request, RequestContext context, JsonGenerator out) throws IOException {
        String billingMode = Requests.text(request, "BillingMode");
        if (billingMode == null) {
            billingMode = TableMetadata.PROVISIONED;
        }
        Throughput throughput = tableThroughput(request, billingMode);
        List<AttributeDefinition> definitions = definitions(request);
        List<KeyElement> keySchema = keySchema(Requests.member(request, "KeySchema"));
        List<String> definedNames = definitions.stream().map(AttributeDefinition::attributeName).toList();
        checkTableKeySchema(keySchema, definedNames, request);
        Set<String> usedKeys = new LinkedHashSet<>();
        keySchema.forEach(k -> usedKeys.add(k.attributeName()));
        Set<String> indexNames = new HashSet<>();
        List<SecondaryIndex> locals = localIndexes(request, keySchema, definedNames, usedKeys, indexNames);
        List<SecondaryIndex> globals = globalIndexes(request, billingMode, definedNames, usedKeys, indexNames);
        if ((Requests.has(request, "LocalSecondaryIndexes") || Requests.has(request, "GlobalSecondaryIndexes"))
                && usedKeys.size() != definedNames.size()) {
            throw DynamoDbException.validation(INVALID + "Some AttributeDefinitions are not used. AttributeDefinitions: "
                    + list(definedNames) + ", keys used: " + list(new ArrayList<>(usedKeys)));
        }
        TableOptions options = TableOptionsReader.forCreate(request);

        String name = Requests.text(request, "TableName");
        BigDecimal now = BigDecimal.valueOf(clock.millis(), 3);
        String tableId = UUID.randomUUID().toString();
        TableMetadata metadata = new TableMetadata(name, tableId, name + "-" + tableId, now, keySchema, definitions,
                billingMode, throughput,
                // AWS reports the switch to on-demand as happening at creation for on-demand tables.
                billingMode.equals(TableMetadata.PAY_PER_REQUEST) ? now : null, globals, locals, options,
                Boolean.TRUE.equals(Requests.bool(request, "DeletionProtectionEnabled")));
        Table table = catalog.create(metadata);
        TableRequests.writeActiveDescription(out, table, context);
    }

    private static Throughput tableThroughput(JsonNode request, String billingMode) {
        JsonNode pt = Requests.member(request, "ProvisionedThroughput");
        if (billingMode.equals(TableMetadata.PAY_PER_REQUEST)) {
            TableRequests.rejectOnDemandThroughput(pt);
            return Throughput.ON_DEMAND;
        }
        if (pt == null) {
            throw DynamoDbException.validation(INVALID
                    + "ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED");
        }
        return TableRequests.checkedThroughput(pt, "");
    }

    private static List<AttributeDefinition> definitions(JsonNode request) {
        List<AttributeDefinition> list = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode d : request.get("AttributeDefinitions")) {
            String attr = d.get("AttributeName").textValue();
            if (!seen.add(attr)) {
                throw DynamoDbException.validation("Attribute Name is duplicated: " + attr);
            }
            list.add(new AttributeDefinition(attr,
                    AttributeValue.Type.fromDescriptor(d.get("AttributeType").textValue())));
        }
        return list;
    }

    static List<KeyElement> keySchema(JsonNode schema) {
        List<KeyElement> list = new ArrayList<>();
        for (JsonNode k : schema) {
            list.add(new KeyElement(k.get("AttributeName").textValue(), k.get("KeyType").textValue()));
        }
        return list;
    }

    private static void checkTableKeySchema(List<KeyElement> keys, List<String> defined, JsonNode request) {
        List<String> names = keys.stream().map(KeyElement::attributeName).toList();
        if (keys.size() == 2
                && (!defined.containsAll(names) || names.get(0).equals(names.get(1)) && defined.size() == 1)) {
            throw DynamoDbException.validation("Invalid KeySchema: Some index key attribute have no definition");
        }
        if (keys.size() == 1 && !defined.containsAll(names)) {
            throw undefinedKeys(names, defined);
        }
        checkKeyOrder(keys);
        if (!Requests.has(request, "LocalSecondaryIndexes") && !Requests.has(request, "GlobalSecondaryIndexes")
                && keys.size() != defined.size()) {
            throw DynamoDbException.validation(INVALID + "Number of attributes in KeySchema does not exactly match "
                    + "number of attributes defined in AttributeDefinitions");
        }
    }

    private static void checkKeyOrder(List<KeyElement> keys) {
        if (keys.size() == 2 && keys.get(0).attributeName().equals(keys.get(1).attributeName())) {
            throw DynamoDbException.validation("Both the Hash Key and the Range Key element in the KeySchema have the same name");
        }
        if (!keys.get(0).keyType().equals("HASH")) {
            throw DynamoDbException.validation("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
        }
        if (keys.size() == 2 && !keys.get(1).keyType().equals("RANGE")) {
            throw DynamoDbException.validation("Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");
        }
    }

    private static DynamoDbException undefinedKeys(List<String> keys, List<String> defined) {
        return DynamoDbException.validation(INVALID + "Some index key attributes are not defined in AttributeDefinitions. "
                + "Keys: " + list(keys) + ", AttributeDefinitions: " + list(defined));
    }

    private static List<SecondaryIndex> localIndexes(JsonNode request, List<KeyElement> tableKeys, List<String> defined,
                                                     Set<String> usedKeys, Set<String> indexNames) {
        JsonNode lsis = Requests.member(request, "LocalSecondaryIndexes");
        if (lsis == null) {
            return List.of();
        }
        if (lsis.isEmpty()) {
            throw DynamoDbException.validation(INVALID + "List of LocalSecondaryIndexes is empty");
        }
        if (tableKeys.size() != 2) {
            throw DynamoDbException.validation(INVALID + "Table KeySchema does not have a range key, "
                    + "which is required when specifying a LocalSecondaryIndex");
        }
        List<SecondaryIndex> result = new ArrayList<>();
        for (JsonNode index : lsis) {
            String indexName = index.get("IndexName").textValue();
            List<KeyElement> keys = indexKeys(index, defined);
            if (keys.size() != 2) {
                throw DynamoDbException.validation(INVALID + "Index KeySchema does not have a range key for index: " + indexName);
            }
            String hash = keys.get(0).attributeName();
            String tableHash = tableKeys.get(0).attributeName();
            if (!hash.equals(tableHash)) {
                throw DynamoDbException.validation(INVALID + "Index KeySchema does not have the same leading hash key "
                        + "as table KeySchema for index: " + indexName + ". index hash key: " + hash
                        + ", table hash key: " + tableHash);
            }
            SecondaryIndex built = projection(index, indexName, keys, null);
            if (!indexNames.add(indexName)) {
                throw DynamoDbException.validation(INVALID + "Duplicate index name: " + indexName);
            }
            keys.forEach(k -> usedKeys.add(k.attributeName()));
            result.add(built);
        }
        if (result.size() > MAX_LOCAL_INDEXES) {
            throw DynamoDbException.validation(INVALID + "Number of LocalSecondaryIndexes exceeds per-table limit of "
                    + MAX_LOCAL_INDEXES);
        }
        return result;
    }

    private static List<SecondaryIndex> globalIndexes(JsonNode request, String billingMode, List<String> defined,
                                                      Set<String> usedKeys, Set<String> indexNames) {
        JsonNode gsis = Requests.member(request, "GlobalSecondaryIndexes");
        if (gsis == null) {
            return List.of();
        }
        if (gsis.isEmpty()) {
            throw DynamoDbException.validation(INVALID + "List of GlobalSecondaryIndexes is empty");
        }
        List<SecondaryIndex> result = new ArrayList<>();
        for (JsonNode index : gsis) {
            String indexName = index.get("IndexName").textValue();
            List<KeyElement> keys = indexKeys(index, defined);
            JsonNode pt = Requests.member(index, "ProvisionedThroughput");
            Throughput throughput;
            if (billingMode.equals(TableMetadata.PAY_PER_REQUEST)) {
                if (pt != null) {
                    throw DynamoDbException.validation(INVALID + "ProvisionedThroughput should not be specified for index: "
                            + indexName + " when BillingMode is PAY_PER_REQUEST");
                }
                throughput = null;
            } else {
                if (pt == null) {
                    throw DynamoDbException.validation(INVALID + "ProvisionedThroughput is not specified for index: " + indexName);
                }
                throughput = TableRequests.checkedThroughput(pt, " for index " + indexName);
            }
            SecondaryIndex built = projection(index, indexName, keys, throughput);
            if (!indexNames.add(indexName)) {
                throw DynamoDbException.validation(INVALID + "Duplicate index name: " + indexName);
            }
            keys.forEach(k -> usedKeys.add(k.attributeName()));
            result.add(built);
        }
        if (result.size() > MAX_GLOBAL_INDEXES) {
            throw DynamoDbException.validation(INVALID + "GlobalSecondaryIndex count exceeds the per-table limit of "
                    + MAX_GLOBAL_INDEXES);
        }
        return result;
    }

    static List<KeyElement> indexKeys(JsonNode index, List<String> defined) {
        List<KeyElement> keys = keySchema(index.get("KeySchema"));
        List<String> names = keys.stream().map(KeyElement::attributeName).toList();
        if (!defined.containsAll(names)) {
            throw undefinedKeys(names, defined);
        }
        checkKeyOrder(keys);
        return keys;
    }

    static SecondaryIndex projection(JsonNode index, String indexName, List<KeyElement> keys, Throughput throughput) {
        JsonNode projection = index.get("Projection");
        String type = Requests.text(projection, "ProjectionType");
        List<String> nonKey = Requests.strings(projection, "NonKeyAttributes");
        if (type == null) {
            throw DynamoDbException.validation(INVALID + "Unknown ProjectionType: null");
        }
        if (nonKey != null && !type.equals("INCLUDE")) {
            throw DynamoDbException.validation(INVALID + "ProjectionType is " + type + ", but NonKeyAttributes is specified");
        }
        if (nonKey == null && type.equals("INCLUDE")) {
            throw DynamoDbException.validation(INVALID + "ProjectionType is INCLUDE, but NonKeyAttributes is not specified");
        }
        if (nonKey != null) {
            Set<String> seen = new HashSet<>();
            for (String a : nonKey) {
                if (!seen.add(a)) {
                    throw DynamoDbException.validation(INVALID + "Duplicate element in NonKeyAttributes: " + a);
                }
            }
        }
        return new SecondaryIndex(indexName, keys, type, nonKey, throughput);
    }

    private static String list(List<String> names) {
        return "[" + String.join(", ", names) + "]";
    }
}
