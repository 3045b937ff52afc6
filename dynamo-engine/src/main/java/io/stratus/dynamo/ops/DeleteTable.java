package io.stratus.dynamo.ops;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.stratus.dynamo.RequestContext;
import io.stratus.dynamo.catalog.Catalog;
import io.stratus.dynamo.catalog.Table;
import io.stratus.dynamo.catalog.TableMetadata;
import io.stratus.dynamo.shape.Shape;
import io.stratus.dynamo.shape.Shapes;
import java.io.IOException;

/** DeleteTable: removes a table, its items and its indexes at once, answering with its description in status DELETING. */
final class DeleteTable implements Operation {

    static final Shape SHAPE = Shape.structure("DeleteTableInput").member("TableName", Shapes.TABLE_NAME);

    private final Catalog catalog;

    DeleteTable(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return "DeleteTable";
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
        String name = Requests.text(request, "TableName");
        Table table = catalog.forControl(name);
        // statistics are read before the items are dropped
        long count = table.itemCount();
        long size = table.sizeBytes();
        var indexStats = TableDescriptionWriter.indexStats(table);
        TableMetadata metadata = catalog.delete(name).metadata();
        out.writeStartObject();
        TableDescriptionWriter.write(out, "TableDescription", metadata, count, size, indexStats, "DELETING", context);
        out.writeEndObject();
    }
}
