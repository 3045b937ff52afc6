package io.stratus.server.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FunctionReferenceTest {

    @Test
    void plainNameHasNoQualifier() {
        assertThat(FunctionReference.parse("my-function")).isEqualTo(new FunctionReference("my-function", null));
    }

    @Test
    void nameWithQualifierIsSplit() {
        assertThat(FunctionReference.parse("my-function:v1")).isEqualTo(new FunctionReference("my-function", "v1"));
    }

    @Test
    void partialArnGivesTheName() {
        assertThat(FunctionReference.parse("123456789012:function:my-function"))
                .isEqualTo(new FunctionReference("my-function", null));
    }

    @Test
    void fullArnWithLatestGivesNameAndQualifier() {
        assertThat(FunctionReference.parse("arn:aws:lambda:us-east-1:123456789012:function:my-function:$LATEST"))
                .isEqualTo(new FunctionReference("my-function", "$LATEST"));
    }

    @Test
    void nameThatMerelyContainsTheWordFunctionIsAName() {
        assertThat(FunctionReference.parse("my-function-function:x"))
                .isEqualTo(new FunctionReference("my-function-function", "x"));
    }
}
