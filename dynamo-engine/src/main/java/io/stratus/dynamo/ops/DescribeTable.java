package io.stratus.dynamo.ops;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.stratus.dynamo.RequestContext;
import io.stratus.dynamo.catalog.Catalog;
import io.stratus.dynamo.catalog.Table;
import io.stratus.dynamo.shape.Shape;
import io.stratus.dynamo.shape.Shapes;
import java.io.IOException;

/** DescribeTable: the full description of one table. */
final class DescribeTable implements Operation {

    static final Shape SHAPE = Shape.structure("DescribeTableInput").member("TableName", Shapes.TABLE_NAME);

    private final Catalog catalog;

    DescribeTable(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return "DescribeTable";
    }

    @Override
    public Shape shape() {
        return SHAPE;
    }

    @Override
    public void execute(JsonNode request, RequestContext context, JsonGenerator out) throws IOException {
        Table table = catalog.forControl(Requests.text(request, "TableName"));
        out.writeStartObject();
        TableDescriptionWriter.write(out, "Table", table, "ACTIVE", context);
        out.writeEndObject();
    }
}
