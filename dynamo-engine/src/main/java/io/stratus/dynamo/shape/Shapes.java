package io.stratus.dynamo.shape;

/** Member shapes shared by several operations, as AWS's model declares them. */
public final class Shapes {

    /** The table name pattern of every DynamoDB operation. */
    public static final String TABLE_NAME_PATTERN = "[a-zA-Z0-9_.-]+";

    /** A required table name: 3 to 255 characters of {@link #TABLE_NAME_PATTERN}. */
    public static final Shape TABLE_NAME = Shape.string().notNull().pattern(TABLE_NAME_PATTERN).minLength(3).maxLength(255);

    /** {@code ReturnConsumedCapacity}, in the order AWS lists its values. */
    public static final Shape RETURN_CONSUMED_CAPACITY = Shape.string().oneOf("INDEXES", "TOTAL", "NONE");

    /** {@code ReturnValues} of the item write operations. */
    public static final Shape RETURN_VALUES =
            Shape.string().oneOf("ALL_NEW", "UPDATED_OLD", "ALL_OLD", "NONE", "UPDATED_NEW");

    /** {@code ReturnItemCollectionMetrics}. */
    public static final Shape RETURN_ITEM_COLLECTION_METRICS = Shape.string().oneOf("SIZE", "NONE");

    /** A {@code ProvisionedThroughput} structure. */
    public static final Shape PROVISIONED_THROUGHPUT = Shape.structure("ProvisionedThroughput")
            .member("WriteCapacityUnits", Shape.longValue().notNull().min(1))
            .member("ReadCapacityUnits", Shape.longValue().notNull().min(1));

    /** A key schema element list of a table or index. */
    public static final Shape KEY_SCHEMA = Shape.list(Shape.structure("KeySchemaElement")
                    .member("AttributeName", Shape.string().notNull().minLength(1).maxLength(255))
                    .member("KeyType", Shape.string().notNull().oneOf("HASH", "RANGE")))
            .notNull().minLength(1).maxLength(2);

    /** An index's {@code Projection}. */
    public static final Shape PROJECTION = Shape.structure("Projection")
            .member("ProjectionType", Shape.string().oneOf("ALL", "KEYS_ONLY", "INCLUDE"))
            .member("NonKeyAttributes", Shape.list(Shape.string()).minLength(1).maxLength(20))
            .notNull();

    /** An index name: 3 to 255 characters of the table name pattern. */
    public static final Shape INDEX_NAME = Shape.string().notNull().pattern(TABLE_NAME_PATTERN).minLength(3).maxLength(255);

    /** An {@code SSESpecification} structure. */
    public static final Shape SSE_SPECIFICATION = Shape.structure("SSESpecification")
            .member("Enabled", Shape.bool())
            .member("SSEType", Shape.string().oneOf("AES256", "KMS"))
            .member("KMSMasterKeyId", Shape.string());

    /** The model package AWS's deserializer names in map type messages. */
    private static final String MODEL = "com.amazonaws.dynamodb.v20120810.";

    /** {@code ReturnValuesOnConditionCheckFailure}. */
    public static final Shape RETURN_VALUES_ON_CONDITION_CHECK_FAILURE = Shape.string().oneOf("ALL_OLD", "NONE");

    /** A legacy {@code ComparisonOperator}, in the order AWS lists its values. */
    public static final Shape COMPARISON_OPERATOR = Shape.string().oneOf("IN", "NULL", "BETWEEN", "LT", "NOT_CONTAINS",
            "EQ", "GT", "NOT_NULL", "NE", "LE", "BEGINS_WITH", "GE", "CONTAINS");

    /** A legacy {@code ConditionalOperator}. */
    public static final Shape CONDITIONAL_OPERATOR = Shape.string().oneOf("AND", "OR");

    /** {@code ExpressionAttributeNames}. */
    public static final Shape EXPRESSION_ATTRIBUTE_NAMES = Shape.stringMap();

    /** {@code ExpressionAttributeValues}. */
    public static final Shape EXPRESSION_ATTRIBUTE_VALUES = Shape.attributeMap();

    /** A legacy {@code AttributesToGet} list. */
    public static final Shape ATTRIBUTES_TO_GET = Shape.list(Shape.string()).minLength(1).maxLength(255);

    /** A legacy {@code Condition} map ({@code KeyConditions}, {@code QueryFilter}, {@code ScanFilter}). */
    public static final Shape CONDITIONS = Shape.map(MODEL + "Condition", Shape.structure("Condition")
            .member("AttributeValueList", Shape.list(Shape.attributeValue()))
            .member("ComparisonOperator", COMPARISON_OPERATOR.notNull()));

    /** The legacy {@code Expected} map of the conditional writes. */
    public static final Shape EXPECTED = Shape.map(MODEL + "ExpectedAttributeValue",
            Shape.structure("ExpectedAttributeValue")
                    .member("AttributeValueList", Shape.list(Shape.attributeValue()))
                    .member("ComparisonOperator", COMPARISON_OPERATOR)
                    .member("Exists", Shape.bool())
                    .member("Value", Shape.attributeValue()));

    /** The legacy {@code AttributeUpdates} map of UpdateItem. */
    public static final Shape ATTRIBUTE_UPDATES = Shape.map(MODEL + "AttributeValueUpdate",
            Shape.structure("AttributeValueUpdate")
                    .member("Action", Shape.string().oneOf("ADD", "PUT", "DELETE"))
                    .member("Value", Shape.attributeValue()));

    /** {@code Select} of Query and Scan, in the order AWS lists its values. */
    public static final Shape SELECT =
            Shape.string().oneOf("SPECIFIC_ATTRIBUTES", "COUNT", "ALL_ATTRIBUTES", "ALL_PROJECTED_ATTRIBUTES");

    private Shapes() {
    }
}
