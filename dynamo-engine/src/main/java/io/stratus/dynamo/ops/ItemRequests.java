package io.stratus.dynamo.ops;

import com.fasterxml.jackson.core.JsonGenerator;
import io.stratus.dynamo.error.DynamoDbException;
import io.stratus.dynamo.json.AttributeValueJson;
import io.stratus.dynamo.model.AttributeValue;
import java.io.IOException;
import java.util.Map;

/** Checks and response members shared by the single-item operations. */
final class ItemRequests {

    private ItemRequests() {
    }

    /** PutItem and DeleteItem can only return the old item. */
    static boolean returnsOld(String returnValues) {
        if (returnValues == null || returnValues.equals("NONE")) {
            return false;
        }
        if (returnValues.equals("ALL_OLD")) {
            return true;
        }
        throw DynamoDbException.validation("ReturnValues can only be ALL_OLD or NONE");
    }

    /** Writes {@code Attributes} when the old item is to be returned and existed. */
    static void writeOld(JsonGenerator out, boolean returnOld, Map<String, AttributeValue> old) throws IOException {
        if (returnOld && old != null) {
            out.writeFieldName("Attributes");
            AttributeValueJson.writeMap(out, old);
        }
    }
}
