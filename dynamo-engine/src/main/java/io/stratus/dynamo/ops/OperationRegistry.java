package io.stratus.dynamo.ops;

import io.stratus.dynamo.catalog.Catalog;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Maps operation names to the operations an engine implements. */
public final class OperationRegistry {

    private final Catalog catalog;
    private final Map<String, Operation> operations;

    /** The registry of all implemented operations over {@code catalog}. */
    public OperationRegistry(Catalog catalog, Clock clock) {
        this.catalog = catalog;
        List<Operation> all = List.of(
                new CreateTable(catalog, clock),
                new DescribeTable(catalog),
                new ListTables(catalog),
                new UpdateTable(catalog, clock),
                new DeleteTable(catalog),
                new PutItem(catalog),
                new GetItem(catalog),
                new DeleteItem(catalog),
                new UpdateItem(catalog),
                new Query(catalog),
                new Scan(catalog),
                new BatchGetItem(catalog),
                new BatchWriteItem(catalog));
        this.operations = all.stream().collect(Collectors.toUnmodifiableMap(Operation::name, Function.identity()));
    }

    /** The catalog the operations work on. */
    public Catalog catalog() {
        return catalog;
    }

    /** The operation named {@code name}, or {@code null}. */
    public Operation find(String name) {
        return operations.get(name);
    }
}
