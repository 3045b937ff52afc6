package io.stratus.dynamo.ops;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.stratus.dynamo.RequestContext;
import io.stratus.dynamo.catalog.Table;
import io.stratus.dynamo.catalog.Throughput;
import io.stratus.dynamo.error.DynamoDbException;
import io.stratus.dynamo.shape.Shape;
import java.io.IOException;

/** Request shapes, throughput checks and the response shared by CreateTable and UpdateTable (and its index updates). */
final class TableRequests {

    /** Highest capacity units AWS accepts for one table or index. */
    static final long MAX_CAPACITY_UNITS = 1_000_000_000_000L;

    /** One element of AttributeDefinitions. */
    static final Shape ATTRIBUTE_DEFINITION = Shape.structure("AttributeDefinition")
            .member("AttributeName", Shape.string().notNull().minLength(1).maxLength(255))
            .member("AttributeType", Shape.string().notNull().oneOf("S", "N", "B"));

    /** The StreamSpecification member. */
    static final Shape STREAM_SPECIFICATION = Shape.structure("StreamSpecification")
            .member("StreamEnabled", Shape.bool().notNull())
            .member("StreamViewType", Shape.string().oneOf("NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES", "KEYS_ONLY"));

    private static final String INVALID = "One or more parameter values were invalid: ";

    private TableRequests() {
    }

    /** Rejects a table's ProvisionedThroughput ({@code null}: absent) when the billing mode is PAY_PER_REQUEST. */
    static void rejectOnDemandThroughput(JsonNode pt) {
        if (pt != null) {
            throw DynamoDbException.validation(INVALID
                    + "Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST");
        }
    }

    /** Throughput within AWS's bounds; {@code suffix} names the index in the message, if any. */
    static Throughput checkedThroughput(JsonNode pt, String suffix) {
        long read = Requests.integral(pt, "ReadCapacityUnits");
        long write = Requests.integral(pt, "WriteCapacityUnits");
        if (read > MAX_CAPACITY_UNITS) {
            throw DynamoDbException.validation("Given value " + read + " for ReadCapacityUnits is out of bounds" + suffix);
        }
        if (write > MAX_CAPACITY_UNITS) {
            throw DynamoDbException.validation("Given value " + write + " for WriteCapacityUnits is out of bounds" + suffix);
        }
        return Throughput.of(read, write);
    }

    /** Writes the response of CreateTable and UpdateTable: the table's description, ACTIVE at once. */
    static void writeActiveDescription(JsonGenerator out, Table table, RequestContext context) throws IOException {
        out.writeStartObject();
        TableDescriptionWriter.write(out, "TableDescription", table, "ACTIVE", context);
        out.writeEndObject();
    }
}
