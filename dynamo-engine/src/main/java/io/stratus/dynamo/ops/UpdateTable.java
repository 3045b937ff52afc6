package io.stratus.dynamo.ops;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.stratus.dynamo.RequestContext;
import io.stratus.dynamo.catalog.Catalog;
import io.stratus.dynamo.catalog.Table;
import io.stratus.dynamo.catalog.TableMetadata;
import io.stratus.dynamo.catalog.TableOptions;
import io.stratus.dynamo.catalog.Throughput;
import io.stratus.dynamo.error.DynamoDbException;
import io.stratus.dynamo.shape.Shape;
import io.stratus.dynamo.shape.Shapes;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;

/**
 * UpdateTable: billing mode, provisioned throughput, stream, encryption, table class, deletion
 * protection and global secondary indexes (see {@link GlobalIndexUpdates}). Changes apply at
 * once, so the table and its indexes stay ACTIVE.
 */
final class UpdateTable implements Operation {

    private static final String INVALID = "One or more parameter values were invalid: ";

    static final Shape SHAPE = Shape.structure("UpdateTableInput")
            .member("AttributeDefinitions", Shape.list(TableRequests.ATTRIBUTE_DEFINITION))
            .member("TableName", Shapes.TABLE_NAME)
            .member("BillingMode", Shape.string().oneOf("PROVISIONED", "PAY_PER_REQUEST"))
            .member("ProvisionedThroughput", Shapes.PROVISIONED_THROUGHPUT)
            .member("StreamSpecification", TableRequests.STREAM_SPECIFICATION)
            .member("SSESpecification", Shapes.SSE_SPECIFICATION)
            .member("GlobalSecondaryIndexUpdates", GlobalIndexUpdates.SHAPE)
            .member("TableClass", Shape.string())
            .member("DeletionProtectionEnabled", Shape.bool());

    private final Catalog catalog;
    private final Clock clock;

    UpdateTable(Catalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "UpdateTable";
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
        if (!Requests.has(request, "ProvisionedThroughput") && !Requests.has(request, "BillingMode")
                && !Requests.has(request, "StreamSpecification") && !Requests.has(request, "SSESpecification")
                && !Requests.has(request, "DeletionProtectionEnabled") && !Requests.has(request, "TableClass")
                && !Requests.has(request, "GlobalSecondaryIndexUpdates")) {
            throw DynamoDbException.validation("At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled, "
                    + "GlobalSecondaryIndexUpdates, SSESpecification, ReplicaUpdates, MultiAccountReplicaReady, "
                    + "ReplicaTransitRoleArn, MultiRegionConsistency, DeletionProtectionEnabled, OnDemandThroughput, "
                    + "WarmThroughput or TableClass is required");
        }
        GlobalIndexUpdates.checkRequest(request);
        String name = Requests.text(request, "TableName");
        String tableClass = TableOptionsReader.tableClass(request);
        BigDecimal now = BigDecimal.valueOf(clock.millis(), 3);
        Table table = catalog.update(name, current -> {
            TableMetadata updated = billing(request, current, now);
            TableOptions options = stream(request, current);
            options = TableOptionsReader.sse(Requests.member(request, "SSESpecification"), options);
            if (tableClass != null) {
                options = new TableOptions(options.streamEnabled(), options.streamViewType(), options.sseEnabled(),
                        options.sseType(), options.kmsMasterKeyId(), tableClass, options.tags());
            }
            updated = updated.withOptions(options);
            Boolean protection = Requests.bool(request, "DeletionProtectionEnabled");
            updated = protection == null ? updated : updated.withDeletionProtection(protection);
            // the catalog builds a created index from the table's items before this returns
            return GlobalIndexUpdates.apply(request, updated, now);
        });
        TableRequests.writeActiveDescription(out, table, context);
    }

    private static TableMetadata billing(JsonNode request, TableMetadata current, BigDecimal now) {
        String requested = Requests.text(request, "BillingMode");
        String mode = requested == null ? current.billingMode() : requested;
        JsonNode pt = Requests.member(request, "ProvisionedThroughput");
        if (mode.equals(TableMetadata.PAY_PER_REQUEST)) {
            TableRequests.rejectOnDemandThroughput(pt);
            if (current.billingMode().equals(TableMetadata.PAY_PER_REQUEST)) {
                return current;
            }
            return current.withBilling(mode, Throughput.ON_DEMAND, now);
        }
        if (pt == null) {
            if (current.billingMode().equals(TableMetadata.PAY_PER_REQUEST)) {
                throw DynamoDbException.validation(INVALID
                        + "ProvisionedThroughput must be specified when BillingMode is PROVISIONED");
            }
            return current;
        }
        Throughput requestedUnits = TableRequests.checkedThroughput(pt, "");
        if (current.billingMode().equals(TableMetadata.PAY_PER_REQUEST)) {
            return current.withBilling(mode, requestedUnits, current.lastUpdateToPayPerRequestDateTime());
        }
        Throughput old = current.throughput();
        long readDiff = requestedUnits.readCapacityUnits() - old.readCapacityUnits();
        long writeDiff = requestedUnits.writeCapacityUnits() - old.writeCapacityUnits();
        if (readDiff == 0 && writeDiff == 0) {
            throw DynamoDbException.validation("The provisioned throughput for the table will not change. "
                    + "The requested value equals the current value. Current ReadCapacityUnits provisioned for the table: "
                    + old.readCapacityUnits() + ". Requested ReadCapacityUnits: " + requestedUnits.readCapacityUnits()
                    + ". Current WriteCapacityUnits provisioned for the table: " + old.writeCapacityUnits()
                    + ". Requested WriteCapacityUnits: " + requestedUnits.writeCapacityUnits()
                    + ". Refer to the Amazon DynamoDB Developer Guide for current limits and how to request higher limits.");
        }
        boolean increase = readDiff > 0 || writeDiff > 0;
        boolean decrease = readDiff < 0 || writeDiff < 0;
        Throughput next = new Throughput(requestedUnits.readCapacityUnits(), requestedUnits.writeCapacityUnits(),
                increase ? now : old.lastIncreaseDateTime(), decrease ? now : old.lastDecreaseDateTime(),
                old.numberOfDecreasesToday() + (decrease ? 1 : 0));
        return current.withBilling(mode, next, current.lastUpdateToPayPerRequestDateTime());
    }

    private static TableOptions stream(JsonNode request, TableMetadata current) {
        TableOptions options = current.options();
        JsonNode spec = Requests.member(request, "StreamSpecification");
        if (spec == null) {
            return options;
        }
        boolean enable = Requests.bool(spec, "StreamEnabled");
        String viewType = Requests.text(spec, "StreamViewType");
        boolean enabled = Boolean.TRUE.equals(options.streamEnabled());
        if (enable && viewType == null) {
            throw DynamoDbException.validation(INVALID + "If stream is being enabled then UpdateViewType is required");
        }
        if (!enable && viewType != null) {
            throw DynamoDbException.validation(INVALID
                    + "If stream is being disabled, then UpdateViewType must not be specified");
        }
        if (enable && enabled) {
            throw DynamoDbException.validation("Table already has an enabled stream: TableName: " + current.tableName());
        }
        if (!enable && !enabled) {
            throw DynamoDbException.validation("Table has no stream to disable: TableName: " + current.tableName());
        }
        return new TableOptions(enable, enable ? viewType : null, options.sseEnabled(), options.sseType(),
                options.kmsMasterKeyId(), options.tableClass(), options.tags());
    }
}
