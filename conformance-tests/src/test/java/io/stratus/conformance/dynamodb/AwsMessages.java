package io.stratus.conformance.dynamodb;

/**
 * AWS's error texts the suite asserts, in one place with their sources, so a wrong text is fixed
 * once. Sources: mhart/dynalite's tests (recorded against real DynamoDB), AWS's API reference, and
 * error messages users reported from real DynamoDB.
 */
final class AwsMessages {

    /** Item operations on a missing table (dynalite putItem/getItem tests; DynamoDB Local says something else). */
    static final String RESOURCE_NOT_FOUND = "Requested resource not found";

    /** Item size limit, 400 KB (dynalite putItem tests). */
    static final String ITEM_TOO_LARGE = "Item size has exceeded the maximum allowed size";

    /** More than 38 significant digits (dynalite putItem tests). */
    static final String TOO_MANY_DIGITS = "Attempting to store more than 38 significant digits in a Number";

    /** Magnitude above 9.99…E+125 (dynalite putItem tests). */
    static final String NUMBER_OVERFLOW =
            "Number overflow. Attempting to store a number with magnitude larger than supported range";

    /** Magnitude below 1E-130 (dynalite putItem tests). */
    static final String NUMBER_UNDERFLOW =
            "Number underflow. Attempting to store a number with magnitude smaller than supported range";

    /**
     * A document nested deeper than 32 levels in PutItem, with the validation envelope real DynamoDB
     * puts around it for PutItem (recorded in several regions by an SDK conformance suite).
     */
    static final String NESTING_TOO_DEEP = "1 validation error detected: Nesting Levels have exceeded supported "
            + "limits: Attributes in the item have nested levels beyond supported limit";

    /** Both billing mode PAY_PER_REQUEST and a ProvisionedThroughput (dynalite createTable tests). */
    static final String THROUGHPUT_WITH_PAY_PER_REQUEST = "One or more parameter values were invalid: Neither "
            + "ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST";

    private AwsMessages() {
    }

    /** DescribeTable, DeleteTable and UpdateTable on a missing table (dynalite describeTable/deleteTable tests). */
    static String tableNotFound(String tableName) {
        return "Requested resource not found: Table: " + tableName + " not found";
    }

    /** CreateTable of an existing name. */
    static String tableAlreadyExists(String tableName) {
        return "Table already exists: " + tableName;
    }

    /** Prefixes AWS's "one or more parameter values were invalid" wording. */
    static String invalidParameter(String detail) {
        return "One or more parameter values were invalid: " + detail;
    }
}
