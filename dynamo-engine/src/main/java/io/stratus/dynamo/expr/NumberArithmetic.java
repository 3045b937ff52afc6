package io.stratus.dynamo.expr;

import io.stratus.dynamo.error.DynamoDbException;
import io.stratus.dynamo.model.AttributeValue;
import java.math.BigDecimal;

/**
 * Exact addition and subtraction of DynamoDB numbers with DynamoDB's limits: 38 significant
 * digits and magnitudes between 1E-130 and 9.9999999999999999999999999999999999999E+125.
 */
final class NumberArithmetic {

    /** DynamoDB's precision limit (Developer Guide, "Data types": up to 38 digits of precision). */
    static final int MAX_PRECISION = 38;
    private static final BigDecimal MAX_MAGNITUDE_EXCLUSIVE = new BigDecimal("1E126");
    private static final BigDecimal MIN_MAGNITUDE = new BigDecimal("1E-130");

    // AWS reports a result needing more than 38 digits with its overflow text too (verified
    // against DynamoDB by ScyllaDB's test_update_expression_plus_imprecise), so both share it.
    static final String OVERFLOW = "Number overflow. Attempting to store a number with magnitude larger than supported range";
    static final String UNDERFLOW = "Number underflow. Attempting to store a number with magnitude smaller than supported range";

    private NumberArithmetic() {
    }

    static AttributeValue.N add(AttributeValue.N a, AttributeValue.N b) {
        return checked(new BigDecimal(a.value()).add(new BigDecimal(b.value())));
    }

    static AttributeValue.N subtract(AttributeValue.N a, AttributeValue.N b) {
        return checked(new BigDecimal(a.value()).subtract(new BigDecimal(b.value())));
    }

    private static AttributeValue.N checked(BigDecimal exact) {
        if (exact.signum() == 0) {
            return new AttributeValue.N("0");
        }
        BigDecimal stripped = exact.stripTrailingZeros();
        BigDecimal magnitude = stripped.abs();
        if (magnitude.compareTo(MAX_MAGNITUDE_EXCLUSIVE) >= 0 || stripped.precision() > MAX_PRECISION) {
            throw DynamoDbException.validation(OVERFLOW);
        }
        if (magnitude.compareTo(MIN_MAGNITUDE) < 0) {
            throw DynamoDbException.validation(UNDERFLOW);
        }
        return new AttributeValue.N(stripped.toPlainString());
    }
}
