package io.stratus.dynamo.ops;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.stratus.dynamo.RequestContext;
import io.stratus.dynamo.catalog.Catalog;
import io.stratus.dynamo.shape.Shape;
import io.stratus.dynamo.shape.Shapes;
import java.io.IOException;
import java.util.List;

/** ListTables: table names in ascending order, paged by {@code Limit} and {@code ExclusiveStartTableName}. */
final class ListTables implements Operation {

    /** Page size when {@code Limit} is absent, and its maximum. */
    static final int MAX_LIMIT = 100;

    static final Shape SHAPE = Shape.structure("ListTablesInput")
            .member("ExclusiveStartTableName", Shape.string().pattern(Shapes.TABLE_NAME_PATTERN).minLength(3).maxLength(255))
            .member("Limit", Shape.integer().min(1).max(MAX_LIMIT));

    private final Catalog catalog;

    ListTables(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return "ListTables";
    }

    @Override
    public Shape shape() {
        return SHAPE;
    }

    @Override
    public void execute(JsonNode request, RequestContext context, JsonGenerator out) throws IOException {
        String start = Requests.text(request, "ExclusiveStartTableName");
        Long limit = Requests.integral(request, "Limit");
        int max = limit == null ? MAX_LIMIT : limit.intValue();
        List<String> names = catalog.names();
        int from = 0;
        if (start != null) {
            while (from < names.size() && names.get(from).compareTo(start) <= 0) {
                from++;
            }
        }
        int to = Math.min(names.size(), from + max);
        out.writeStartObject();
        out.writeArrayFieldStart("TableNames");
        for (int i = from; i < to; i++) {
            out.writeString(names.get(i));
        }
        out.writeEndArray();
        if (to < names.size()) {
            out.writeStringField("LastEvaluatedTableName", names.get(to - 1));
        }
        out.writeEndObject();
    }
}
