package io.stratus.dynamo.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.stratus.dynamo.DynamoEngine;
import io.stratus.dynamo.EngineHarness;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Scan driven through the engine. */
class ScanTest {

    private static final int ITEMS = 40;
    private final DynamoEngine engine = DynamoEngine.inMemory();
    private final EngineHarness dynamo = new EngineHarness(engine);

    @BeforeEach
    void tables() {
        dynamo.createTable("tbl", "N");
        for (int i = 0; i < ITEMS; i++) {
            dynamo.call("PutItem", "{'TableName':'tbl','Item':{'pk':{'S':'p" + (i % 13) + "'},'sk':{'N':'" + i + "'},"
                    + "'n':{'N':'" + i + "'}}}");
        }
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private Set<String> readAll(String extra) {
        Set<String> seen = new HashSet<>();
        String start = "";
        while (true) {
            JsonNode page = dynamo.call("Scan", "{'TableName':'tbl','Limit':7" + extra + start + "}");
            for (JsonNode item : page.get("Items")) {
                assertThat(seen.add(item.get("pk").get("S").asText() + "/" + item.get("sk").get("N").asText())).isTrue();
            }
            if (!page.has("LastEvaluatedKey")) {
                return seen;
            }
            start = ",'ExclusiveStartKey':" + page.get("LastEvaluatedKey").toString().replace('"', '\'');
        }
    }

    @Test
    void scanPagesThroughEveryItemOnce() {
        assertThat(readAll("")).hasSize(ITEMS);
    }

    @Test
    void parallelScanSegmentsAreDisjointAndTogetherComplete() {
        Set<String> union = new HashSet<>();
        int total = 0;
        for (int segment = 0; segment < 4; segment++) {
            Set<String> part = readAll(",'Segment':" + segment + ",'TotalSegments':4");
            total += part.size();
            union.addAll(part);
        }
        assertThat(total).isEqualTo(ITEMS);
        assertThat(union).hasSize(ITEMS);
    }

    @Test
    void filterExpressionKeepsMatchingItemsAndCountsAllRead() {
        JsonNode page = dynamo.call("Scan", "{'TableName':'tbl','FilterExpression':'n >= :v',"
                + "'ExpressionAttributeValues':{':v':{'N':'30'}}}");
        assertThat(page.get("Count").asInt()).isEqualTo(10);
        assertThat(page.get("ScannedCount").asInt()).isEqualTo(ITEMS);
        List<Integer> values = new ArrayList<>();
        page.get("Items").forEach(item -> values.add(item.get("n").get("N").asInt()));
        assertThat(values).allMatch(v -> v >= 30);
    }

    @Test
    void segmentWithoutTotalSegmentsIsRejected() {
        dynamo.assertValidation("Scan", "{'TableName':'tbl','Segment':1}",
                "The TotalSegments parameter is required but was not present in the request when Segment parameter is present");
    }

    @Test
    void totalSegmentsWithoutSegmentIsRejected() {
        dynamo.assertValidation("Scan", "{'TableName':'tbl','TotalSegments':2}",
                "The Segment parameter is required but was not present in the request when parameter TotalSegments is present");
    }

    @Test
    void segmentMustBeLessThanTotalSegments() {
        dynamo.assertValidation("Scan", "{'TableName':'tbl','Segment':1,'TotalSegments':1}",
                "The Segment parameter is zero-based and must be less than parameter TotalSegments: "
                        + "Segment: 1 is not less than TotalSegments: 1");
    }

    @Test
    void limitBelowOneIsAShapeError() {
        dynamo.assertValidation("Scan", "{'TableName':'tbl','Limit':0}", "1 validation error detected: Value '0' at 'limit' "
                + "failed to satisfy constraint: Member must have value greater than or equal to 1");
    }

    @Test
    void selectSpecificAttributesWithoutProjectionIsRejectedBare() {
        dynamo.assertValidation("Scan", "{'TableName':'tbl','Select':'SPECIFIC_ATTRIBUTES'}",
                "Must specify the AttributesToGet or ProjectionExpression when choosing to get SPECIFIC_ATTRIBUTES");
    }

    @Test
    void valuesWithoutAFilterAreRejected() {
        dynamo.assertValidation("Scan", "{'TableName':'tbl','ExpressionAttributeValues':{':v':{'N':'1'}}}",
                "ExpressionAttributeValues can only be specified when using expressions: FilterExpression is null");
    }

    @Test
    void aStartKeyOfTheWrongTypeIsRejected() {
        dynamo.assertValidation("Scan", "{'TableName':'tbl','ExclusiveStartKey':{'pk':{'S':'p'},'sk':{'S':'1'}}}",
                "The provided starting key is invalid: The provided key element does not match the schema");
    }
}
