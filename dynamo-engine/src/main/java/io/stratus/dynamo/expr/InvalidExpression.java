package io.stratus.dynamo.expr;

import io.stratus.dynamo.error.DynamoDbException;
import io.stratus.dynamo.model.AttributeValue;

/** AWS's texts for errors found while binding an expression, prefixed with the parameter that held it. */
final class InvalidExpression {

    private final String prefix;

    InvalidExpression(String parameterName) {
        this.prefix = "Invalid " + parameterName + ": ";
    }

    DynamoDbException error(String detail) {
        return DynamoDbException.validation(prefix + detail);
    }

    DynamoDbException reservedWord(String word) {
        return error("Attribute name is a reserved keyword; reserved keyword: " + word);
    }

    DynamoDbException undefinedName(String placeholder) {
        return error("An expression attribute name used in the document path is not defined; attribute name: " + placeholder);
    }

    DynamoDbException undefinedValue(String placeholder) {
        return error("An expression attribute value used in expression is not defined; attribute value: " + placeholder);
    }

    DynamoDbException unknownFunction(String name) {
        return error("Invalid function name; function: " + name);
    }

    DynamoDbException operandCount(String function, int count) {
        return error("Incorrect number of operands for operator or function; operator or function: " + function
                + ", number of operands: " + count);
    }

    DynamoDbException operandType(String function, String type) {
        return error("Incorrect operand type for operator or function; operator or function: " + function
                + ", operand type: " + type);
    }

    DynamoDbException operandType(String function, AttributeValue.Type type) {
        return operandType(function, type.descriptor());
    }

    DynamoDbException requiresPath(String function) {
        return error("Operator or function requires a document path; operator or function: " + function);
    }

    DynamoDbException notDistinct(String operator, DocumentPath path) {
        return error("The first operand must be distinct from the remaining operands for this operator or function; operator: "
                + operator + ", first operand: " + path.toErrorString());
    }

    DynamoDbException overlap(DocumentPath one, DocumentPath two) {
        return error("Two document paths overlap with each other; must remove or rewrite one of these paths; path one: "
                + one.toErrorString() + ", path two: " + two.toErrorString());
    }

    DynamoDbException conflict(DocumentPath one, DocumentPath two) {
        return error("Two document paths conflict with each other; must remove or rewrite one of these paths; path one: "
                + one.toErrorString() + ", path two: " + two.toErrorString());
    }
}
