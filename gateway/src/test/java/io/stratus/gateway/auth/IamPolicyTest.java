package io.stratus.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class IamPolicyTest {

    private static final String ARN = "arn:aws:execute-api:us-east-1:123456789012:abcdef1234/Prod/GET/items/42";

    private static JsonNode policy(String statements) throws Exception {
        return new ObjectMapper().readTree("{\"Version\":\"2012-10-17\",\"Statement\":" + statements + "}");
    }

    private static String statement(String effect, String resource) {
        return "{\"Action\":\"execute-api:Invoke\",\"Effect\":\"" + effect + "\",\"Resource\":" + resource + "}";
    }

    @Test
    void anAllowForTheExactArnAllows() throws Exception {
        assertThat(IamPolicy.evaluate(policy("[" + statement("Allow", "\"" + ARN + "\"") + "]"), ARN))
                .isEqualTo(PolicyDecision.ALLOW);
    }

    @Test
    void wildcardsMatchAcrossSlashesAndSingleCharacters() throws Exception {
        assertThat(IamPolicy.evaluate(policy(statement("Allow",
                "\"arn:aws:execute-api:us-east-1:123456789012:abcdef1234/*/GET/*\"")), ARN)).isEqualTo(PolicyDecision.ALLOW);
        assertThat(IamPolicy.evaluate(policy(statement("Allow",
                "[\"arn:aws:execute-api:us-east-1:123456789012:abcdef1234/Prod/GET/items/4?\"]")), ARN))
                .isEqualTo(PolicyDecision.ALLOW);
        assertThat(IamPolicy.evaluate(policy(statement("Allow",
                "\"arn:aws:execute-api:us-east-1:123456789012:abcdef1234/Prod/POST/*\"")), ARN))
                .isEqualTo(PolicyDecision.IMPLICIT_DENY);
    }

    @Test
    void anExplicitDenyWinsOverAnAllow() throws Exception {
        assertThat(IamPolicy.evaluate(policy("[" + statement("Allow", "\"*\"") + ","
                + statement("Deny", "\"arn:aws:execute-api:*:*:*/*/GET/items/*\"") + "]"), ARN))
                .isEqualTo(PolicyDecision.EXPLICIT_DENY);
    }

    @Test
    void aStatementForAnotherActionDoesNotCount() throws Exception {
        assertThat(IamPolicy.evaluate(policy("[{\"Action\":\"s3:GetObject\",\"Effect\":\"Allow\",\"Resource\":\"*\"}]"),
                ARN)).isEqualTo(PolicyDecision.IMPLICIT_DENY);
        assertThat(IamPolicy.evaluate(policy("[{\"Action\":[\"execute-api:*\"],\"Effect\":\"Allow\",\"Resource\":\"*\"}]"),
                ARN)).isEqualTo(PolicyDecision.ALLOW);
    }
}
